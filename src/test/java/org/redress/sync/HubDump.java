package org.redress.sync;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code pg_dump} and {@code pg_restore} do to the hub's data, in Java: every table of the
 * public schema copied out in one repeatable-read snapshot (binary COPY) with the sequences'
 * values, and copied into a database whose schema Flyway made, with triggers off as pg_restore's
 * data section runs before triggers exist. Values are kept as data — xid8 columns included — and
 * the restored relations are new ones, as after a real restore. (The machine's pg_dump is version
 * 15 and refuses the embedded PostgreSQL 17 server, and zonky's bundle ships no pg_dump.)
 */
final class HubDump {

    final Map<String, byte[]> tables = new LinkedHashMap<>();
    final Map<String, Long> sequences = new LinkedHashMap<>();

    static HubDump take(Connection c) throws SQLException, IOException {
        HubDump dump = new HubDump();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            CopyManager copy = new CopyManager(c.unwrap(BaseConnection.class));
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    copy.copyOut("COPY public.\"" + table + "\" TO STDOUT (FORMAT binary)", out);
                    dump.tables.put(table, out.toByteArray());
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL")) {
                while (rs.next()) {
                    dump.sequences.put(rs.getString(1), rs.getLong(2));
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
        return dump;
    }

    /** Into a database holding the same schema (and whatever rows its migrations made, replaced). */
    void restore(Connection c) throws SQLException, IOException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SET LOCAL session_replication_role = replica");
            st.execute("TRUNCATE " + String.join(", ", tables.keySet().stream().map(t -> "public.\"" + t + "\"").toList())
                    + " CASCADE");
            CopyManager copy = new CopyManager(c.unwrap(BaseConnection.class));
            for (Map.Entry<String, byte[]> t : tables.entrySet()) {
                copy.copyIn("COPY public.\"" + t.getKey() + "\" FROM STDIN (FORMAT binary)", new ByteArrayInputStream(t.getValue()));
            }
            for (Map.Entry<String, Long> s : sequences.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement("SELECT setval(?, ?)")) {
                    ps.setString(1, "public.\"" + s.getKey() + "\"");
                    ps.setLong(2, s.getValue());
                    ps.execute();
                }
            }
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
