package org.redress.store;

import org.redress.platform.PrivateFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * An officer's workspace folder: the database {@code redress.db}, the content-addressed
 * {@code evidence/} folder and the issued {@code letters/}. Its whole state lives here, private to
 * the account that owns it: the folder and every folder in it {@code 0700}, every file {@code 0600}
 * (on Windows, an access list naming the owner alone).
 */
public record Workspace(Path root) {

    public static final String DATABASE_FILE = "redress.db";
    /** The device's signing key (owner-only), outside the database. */
    public static final String DEVICE_KEY_FILE = "device.key";
    /** The audit chain's heads, signed with the device key, outside the database. */
    public static final String CHECKPOINTS_FILE = "audit-checkpoints";

    /** The setting that says what kind of workspace this is; only the demo generator writes {@link #DEMO_KIND}. */
    public static final String KIND_SETTING = "workspace.kind";

    /** {@link #KIND_SETTING}'s value in a workspace of invented cases made by {@code redress demo}. */
    public static final String DEMO_KIND = "demo";

    public Workspace {
        root = root.toAbsolutePath().normalize();
    }

    /**
     * Creates the folders that are missing, owner-only, and makes the workspace private again:
     * when the folder itself was open to others (a workspace made by an earlier version, or
     * loosened by hand) everything in it is tightened; otherwise the files at its top (the
     * database and its journal files) are.
     */
    public static Workspace create(Path root) {
        Workspace workspace = new Workspace(root);
        try {
            boolean existed = Files.isDirectory(workspace.root(), LinkOption.NOFOLLOW_LINKS);
            boolean wasOpen = existed && PrivateFiles.openToOthers(workspace.root()) != null;
            PrivateFiles.createFolders(workspace.root());
            PrivateFiles.createFolders(workspace.evidenceDir());
            PrivateFiles.createFolders(workspace.lettersDir());
            if (wasOpen) {
                PrivateFiles.tightenTree(workspace.root());
            } else if (existed) {
                try (Stream<Path> top = Files.list(workspace.root())) {
                    for (Path p : top.toList()) {
                        PrivateFiles.tighten(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create workspace folders under " + root, e);
        }
        return workspace;
    }

    public Path databaseFile() {
        return root.resolve(DATABASE_FILE);
    }

    public Path deviceKeyFile() {
        return root.resolve(DEVICE_KEY_FILE);
    }

    public Path checkpointsFile() {
        return root.resolve(CHECKPOINTS_FILE);
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
