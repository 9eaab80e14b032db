package org.redress.hub.blobs;

import org.jspecify.annotations.Nullable;
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
import java.util.regex.Pattern;

/**
 * Evidence bytes by SHA-256, kept in PostgreSQL as chunk rows (one per uploaded chunk, at most
 * {@link ProtocolLimits#MAX_CHUNK_BYTES}) so hub instances keep no files. An upload resumes at
 * its {@code received} offset; when the last byte arrives the whole file's SHA-256 must equal its
 * name, or the upload is dropped (422) and nothing is kept as the blob.
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

    public @Nullable State state(String sha256, String officeCode) throws SQLException {
        try (Connection c = db.connection()) {
            State state = find(c, sha256, false);
            if (state != null && state.complete() && !readable(c, sha256, officeCode)) {
                return null;
            }
            return state;
        }
    }

    /**
     * Appends a chunk at {@code offset}; returns the new offset. 409 when {@code offset} is not
     * where the upload stands, 422 when the chunk's or (at the end) the whole file's SHA-256 differs.
     */
    public long append(String sha256, String officeCode, long offset, long length, byte[] chunk, String chunkSha256)
            throws SQLException {
        if (length < 1 || length > ProtocolLimits.MAX_BLOB_BYTES) {
            throw HttpProblem.badRequest("Upload-Length is 1 to " + ProtocolLimits.MAX_BLOB_BYTES + " bytes");
        }
        if (!HexFormat.of().formatHex(sha256(chunk)).equals(chunkSha256.toLowerCase())) {
            throw new HttpProblem(422, "the chunk's bytes do not match Chunk-SHA256");
        }
        if (offset < 0 || chunk.length == 0 || offset + chunk.length > length) {
            throw HttpProblem.badRequest("the chunk does not fit within Upload-Length");
        }
        long now;
        try {
            now = appendInTransaction(sha256, officeCode, offset, length, chunk);
        } catch (WholeFileMismatch e) {
            drop(sha256);
            throw new HttpProblem(422, "the file's bytes do not match its SHA-256; the upload was dropped");
        }
        return now;
    }

    private long appendInTransaction(String sha256, String officeCode, long offset, long length, byte[] chunk)
            throws SQLException {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO blob_upload (sha256, length, office_code) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING""")) {
                ps.setString(1, sha256);
                ps.setLong(2, length);
                ps.setString(3, officeCode);
                ps.executeUpdate();
            }
            State state = find(c, sha256, true);
            if (state == null) {
                throw new SQLException("upload row vanished");
            }
            if (state.complete()) {
                return state.length();
            }
            if (state.length() != length) {
                throw new HttpProblem(409, "Upload-Length differs from the upload's first chunk");
            }
            if (offset != state.received()) {
                throw new OffsetMismatch(state.received());
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO blob_chunk (sha256, start, bytes) VALUES (?, ?, ?)")) {
                ps.setString(1, sha256);
                ps.setLong(2, offset);
                ps.setBytes(3, chunk);
                ps.executeUpdate();
            }
            long received = offset + chunk.length;
            boolean complete = received == length;
            if (complete && !wholeFileMatches(c, sha256)) {
                throw new WholeFileMismatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE blob_upload SET received = ?, complete = ?, updated_at = now() WHERE sha256 = ?")) {
                ps.setLong(1, received);
                ps.setBoolean(2, complete);
                ps.setString(3, sha256);
                ps.executeUpdate();
            }
            return received;
        });
    }

    /** Writes bytes [from, to] (inclusive) of a complete blob to {@code out}. */
    public void read(String sha256, long from, long to, OutputStream out) throws SQLException, IOException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT start, bytes FROM blob_chunk
                     WHERE sha256 = ? AND start <= ? AND start + length(bytes) > ? ORDER BY start""")) {
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

    private void drop(String sha256) throws SQLException {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM blob_upload WHERE sha256 = ? AND NOT complete")) {
                ps.setString(1, sha256);
                return ps.executeUpdate();
            }
        });
    }

    private static boolean wholeFileMatches(Connection c, String sha256) throws SQLException {
        MessageDigest digest = digest();
        try (PreparedStatement ps = c.prepareStatement("SELECT bytes FROM blob_chunk WHERE sha256 = ? ORDER BY start")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    digest.update(rs.getBytes(1));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest()).equals(sha256);
    }

    private static @Nullable State find(Connection c, String sha256, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT length, received, complete FROM blob_upload WHERE sha256 = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new State(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)) : null;
            }
        }
    }

    // Evidence is the office's that uploaded it, and any office whose attachment names it.
    private static boolean readable(Connection c, String sha256, String officeCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT EXISTS (SELECT 1 FROM blob_upload WHERE sha256 = ? AND office_code = ?)
                    OR EXISTS (SELECT 1 FROM case_fact WHERE kind = 'attachment' AND payload ->> 'sha256' = ? AND office_code = ?)""")) {
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
        WholeFileMismatch() {
            super("whole-file SHA-256 mismatch", null, false, false);
        }
    }
}
