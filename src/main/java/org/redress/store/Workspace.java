package org.redress.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An officer's workspace folder: the database {@code redress.db}, the content-addressed
 * {@code evidence/} folder and the issued {@code letters/}. Its whole state lives here.
 */
public record Workspace(Path root) {

    public static final String DATABASE_FILE = "redress.db";

    /** The setting that says what kind of workspace this is; only the demo generator writes {@link #DEMO_KIND}. */
    public static final String KIND_SETTING = "workspace.kind";

    /** {@link #KIND_SETTING}'s value in a workspace of invented cases made by {@code redress demo}. */
    public static final String DEMO_KIND = "demo";

    public Workspace {
        root = root.toAbsolutePath().normalize();
    }

    /** Creates the folders that are missing; existing content is left as it is. */
    public static Workspace create(Path root) {
        Workspace workspace = new Workspace(root);
        try {
            Files.createDirectories(workspace.evidenceDir());
            Files.createDirectories(workspace.lettersDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create workspace folders under " + root, e);
        }
        return workspace;
    }

    public Path databaseFile() {
        return root.resolve(DATABASE_FILE);
    }

    public Path evidenceDir() {
        return root.resolve("evidence");
    }

    /**
     * Where the content-addressed evidence folder keeps (or would keep) the file with these bytes:
     * {@code evidence/ab/cd/<sha256>}, the one layout every reader and writer of evidence uses.
     */
    public Path evidenceFile(String sha256) {
        if (sha256.length() != 64 || !sha256.chars().allMatch(ch -> (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
        return evidenceDir().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    public Path lettersDir() {
        return root.resolve("letters");
    }
}
