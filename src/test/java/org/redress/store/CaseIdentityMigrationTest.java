package org.redress.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.appeal.CaseIdentity;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace made before cases had ids: the migration gives each case the id derived from its
 * number (as the hub's migration does), rewords the outbox to name cases by id, keeps the numbers,
 * records how far each series went, and marks the cases made here for announcing.
 */
class CaseIdentityMigrationTest {

    @TempDir
    Path dir;

    @Test
    void existing_cases_keep_their_numbers_and_get_their_ids_and_the_outbox_names_them_by_id() throws Exception {
        Workspace workspace = Workspace.create(dir.resolve("ws"));
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + workspace.databaseFile());
        Flyway.configure().dataSource(ds).locations("classpath:db/workstation").target(lastBefore10("workstation")).load().migrate();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.executeUpdate("INSERT INTO agency (code, name_zh, name_en, region) VALUES ('RC-RCB', '银行', 'Bank', '371082')");
            st.executeUpdate("""
                    INSERT INTO subject (id, kind, identifier, id_kind, id_verdict, name)
                    VALUES (1, 'PERSON', '11010519491231002X', 'RESIDENT_ID', 'VALID', '张三')""");
            for (String[] c2 : new String[][] {{"1", "RD-2026-000401", "IMPORT", "0"}, {"2", "RD-2026-000017", "HUB", "3"},
                    {"3", "RD-2025-000950", "MANUAL", "0"}}) {
                st.executeUpdate("""
                        INSERT INTO appeal_case (id, case_no, subject_id, scheme_code, status, priority, received_on,
                            ack_deadline_on, channel, grounds, region, agency_code, rule_category, rule_code, points,
                            created_at, updated_at, server_version)
                        VALUES (%s, '%s', 1, 'RONGCHENG_POINTS', 'RECEIVED', 'NORMAL', '2026-09-30', '2026-10-10', '%s',
                            'FACTS_WRONG', '371082', 'RC-RCB', 'FINANCIAL', 'RC-FIN-03', -20, '2026-09-30T01:00:00Z',
                            '2026-09-30T01:00:00Z', %s)""".formatted(c2[0], c2[1], c2[2], c2[3]));
            }
            st.executeUpdate("""
                    INSERT INTO outbox (seq, mutation_id, kind, entity_id, base_version, payload, created_at)
                    VALUES (1, '00000000-0000-4000-8000-000000000001', 'note.add', 'RD-2026-000017', 3, '{}', '2026-10-01T00:00:00Z'),
                           (2, '00000000-0000-4000-8000-000000000002', 'conflict.resolve', 'c0ffee00-0000-4000-8000-000000000000',
                            1, '{}', '2026-10-01T00:00:00Z')""");
            st.executeUpdate("INSERT INTO letter_reference_counter (office_code, year, last_sequence) VALUES ('RD', 2026, 12)");
        }

        try (Database db = Database.open(workspace)) {
            assertThat(strings(db, "SELECT case_no || ' ' || case_uuid FROM appeal_case ORDER BY id")).containsExactly(
                    "RD-2026-000401 " + CaseIdentity.legacy("RD-2026-000401"),
                    "RD-2026-000017 " + CaseIdentity.legacy("RD-2026-000017"),
                    "RD-2025-000950 " + CaseIdentity.legacy("RD-2025-000950"));
            assertThat(strings(db, "SELECT entity_id FROM outbox ORDER BY seq")).containsExactly(
                    CaseIdentity.legacy("RD-2026-000017").toString(), "c0ffee00-0000-4000-8000-000000000000");
            assertThat(strings(db, "SELECT case_no FROM appeal_case WHERE announce = 1 ORDER BY id"))
                    .as("cases made here that the hub never sent back").containsExactly("RD-2026-000401", "RD-2025-000950");
            assertThat(strings(db, "SELECT kind || ' ' || prefix || ' ' || year || ' ' || last FROM number_floor ORDER BY 1"))
                    .containsExactly("CASE RD 2025 950", "CASE RD 2026 401", "LETTER RD 2026 12");

            // The first change to a case the hub may not hold sends its creation first.
            db.writeAndWait(c -> {
                db.journal().record(c, new LocalChange("note.add", "case", "RD-2026-000401", null, 1,
                        JsonNodeFactory.instance.objectNode().put("body", "x"), Instant.parse("2026-10-02T00:00:00Z")));
                return null;
            });
            assertThat(strings(db, "SELECT kind || ' ' || entity_id || ' ' || ifnull(json_extract(payload, '$.legacy'), '') "
                    + "FROM outbox WHERE seq > 2 ORDER BY seq")).containsExactly(
                    "case.create " + CaseIdentity.legacy("RD-2026-000401") + " 1",
                    "note.add " + CaseIdentity.legacy("RD-2026-000401") + " ");
            assertThat(strings(db, "SELECT announce FROM appeal_case WHERE id = 1")).containsExactly("0");
        }
    }

    @Test
    void a_workspace_that_took_a_later_areas_migration_first_still_gets_the_identities() throws Exception {
        // Areas number migrations in ranges of their own and land in any order: this workspace was
        // made by a build that had every migration but this change's (V10-V12).
        Path older = dir.resolve("older-build");
        java.nio.file.Files.createDirectories(older);
        try (var files = java.nio.file.Files.list(Path.of("resources/db/workstation"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().matches("V1[0-9]__.*")).toList()) {
                java.nio.file.Files.copy(f, older.resolve(f.getFileName()));
            }
        }
        Workspace workspace = Workspace.create(dir.resolve("ws-later"));
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + workspace.databaseFile());
        Flyway.configure().dataSource(ds).locations("filesystem:" + older).load().migrate();
        assertThat(Database.appliedVersion(ds)).isEqualTo(Database.SCHEMA_VERSION);

        try (Database db = Database.open(workspace)) {
            assertThat(strings(db, "SELECT count(*) FROM pragma_table_info('appeal_case') WHERE name = 'case_uuid'"))
                    .containsExactly("1");
            assertThat(strings(db, "SELECT count(*) FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"))
                    .containsExactly(Integer.toString(Database.MIGRATION_COUNT));
        }
    }

    private static List<String> strings(Database db, String sql) {
        return db.read(c -> {
            List<String> list = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    list.add(rs.getString(1));
                }
            }
            return list;
        });
    }

    /** The last migration before this change's (V10), whatever other areas have added below it. */
    static String lastBefore10(String folder) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("resources/db/" + folder))) {
            return Integer.toString(files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).filter(v -> v < 10).max().orElseThrow());
        }
    }
}
