package org.redress.platform;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Files and folders only their owner can open: folders {@code 0700}, files {@code 0600} on POSIX
 * systems, and on Windows an access list with one entry, the owner's full control (inherited by
 * what is created inside). Used for everything inside a workspace, whose files hold subjects'
 * names, identifiers, statements and evidence. Nothing here follows a symbolic link: a link
 * planted where a file is about to be created makes the creation fail rather than write through it.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    /** The same as {@link #FOLDER} and {@link #FILE}, under the names the hub's code uses. */
    public static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = FOLDER;
    public static final Set<PosixFilePermission> OWNER_ONLY_FILE = FILE;
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() {
    }

    /** Creates {@code folder} and any missing parents up to it, each new one owner-only; an existing {@code folder} is tightened. */
    public static Path createFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        List<Path> missing = new ArrayList<>();
        for (Path p = absolute; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.add(p);
        }
        for (int i = missing.size() - 1; i >= 0; i--) {
            Path p = missing.get(i);
            try {
                if (posix(p.getParent())) {
                    Files.createDirectory(p, PosixFilePermissions.asFileAttribute(FOLDER));
                } else {
                    Files.createDirectory(p);
                    ownerOnlyAcl(p, true);
                }
            } catch (FileAlreadyExistsException raced) {
                // Made meanwhile by another thread or process: tightened below when it is the folder asked for.
            }
        }
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(absolute + " is not a folder");
        }
        tighten(absolute);
        return absolute;
    }

    /**
     * A new file, owner-only from its first byte, open for writing. Fails when anything (a file, a
     * symbolic link) is already at {@code file}: the name is never followed.
     */
    public static OutputStream createNew(Path file) throws IOException {
        return Channels.newOutputStream(open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    /** Opens {@code file} for writing, creating it owner-only when absent; never through a symbolic link. */
    public static FileChannel open(Path file, OpenOption... options) throws IOException {
        Set<OpenOption> set = new java.util.HashSet<>(List.of(options));
        set.add(LinkOption.NOFOLLOW_LINKS);
        Path parent = file.toAbsolutePath().getParent();
        if (posix(parent)) {
            return FileChannel.open(file, set, PosixFilePermissions.asFileAttribute(FILE));
        }
        boolean existed = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        FileChannel channel = FileChannel.open(file, set);
        if (!existed) {
            ownerOnlyAcl(file, false);
        }
        return channel;
    }

    /** Writes {@code bytes} to a new owner-only file; fails when something is already there. */
    public static void writeNew(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = createNew(file)) {
            out.write(bytes);
        }
    }

    /** An owner-only file with a name nobody can guess ({@code prefix<random>suffix}) in {@code folder}. */
    public static Path createTempFile(Path folder, String prefix, String suffix) throws IOException {
        if (posix(folder)) {
            return Files.createTempFile(folder, prefix, suffix, attribute());
        }
        Path file = Files.createTempFile(folder, prefix, suffix);
        ownerOnlyAcl(file, false);
        return file;
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute() {
        return PosixFilePermissions.asFileAttribute(FILE);
    }

    /** Takes every permission but the owner's from {@code path} (not following a link). */
    public static void tighten(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            return;
        }
        boolean folder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (posix != null) {
            Set<PosixFilePermission> wanted = folder ? FOLDER : FILE;
            if (!posix.readAttributes().permissions().equals(wanted)) {
                posix.setPermissions(wanted);
            }
            return;
        }
        ownerOnlyAcl(path, folder);
    }

    /** Tightens {@code root} and everything under it; symbolic links are neither followed nor changed. */
    public static void tightenTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                tighten(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() || attrs.isDirectory()) {
                    tighten(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * What others than the owner may do with {@code path}, in words ({@code rw-r--r--}, or the
     * access list's other principals); null when only the owner may open it.
     */
    public static @Nullable String openToOthers(Path path) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (posix != null) {
            Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
            Set<PosixFilePermission> extra = EnumSet.noneOf(PosixFilePermission.class);
            extra.addAll(permissions);
            extra.retainAll(OTHERS);
            return extra.isEmpty() ? null : PosixFilePermissions.toString(permissions);
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (acl == null) {
            return null;
        }
        UserPrincipal owner = acl.getOwner();
        List<String> others = new ArrayList<>();
        for (AclEntry entry : acl.getAcl()) {
            if (entry.type() == AclEntryType.ALLOW && !entry.principal().equals(owner)) {
                others.add(entry.principal().getName());
            }
        }
        return others.isEmpty() ? null : "also open to " + String.join(", ", others);
    }

    /** Whether this machine's default file system has POSIX permissions. */
    public static boolean posix() {
        return posix(null);
    }

    /** {@code folder} and its missing parents made, {@code folder} itself owner-only whether new or not. */
    public static Path folder(Path folder) throws IOException {
        return createFolders(folder);
    }

    /** Writes {@code bytes} to {@code target} (owner-only, in a folder that must exist), replacing it whole. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path written = createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            DurableFiles.replace(written, target);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /** Whether {@code path} can be opened by anyone but its owner. */
    public static boolean exposed(Path path) throws IOException {
        return openToOthers(path) != null;
    }

    /** Takes every permission but the owner's from an existing file or folder. */
    public static void narrow(Path path) throws IOException {
        tighten(path);
    }

    /** Whether the file system under {@code folder} speaks POSIX permissions. */
    static boolean posix(@Nullable Path folder) {
        Path probe = folder == null ? Path.of("").toAbsolutePath() : folder;
        return probe.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Windows: one entry, the owner's full control, inherited by files and folders made inside a folder. */
    static void ownerOnlyAcl(Path path, boolean folder) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        UserPrincipal owner = view.getOwner();
        AclEntry.Builder entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (folder) {
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        view.setAcl(List.of(entry.build()));
    }
}
