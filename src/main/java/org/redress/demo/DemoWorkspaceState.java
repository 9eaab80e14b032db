package org.redress.demo;

import org.redress.store.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What is at a workspace path before a demo is made there. */
public enum DemoWorkspaceState {
    /** Nothing, or an empty folder: a demo may be made. */
    ABSENT,
    /** A workspace with its database: it is never regenerated. */
    POPULATED,
    /** A folder with other content: the demo will not touch it. */
    OCCUPIED;

    public static DemoWorkspaceState of(Path target) {
        if (!Files.exists(target)) {
            return ABSENT;
        }
        if (!Files.isDirectory(target)) {
            return OCCUPIED;
        }
        if (Files.isRegularFile(target.resolve(Workspace.DATABASE_FILE))) {
            return POPULATED;
        }
        try (Stream<Path> entries = Files.list(target)) {
            return entries.findAny().isPresent() ? OCCUPIED : ABSENT;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look into " + target, e);
        }
    }
}
