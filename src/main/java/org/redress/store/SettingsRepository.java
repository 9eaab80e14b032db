package org.redress.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Workstation settings as key/value text. */
public final class SettingsRepository {

    private final Connection connection;

    public SettingsRepository(Connection connection) {
        this.connection = connection;
    }

    public void put(String key, String value) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    public Optional<String> get(String key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public void remove(String key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM settings WHERE key = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    /** Every setting, in key order. */
    public Map<String, String> all() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT key, value FROM settings ORDER BY key");
             ResultSet rs = ps.executeQuery()) {
            Map<String, String> out = new LinkedHashMap<>();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        }
    }
}
