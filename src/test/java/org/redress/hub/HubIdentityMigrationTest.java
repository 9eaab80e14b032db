package org.redress.hub;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.redress.domain.appeal.CaseIdentity;
import org.redress.hub.db.HubDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hub holding cases from before ids: its migration gives each the id a workstation derives from
 * the same number (so both sides name an old case alike), and starts each number series past the
 * numbers it holds.
 */
class HubIdentityMigrationTest {

    @Test
    void cases_held_before_ids_get_the_workstations_derived_id_and_series_start_past_their_numbers() throws Exception {
        String name = "mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String admin = TestHub.embedded().jdbcUrl();
        try (Connection c = DriverManager.getConnection(admin, "postgres", TestHub.embedded().password()); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(admin.replaceFirst("/postgres(\\?|$)", "/" + name + "$1"));
        ds.setUser("postgres");
        ds.setPassword(TestHub.embedded().password());
        Flyway.configure().dataSource(ds).locations("classpath:db/hub").target(lastBefore10("hub")).load().migrate();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO office (code, name) VALUES ('RC', 'Review office')");
            st.executeUpdate("""
                    INSERT INTO hub_case (case_no, office_code, created_by) VALUES
                        ('RD-2026-000401', 'RC', 'x'), ('RD-2026-000017', 'RC', 'x'), ('IN-RC-BANK-HA-1', 'RC', 'intake')""");
        }

        HubDatabase.migrate(ds);

        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            assertThat(strings(st, "SELECT case_no || ' ' || case_id FROM hub_case ORDER BY case_no")).containsExactly(
                    "IN-RC-BANK-HA-1 " + CaseIdentity.legacy("IN-RC-BANK-HA-1"),
                    "RD-2026-000017 " + CaseIdentity.legacy("RD-2026-000017"),
                    "RD-2026-000401 " + CaseIdentity.legacy("RD-2026-000401"));
            assertThat(strings(st, "SELECT kind || ' ' || prefix || ' ' || year || ' ' || next FROM number_series"))
                    .containsExactly("CASE RD 2026 402");
        }
    }

    @Test
    void a_hub_that_took_a_later_areas_migration_first_still_gets_the_identities() throws Exception {
        Path older = Files.createTempDirectory("hub-older-build");
        try (var files = Files.list(Path.of("resources/db/hub"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().matches("V1[0-9]__.*")).toList()) {
                Files.copy(f, older.resolve(f.getFileName()));
            }
        }
        PGSimpleDataSource ds = newDatabase();
        Flyway.configure().dataSource(ds).locations("filesystem:" + older).load().migrate();

        HubDatabase.migrate(ds);

        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            assertThat(strings(st, "SELECT count(*)::text FROM information_schema.columns WHERE table_name = 'hub_case'"
                    + " AND column_name = 'case_id'")).containsExactly("1");
            assertThat(strings(st, "SELECT count(*)::text FROM flyway_schema_history WHERE version = '10' AND success"))
                    .containsExactly("1");
        }
    }

    private static PGSimpleDataSource newDatabase() throws Exception {
        String name = "mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String admin = TestHub.embedded().jdbcUrl();
        try (Connection c = DriverManager.getConnection(admin, "postgres", TestHub.embedded().password());
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(admin.replaceFirst("/postgres(\\?|$)", "/" + name + "$1"));
        ds.setUser("postgres");
        ds.setPassword(TestHub.embedded().password());
        return ds;
    }

    private static List<String> strings(Statement st, String sql) throws java.sql.SQLException {
        List<String> list = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                list.add(rs.getString(1));
            }
        }
        return list;
    }

    /** The last migration before this change's (V10), whatever other areas have added below it. */
    static String lastBefore10(String folder) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("resources/db/" + folder))) {
            return Integer.toString(files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).filter(v -> v < 10).max().orElseThrow());
        }
    }
}
