package org.redress.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Issuing agencies; catalogue data, so a save replaces the row with the same code. */
public final class AgencyRepository {

    private final Connection connection;

    public AgencyRepository(Connection connection) {
        this.connection = connection;
    }

    public void save(AgencyRow agency) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO agency (code, name_zh, name_en, region) VALUES (?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
                    region = excluded.region""")) {
            ps.setString(1, agency.code());
            ps.setString(2, agency.nameZh());
            ps.setString(3, agency.nameEn());
            ps.setString(4, agency.region());
            ps.executeUpdate();
        }
    }

    public Optional<AgencyRow> byCode(String code) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT code, name_zh, name_en, region FROM agency WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    public List<AgencyRow> all() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT code, name_zh, name_en, region FROM agency ORDER BY code");
             ResultSet rs = ps.executeQuery()) {
            List<AgencyRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(read(rs));
            }
            return rows;
        }
    }

    private static AgencyRow read(ResultSet rs) throws SQLException {
        return new AgencyRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }
}
