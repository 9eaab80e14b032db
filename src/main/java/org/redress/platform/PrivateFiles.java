package org.redress.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Files and folders only their owner may read: folders 0700, files 0600, made so from the start
 * (never created readable and narrowed afterwards) and written whole ({@link DurableFiles}). Where
 * the file system has no POSIX permissions (Windows) the user's profile folders' own access lists
 * apply and these are plain writes.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Whether this machine's default file system has POSIX permissions. */
    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * {@code folder} and its missing parents created; {@code folder} itself set to 0700 whether it
     * was new or not (parents made here get the usual permissions).
     */
    public static Path folder(Path folder) throws IOException {
        if (posix()) {
            if (!Files.isDirectory(folder)) {
                if (folder.getParent() != null) {
                    Files.createDirectories(folder.getParent());
                }
                try {
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // made meanwhile: narrowed below
                }
            }
            Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
        } else {
            Files.createDirectories(folder);
        }
        return folder;
    }

    /** Writes {@code bytes} to {@code target} (0600, in a folder that must exist), replacing it whole. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path written = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        FileAttribute<?>[] attributes = posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new FileAttribute<?>[0];
        try {
            try (SeekableByteChannel channel = Files.newByteChannel(written,
                    EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            DurableFiles.replace(written, target);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /** Whether {@code path} is readable or writable by anyone but its owner (always false without POSIX permissions). */
    public static boolean exposed(Path path) throws IOException {
        if (!posix()) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        return permissions.stream().anyMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"));
    }

    /** Narrows an existing file to 0600 (where POSIX permissions exist). */
    public static void narrow(Path file) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(file, Files.isDirectory(file) ? OWNER_ONLY_FOLDER : OWNER_ONLY_FILE);
        }
    }
}
