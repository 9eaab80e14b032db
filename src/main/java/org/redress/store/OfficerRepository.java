package org.redress.store;

import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Officer accounts. */
public final class OfficerRepository {

    private static final String COLUMNS = "id, username, display_name, role, agency_code, password_hash, created_at";

    private final Connection connection;

    public OfficerRepository(Connection connection) {
        this.connection = connection;
    }

    /** Stores a new officer and returns it with its id (the given id, or a new one when it is 0). */
    public OfficerRow insert(OfficerRow officer) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO officer (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            SqlValues.setLong(ps, 1, officer.id() == 0 ? null : officer.id());
            ps.setString(2, officer.username());
            ps.setString(3, officer.displayName());
            ps.setString(4, officer.role());
            SqlValues.setText(ps, 5, officer.agencyCode());
            SqlValues.setText(ps, 6, officer.passwordHash());
            ps.setString(7, SqlValues.instant(officer.createdAt()));
            ps.executeUpdate();
        }
        return officer.withId(officer.id() == 0 ? SqlValues.lastInsertId(connection) : officer.id());
    }

    /** Replaces the password hash (the security package hashes; the store only keeps the result). */
    public void changePasswordHash(long officerId, @Nullable String passwordHash) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE officer SET password_hash = ? WHERE id = ?")) {
            SqlValues.setText(ps, 1, passwordHash);
            ps.setLong(2, officerId);
            if (ps.executeUpdate() != 1) {
                throw new StoreException("no officer with id " + officerId);
            }
        }
    }

    /**
     * Gives an account known only from the hub (no password here) the role the hub signed it in with
     * and a password hash, so it can sign in offline; returns false when the account has a password
     * here already (the workstation's own account is never overwritten from the hub).
     */
    public boolean adoptVouched(long officerId, String role, String passwordHash) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE officer SET role = ?, password_hash = ? WHERE id = ? AND password_hash IS NULL")) {
            ps.setString(1, role);
            ps.setString(2, passwordHash);
            ps.setLong(3, officerId);
            return ps.executeUpdate() == 1;
        }
    }

    public Optional<OfficerRow> byId(long id) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM officer WHERE id = ?", id);
    }

    public Optional<OfficerRow> byUsername(String username) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM officer WHERE username = ?", username);
    }

    public List<OfficerRow> all() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM officer ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            List<OfficerRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(read(rs));
            }
            return rows;
        }
    }

    private Optional<OfficerRow> one(String sql, Object key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static OfficerRow read(ResultSet rs) throws SQLException {
        return new OfficerRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("role"), rs.getString("agency_code"), rs.getString("password_hash"),
                SqlValues.instant(rs, "created_at"));
    }
}
