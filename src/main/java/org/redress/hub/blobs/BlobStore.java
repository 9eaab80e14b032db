package org.redress.hub.blobs;

import org.jspecify.annotations.Nullable;
import org.redress.hub.accounts.Caller;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HttpProblem;
import org.redress.sync.protocol.ProtocolLimits;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Evidence bytes by SHA-256, kept in PostgreSQL as chunk rows (one per uploaded chunk, at most
 * {@link ProtocolLimits#MAX_CHUNK_BYTES}) so hub instances keep no files. Each device uploads into
 * an upload of its own ({@code blob_transfer}), resumed at its {@code received} offset; when the
 * last byte arrives the whole file's SHA-256 must equal its name, or that upload is dropped (422).
 * The first upload to complete becomes the blob ({@code blob}, stored once); the office of every
 * complete upload becomes a holder ({@code blob_holder}), and only holders and offices holding an
 * attachment a holder's officer made read it.
 */
public final class BlobStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final HubDatabase db;

    public BlobStore(HubDatabase db) {
        this.db = db;
    }

    /** A blob's name must be 64 lowercase hex digits; anything path-like is refused (400). */
    public static String requireName(String name) {
        if (name == null || !SHA256.matcher(name).matches()) {
            throw HttpProblem.badRequest("a blob is named by its SHA-256: 64 lowercase hex digits");
        }
        return name;
    }

    /** How far an upload got: {@code received == length} when the blob is complete. */
    public record State(long length, long received, boolean complete) {
    }

    /**
     * The blob as {@code caller} may see it: complete when it exists and the caller's office may
     * read it; else how far the caller's own device got uploading it; else null. Another device's
     * unfinished upload is never shown, nor a blob the office may not read.
     */
    public @Nullable State state(String sha256, Caller caller) throws SQLException {
        try (Connection c = db.connection()) {
            Long length = blobLength(c, sha256);
            if (length != null && readable(c, sha256, caller.officeCode())) {
                return new State(length, length, true);
            }
            Transfer t = transfer(c, sha256, caller.deviceId(), false);
            return t == null ? null : new State(t.length(), t.received(), false);
        }
    }

    /**
     * Appends a chunk at {@code offset} to the caller's own upload of the file; returns the new
     * offset. 409 when {@code offset} is not where that upload stands, 422 when the chunk's or (at the
     * end) the whole file's SHA-256 differs (the caller's upload is dropped, nobody else's). A first
     * chunk (offset 0) with another {@code Upload-Length} starts the caller's upload afresh.
     */
    public long append(String sha256, Caller caller, long offset, long length, byte[] chunk, String chunkSha256)
            throws SQLException {
        if (length < 1 || length > ProtocolLimits.MAX_BLOB_BYTES) {
            throw HttpProblem.badRequest("Upload-Length is 1 to " + ProtocolLimits.MAX_BLOB_BYTES + " bytes");
        }
        if (!HexFormat.of().formatHex(sha256(chunk)).equals(chunkSha256.toLowerCase(java.util.Locale.ROOT))) {
            throw new HttpProblem(422, "the chunk's bytes do not match Chunk-SHA256");
        }
        if (offset < 0 || chunk.length == 0 || offset + chunk.length > length) {
            throw HttpProblem.badRequest("the chunk does not fit within Upload-Length");
        }
        try {
            return db.inTransaction(c -> appendInTransaction(c, sha256, caller, offset, length, chunk));
        } catch (WholeFileMismatch e) {
            drop(e.transferId);
            throw new HttpProblem(422, "the file's bytes do not match its SHA-256; the upload was dropped");
        }
    }

    private long appendInTransaction(Connection c, String sha256, Caller caller, long offset, long length, byte[] chunk)
            throws SQLException {
        Long done = blobLength(c, sha256);
        if (done != null && readable(c, sha256, caller.officeCode())) {
            return done;
        }
        Transfer t = transfer(c, sha256, caller.deviceId(), true);
        if (t != null && t.length() != length) {
            if (offset != 0) {
                throw new HttpProblem(409, "Upload-Length differs from this upload's first chunk");
            }
            deleteTransfer(c, t.id());
            t = null;
        }
        if (t == null) {
            t = new Transfer(UUID.randomUUID(), length, 0);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO blob_transfer (id, sha256, device_id, office_code, length) VALUES (?, ?, ?, ?, ?)""")) {
                ps.setObject(1, t.id());
                ps.setString(2, sha256);
                ps.setObject(3, caller.deviceId());
                ps.setString(4, caller.officeCode());
                ps.setLong(5, length);
                ps.executeUpdate();
            }
        }
        if (offset != t.received()) {
            throw new OffsetMismatch(t.received());
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO blob_chunk (upload_id, start, bytes) VALUES (?, ?, ?)")) {
            ps.setObject(1, t.id());
            ps.setLong(2, offset);
            ps.setBytes(3, chunk);
            ps.executeUpdate();
        }
        long received = offset + chunk.length;
        if (received < length) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE blob_transfer SET received = ?, updated_at = now() WHERE id = ?")) {
                ps.setLong(1, received);
                ps.setObject(2, t.id());
                ps.executeUpdate();
            }
            return received;
        }
        if (!wholeFileMatches(c, t.id(), sha256)) {
            throw new WholeFileMismatch(t.id());
        }
        complete(c, sha256, caller, t.id(), length);
        return received;
    }

    /** The bytes are proven: the blob is kept once (the first complete upload's chunks), the office holds it. */
    private static void complete(Connection c, String sha256, Caller caller, UUID transferId, long length)
            throws SQLException {
        boolean first;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO blob (sha256, length, upload_id) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING")) {
            ps.setString(1, sha256);
            ps.setLong(2, length);
            ps.setObject(3, transferId);
            first = ps.executeUpdate() == 1;
        }
        if (first) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM blob_transfer WHERE id = ?")) {
                ps.setObject(1, transferId);
                ps.executeUpdate();
            }
        } else {
            deleteTransfer(c, transferId);
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO blob_holder (sha256, office_code, device_id) VALUES (?, ?, ?)
                ON CONFLICT (sha256, office_code) DO NOTHING""")) {
            ps.setString(1, sha256);
            ps.setString(2, caller.officeCode());
            ps.setObject(3, caller.deviceId());
            ps.executeUpdate();
        }
    }

    /** Writes bytes [from, to] (inclusive) of a complete blob to {@code out}. */
    public void read(String sha256, long from, long to, OutputStream out) throws SQLException, IOException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT k.start, k.bytes FROM blob b JOIN blob_chunk k ON k.upload_id = b.upload_id
                     WHERE b.sha256 = ? AND k.start <= ? AND k.start + length(k.bytes) > ? ORDER BY k.start""")) {
            ps.setString(1, sha256);
            ps.setLong(2, to);
            ps.setLong(3, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long start = rs.getLong(1);
                    byte[] bytes = rs.getBytes(2);
                    int a = (int) Math.max(0, from - start);
                    int b = (int) Math.min(bytes.length, to - start + 1);
                    out.write(bytes, a, b - a);
                }
            }
        }
    }

    private void drop(UUID transferId) throws SQLException {
        db.inTransaction(c -> {
            deleteTransfer(c, transferId);
            return null;
        });
    }

    private static void deleteTransfer(Connection c, UUID transferId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM blob_chunk WHERE upload_id = ?")) {
            ps.setObject(1, transferId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM blob_transfer WHERE id = ?")) {
            ps.setObject(1, transferId);
            ps.executeUpdate();
        }
    }

    private static boolean wholeFileMatches(Connection c, UUID transferId, String sha256) throws SQLException {
        MessageDigest digest = digest();
        try (PreparedStatement ps = c.prepareStatement("SELECT bytes FROM blob_chunk WHERE upload_id = ? ORDER BY start")) {
            ps.setObject(1, transferId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    digest.update(rs.getBytes(1));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest()).equals(sha256);
    }

    private static @Nullable Long blobLength(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT length FROM blob WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private record Transfer(UUID id, long length, long received) {
    }

    private static @Nullable Transfer transfer(Connection c, String sha256, UUID device, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, length, received FROM blob_transfer WHERE sha256 = ? AND device_id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, sha256);
            ps.setObject(2, device);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Transfer(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3)) : null;
            }
        }
    }

    /**
     * An office reads a blob when it proved it holds the bytes (it uploaded all of them), or when a
     * case of its holds an attachment naming the blob made by an officer of an office that did, so
     * evidence reaches whoever its owner shared it with, and nobody who only names its hash.
     */
    static boolean readable(Connection c, String sha256, String officeCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT EXISTS (SELECT 1 FROM blob_holder WHERE sha256 = ? AND office_code = ?)
                    OR EXISTS (SELECT 1 FROM case_fact f
                               JOIN officer o ON o.id = f.officer_id
                               JOIN blob_holder h ON h.sha256 = f.payload ->> 'sha256' AND h.office_code = o.office_code
                               WHERE f.kind = 'attachment' AND f.payload ->> 'sha256' = ? AND f.office_code = ?)""")) {
            ps.setString(1, sha256);
            ps.setString(2, officeCode);
            ps.setString(3, sha256);
            ps.setString(4, officeCode);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The offset the client sent is not where the upload stands (409, with the right offset). */
    public static final class OffsetMismatch extends RuntimeException {
        private final long expected;

        OffsetMismatch(long expected) {
            super("the upload stands at another offset", null, false, false);
            this.expected = expected;
        }

        public long expected() {
            return expected;
        }
    }

    private static final class WholeFileMismatch extends RuntimeException {
        private final UUID transferId;

        WholeFileMismatch(UUID transferId) {
            super("whole-file SHA-256 mismatch", null, false, false);
            this.transferId = transferId;
        }
    }
}
