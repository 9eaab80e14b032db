package org.redress.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.demo.DemoBuilder;
import org.redress.demo.DemoRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace is its owner's alone: the folder and every folder in it 0700, every file 0600 —
 * the database and its journal files, the device key, the checkpoint log, every evidence file,
 * demo ones included — made so, and tightened when a workspace left open to others is opened.
 */
class WorkspacePrivacyTest {

    @TempDir
    Path temp;

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    private static List<Path> everything(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.toList();
        }
    }

    private static void assertPrivate(Path root) throws IOException {
        for (Path p : everything(root)) {
            assertThat(mode(p)).as(root.relativize(p).toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
        }
    }

    @Test
    void a_demo_workspace_is_made_owner_only_down_to_every_evidence_file() throws IOException {
        Path root = temp.resolve("demo");
        new DemoBuilder(new DemoRequest(20, 7L, LocalDate.of(2026, 11, 27))).build(root);

        assertThat(everything(root)).extracting(p -> root.relativize(p).toString())
                .contains(Workspace.DATABASE_FILE, Workspace.DEVICE_KEY_FILE, Workspace.CHECKPOINTS_FILE);
        assertThat(everything(root.resolve("evidence"))).filteredOn(Files::isRegularFile).isNotEmpty();
        assertPrivate(root);
    }

    @Test
    void a_workspace_open_to_others_is_tightened_when_it_is_opened() throws IOException {
        Path root = temp.resolve("ws");
        try (Database db = Database.open(new Workspace(root))) {
            db.writeAndWait(c -> {
                new SettingsRepository(c).put("ui.theme", "DARK");
                return null;
            });
        }
        Path stray = Files.writeString(root.resolve("evidence").resolve("note.txt"), "left by an older version");
        Files.setPosixFilePermissions(stray, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(root.resolve(Workspace.DATABASE_FILE), PosixFilePermissions.fromString("rw-rw-r--"));
        Files.setPosixFilePermissions(root.resolve("evidence"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));

        try (Database db = Database.open(new Workspace(root))) {
            db.writeAndWait(c -> {
                new SettingsRepository(c).put("ui.theme", "LIGHT");
                return null;
            });
            assertPrivate(root);
        }
    }
}
