package org.redress.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * SHA-256 of a covered row's canonical content: every column of every record of the row, in the
 * query's order, typed and length-prefixed, so NULL, 0 and '' all differ.
 */
public final class RowDigests {

    /** Receives each row's id and digest, in id order. */
    @FunctionalInterface
    public interface RowVisitor {
        void row(long id, String sha256) throws SQLException;
    }

    private RowDigests() {
    }

    /** The digest of row {@code id} of {@code table}; empty when there is no such row. */
    public static Optional<String> of(Connection c, CoveredTable table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(table.selectOne())) {
            ps.setLong(1, id);
            String[] found = new String[1];
            walk(ps, (rowId, sha) -> found[0] = sha);
            return Optional.ofNullable(found[0]);
        }
    }

    /** Every row of {@code table} in id order. */
    public static void each(Connection c, CoveredTable table, RowVisitor visitor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(table.selectAll())) {
            walk(ps, visitor);
        }
    }

    /** The rows of {@code table} with id up to {@code maxId}, in id order. */
    public static void upTo(Connection c, CoveredTable table, long maxId, RowVisitor visitor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(table.selectUpTo())) {
            ps.setLong(1, maxId);
            walk(ps, visitor);
        }
    }

    private static void walk(PreparedStatement ps, RowVisitor visitor) throws SQLException {
        MessageDigest digest = AuditCanonical.digest();
        HexFormat hex = HexFormat.of();
        StringBuilder text = new StringBuilder(256);
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            long current = Long.MIN_VALUE;
            while (rs.next()) {
                long id = rs.getLong(1);
                if (id != current && current != Long.MIN_VALUE) {
                    visitor.row(current, hex.formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8))));
                    text.setLength(0);
                }
                current = id;
                text.append('[');
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    switch (value) {
                        case null -> AuditCanonical.field(text, null);
                        case Number n -> AuditCanonical.field(text, "n" + n);
                        default -> AuditCanonical.field(text, "s" + value);
                    }
                }
                text.append(']');
            }
            if (current != Long.MIN_VALUE) {
                visitor.row(current, hex.formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8))));
            }
        }
    }
}
