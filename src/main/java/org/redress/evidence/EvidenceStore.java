package org.redress.evidence;

import org.jspecify.annotations.Nullable;
import org.redress.platform.PrivateFiles;
import org.redress.vault.SealedFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The workspace's content-addressed evidence folder: each file once, named by its SHA-256, under
 * {@code evidence/ab/cd/<sha256>} (the layout the demo writes). Files are copied in, never moved,
 * so the officer's original stays where it was. A copy is written to a temporary file in its final
 * folder, forced to disk, then renamed atomically: a crash leaves either no file or the whole file,
 * never a torn one under a hash name. Blocking I/O: call off the UI thread.
 */
public final class EvidenceStore {

    /** The largest file the store takes: 50 MiB, a phone video or a few hundred scanned pages. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final @Nullable SealedFiles sealed;

    /** A store that keeps files as they are (a workspace without a key; measurements of the plain path). */
    public EvidenceStore(Path evidenceDir) {
        this.root = evidenceDir;
        this.sealed = null;
    }

    /** The workspace's store: files are sealed with the workspace key when the workspace has one. */
    public EvidenceStore(SealedFiles files) {
        this.root = files.workspace().evidenceDir();
        this.sealed = files;
    }

    /** Where the store keeps (or would keep) the file with this hash. */
    public Path file(String sha256) {
        if (sha256.length() != 64) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    public boolean holds(String sha256) {
        return Files.isRegularFile(file(sha256));
    }

    /**
     * Copies {@code source} into the store, unless the same bytes are already there. Reads it once
     * to hash and sniff it, then copies it while hashing again, so a file that changes meanwhile is
     * refused rather than stored under a hash that is not its own.
     *
     * @throws EvidenceTooLargeException when the file is over {@link #MAX_BYTES}
     * @throws IOException               when it cannot be read or the workspace cannot be written
     */
    public StoredEvidence put(Path source) throws IOException {
        String name = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        if (!Files.isRegularFile(source)) {
            throw new IOException(name + " is not a file that can be attached");
        }
        long size = Files.size(source);
        if (size > MAX_BYTES) {
            throw new EvidenceTooLargeException(name, size);
        }
        if (sealed != null && sealed.sealing()) {
            return putSealed(source, name, sealed);
        }
        byte[] head = new byte[MediaTypes.HEAD_BYTES];
        int headLength;
        MessageDigest digest = sha256();
        long read = 0;
        try (InputStream in = Files.newInputStream(source)) {
            headLength = in.readNBytes(head, 0, head.length);
            digest.update(head, 0, headLength);
            read += headLength;
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                read += n;
                if (read > MAX_BYTES) {
                    throw new EvidenceTooLargeException(name, read);
                }
                digest.update(buffer, 0, n);
            }
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        String mediaType = MediaTypes.sniff(Arrays.copyOf(head, headLength), name);
        Path target = file(sha);
        if (Files.isRegularFile(target) && Files.size(target) == read) {
            return new StoredEvidence(sha, read, mediaType, name, false);
        }
        copy(source, name, sha, target);
        return new StoredEvidence(sha, read, mediaType, name, true);
    }

    /**
     * Read whole (at most {@link #MAX_BYTES}), hashed, and written sealed: the bytes hashed are the
     * bytes sealed, so a file that changes meanwhile cannot be stored under another's hash.
     */
    private StoredEvidence putSealed(Path source, String name, SealedFiles files) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(source)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new EvidenceTooLargeException(name, bytes.length);
        }
        String sha = HexFormat.of().formatHex(sha256().digest(bytes));
        String mediaType = MediaTypes.sniff(Arrays.copyOf(bytes, Math.min(bytes.length, MediaTypes.HEAD_BYTES)), name);
        Path target = file(sha);
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length + SealedFiles.OVERHEAD
                && SealedFiles.isSealed(target)) {
            return new StoredEvidence(sha, bytes.length, mediaType, name, false);
        }
        files.write(target, bytes);
        return new StoredEvidence(sha, bytes.length, mediaType, name, true);
    }

    private static void copy(Path source, String name, String sha, Path target) throws IOException {
        Path folder = target.getParent();
        PrivateFiles.createFolders(folder);
        Path temp = PrivateFiles.createTempFile(folder, ".incoming-", ".part");
        try {
            MessageDigest digest = sha256();
            try (InputStream in = Files.newInputStream(source);
                 FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] buffer = new byte[BUFFER];
                long written = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    written += n;
                    if (written > MAX_BYTES) {
                        throw new EvidenceTooLargeException(name, written);
                    }
                    digest.update(buffer, 0, n);
                    ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
                    while (bytes.hasRemaining()) {
                        out.write(bytes);
                    }
                }
                out.force(true);
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(sha)) {
                throw new IOException(name + " changed while it was being attached; attach it again");
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes the rename durable; some platforms (Windows) cannot open a folder, and need not. */
    private static void forceDirectory(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The file itself is on disk; only the folder entry's durability is left to the OS.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    /** A size as an officer reads it: "73.4 MB", "812 KB", "90 bytes". */
    public static String inWords(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%d KB", Math.round(bytes / 1024.0));
        }
        return bytes + " bytes";
    }
}
