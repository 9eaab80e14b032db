package org.redress.audit;

import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tables whose rows change in place, vouched for by state: each audit event carries, for every such
 * row its transaction changed, the digest of the row as it then stood ({@code "state": [{"table",
 * "key", "sha256"}]}, a null digest for a row that went). {@code redress verify} compares every
 * row with the latest digest the chain holds for it: a role raised, a password hash swapped or a
 * setting changed with the sqlite3 shell no longer matches. The digest covers the whole row.
 */
public enum StateTable {
    /** Accounts: name, role, agency and password hash. */
    OFFICER("officer", "CAST(id AS TEXT)", """
            quote(id) || '|' || quote(username) || '|' || quote(display_name) || '|' || quote(role) || '|'
            || quote(agency_code) || '|' || quote(password_hash) || '|' || quote(created_at)"""),
    /** The workstation's settings: four eyes, idle lock, office, letters, preferences, the demo flag. */
    SETTINGS("settings", "key", "quote(key) || '|' || quote(value)");

    private final String table;
    private final String key;
    private final String text;

    StateTable(String table, String key, String text) {
        this.table = table;
        this.key = key;
        this.text = text;
    }

    public String table() {
        return table;
    }

    public static Optional<StateTable> named(String name) {
        for (StateTable t : values()) {
            if (t.table.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The digest of the row with {@code rowKey} as it stands; null when there is none. */
    @Nullable String digest(Connection c, String rowKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + text + " FROM " + table + " WHERE " + key + " = ?")) {
            ps.setString(1, rowKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? sha256(rs.getString(1)) : null;
            }
        }
    }

    /** Every row's key and digest, in key order. */
    Map<String, String> all(Connection c) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + key + ", " + text + " FROM " + table + " ORDER BY " + key);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getString(1), sha256(rs.getString(2)));
            }
        }
        return rows;
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(AuditCanonical.digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
