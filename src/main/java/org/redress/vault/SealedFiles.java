package org.redress.vault;

import org.jspecify.annotations.Nullable;
import org.redress.platform.PrivateFiles;
import org.redress.store.Database;
import org.redress.store.Workspace;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The one place evidence files and letters are read from and written to the workspace. A sealed
 * file is {@code RDXSEAL1} (8 bytes), the workspace key's id (8), a random 96-bit nonce (12) and
 * the AES-256-GCM ciphertext with its 128-bit tag; the associated data is that header and the
 * file's path in the workspace, so a changed byte, a file put in another's place or a file sealed
 * under another key is refused, naming the file. A file without the header is read as it is (a
 * workspace made before encryption, or not yet sealed: {@link SealMigration}); a workspace with a
 * key writes only sealed files, and refuses to while it is locked. Files are written beside their
 * place, forced to disk and renamed: a crash leaves the old file or the new one, never half.
 */
public final class SealedFiles {

    static final byte[] MAGIC = "RDXSEAL1".getBytes(StandardCharsets.US_ASCII);
    static final int NONCE_BYTES = 12;
    static final int HEADER_BYTES = MAGIC.length + WorkspaceKey.ID_BYTES + NONCE_BYTES;
    static final int TAG_BYTES = 16;
    /** What sealing adds to a file's size. */
    public static final int OVERHEAD = HEADER_BYTES + TAG_BYTES;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Workspace workspace;
    private final Vault vault;
    private final @Nullable Database database;

    private SealedFiles(Workspace workspace, @Nullable Database database) {
        this.workspace = workspace;
        this.vault = Vault.of(workspace);
        this.database = database;
    }

    /** Reading and writing the files of this database's workspace. */
    public static SealedFiles of(Database database) {
        return new SealedFiles(database.workspace(), database);
    }

    /** Reading only (writes need to know whether the workspace has a key: {@link #of(Database)}). */
    public static SealedFiles reading(Workspace workspace) {
        return new SealedFiles(workspace, null);
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The file's bytes as they were written: opened when sealed, as they are when not. */
    public byte[] read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!hasHeader(bytes)) {
            return bytes;
        }
        WorkspaceKey key = currentKey().orElseThrow(() -> new SealedFileException(name(file),
                SealedFileException.Reason.LOCKED, "the file is encrypted and the workspace is locked: sign in "
                + "as an officer who holds a key to it"));
        return open(key, name(file), bytes);
    }

    /** Writes the decrypted bytes of a workspace file to {@code target} (an export, a print, a copy handed out). */
    public void export(Path file, Path target) throws IOException {
        Files.write(target, read(file));
    }

    /**
     * Writes a file that must not exist yet (evidence, a letter): sealed when the workspace has a
     * key, as it is otherwise.
     *
     * @throws SealedFileException when the workspace has a key and it is locked
     */
    public void writeNew(Path file, byte[] plain) throws IOException {
        if (Files.exists(file)) {
            throw new java.nio.file.FileAlreadyExistsException(name(file));
        }
        put(file, contentFor(file, plain));
    }

    /** As {@link #writeNew}, but over a file already there (the same content, a partial one). */
    public void write(Path file, byte[] plain) throws IOException {
        put(file, contentFor(file, plain));
    }

    /** Whether new files are sealed: the workspace has a key. */
    public boolean sealing() {
        if (database == null) {
            throw new IllegalStateException("opened for reading only");
        }
        return vault.encrypted(database);
    }

    private byte[] contentFor(Path file, byte[] plain) throws SealedFileException {
        if (!sealing()) {
            return plain;
        }
        WorkspaceKey key = currentKey().orElseThrow(() -> new SealedFileException(name(file),
                SealedFileException.Reason.LOCKED, "the workspace is locked: sign in as an officer who holds a key "
                + "to it before files are added"));
        return seal(key, name(file), plain);
    }

    /**
     * The key held in this process; else, for a workspace that keeps it in an open slot (a demo, an
     * office workspace before its first officer has a slot), the key from that slot.
     */
    private java.util.Optional<WorkspaceKey> currentKey() {
        if (vault.key().isEmpty() && database != null) {
            new WorkspaceKeys(database, java.time.Clock.systemUTC()).unlockOpenSlot();
        }
        return vault.key();
    }

    /** Whether the file on disk begins with the sealed header. */
    public static boolean isSealed(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return hasHeader(in.readNBytes(MAGIC.length));
        }
    }

    static boolean hasHeader(byte[] bytes) {
        return bytes.length >= MAGIC.length && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** The file's name in the workspace, the part of the associated data that ties it to its place. */
    String name(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(workspace.root()) ? workspace.root().relativize(absolute) : absolute;
        return relative.toString().replace('\\', '/');
    }

    static byte[] seal(WorkspaceKey key, String name, byte[] plain) {
        byte[] out = new byte[HEADER_BYTES + plain.length + TAG_BYTES];
        System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
        System.arraycopy(key.idBytes(), 0, out, MAGIC.length, WorkspaceKey.ID_BYTES);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        System.arraycopy(nonce, 0, out, MAGIC.length + WorkspaceKey.ID_BYTES, NONCE_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(out, 0, HEADER_BYTES);
            cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            int written = cipher.doFinal(plain, 0, plain.length, out, HEADER_BYTES);
            if (written != plain.length + TAG_BYTES) {
                throw new IllegalStateException("AES-GCM wrote " + written + " bytes");
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is in every JDK", e);
        }
    }

    static byte[] open(WorkspaceKey key, String name, byte[] sealed) throws SealedFileException {
        if (sealed.length < OVERHEAD) {
            throw new SealedFileException(name, SealedFileException.Reason.TAMPERED,
                    "the encrypted file is cut short (" + sealed.length + " bytes)");
        }
        if (!Arrays.equals(sealed, MAGIC.length, MAGIC.length + WorkspaceKey.ID_BYTES, key.idBytes(), 0,
                WorkspaceKey.ID_BYTES)) {
            throw new SealedFileException(name, SealedFileException.Reason.OTHER_KEY,
                    "the file was encrypted under another workspace key, not this workspace's " + key.id());
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.secretKey(),
                    new GCMParameterSpec(TAG_BYTES * 8, sealed, MAGIC.length + WorkspaceKey.ID_BYTES, NONCE_BYTES));
            cipher.updateAAD(sealed, 0, HEADER_BYTES);
            cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, HEADER_BYTES, sealed.length - HEADER_BYTES);
        } catch (AEADBadTagException e) {
            throw new SealedFileException(name, SealedFileException.Reason.TAMPERED,
                    "the encrypted file was changed or damaged (its AES-GCM tag does not hold), or moved from another "
                            + "file's place; it was not opened");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is in every JDK", e);
        }
    }

    /** Writes beside the target, forces the bytes to disk, renames over it, forces the folder. */
    static void put(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        PrivateFiles.createFolders(folder);
        Path temp = PrivateFiles.createTempFile(folder, ".seal-", ".part");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms (Windows) cannot open a folder; the file itself is on disk.
        }
    }
}
