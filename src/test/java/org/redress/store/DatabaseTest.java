package org.redress.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DatabaseTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(Workspace.create(dir.resolve("ws")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void creatingAWorkspaceMakesTheDatabaseAndTheEvidenceAndLetterFolders() {
        Workspace ws = db.workspace();
        assertThat(ws.databaseFile()).exists();
        assertThat(ws.evidenceDir()).isDirectory();
        assertThat(ws.lettersDir()).isDirectory();
    }

    @Test
    void migrationCreatesTheSchema() {
        List<String> tables = db.read(c -> strings(c.createStatement(),
                "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
        assertThat(tables).contains("agency", "officer", "subject", "ledger_event", "appeal_case",
                "case_deduction", "case_event", "note", "decision", "decision_outcome", "approval",
                "evidence_blob", "attachment", "recusal_declaration", "settings", "case_status_count",
                "case_search", "flyway_schema_history");
    }

    @Test
    void writerConnectionRunsWithWalFullSyncAndForeignKeys() {
        List<String> pragmas = db.writeAndWait(c -> List.of(
                one(c.createStatement(), "PRAGMA journal_mode"),
                one(c.createStatement(), "PRAGMA synchronous"),
                one(c.createStatement(), "PRAGMA foreign_keys"),
                one(c.createStatement(), "PRAGMA busy_timeout")));
        // synchronous: 2 = FULL.
        assertThat(pragmas).containsExactly("wal", "2", "1", String.valueOf(Database.BUSY_TIMEOUT_MS));
    }

    @Test
    void readersAreQueryOnlyWithForeignKeysOn() {
        List<String> pragmas = db.read(c -> List.of(
                one(c.createStatement(), "PRAGMA journal_mode"),
                one(c.createStatement(), "PRAGMA query_only"),
                one(c.createStatement(), "PRAGMA foreign_keys")));
        assertThat(pragmas).containsExactly("wal", "1", "1");
        assertThatThrownBy(() -> db.read(c -> c.createStatement()
                .executeUpdate("INSERT INTO settings (key, value) VALUES ('a', 'b')")))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void reopeningAnExistingWorkspaceKeepsItsDataAndDoesNotMigrateAgain() {
        db.writeAndWait(c -> c.createStatement().executeUpdate("INSERT INTO settings VALUES ('k', 'v')"));
        String migratedFirst = db.read(c -> one(c.createStatement(), "SELECT count(*) FROM flyway_schema_history"));
        db.close();
        db = Database.open(db.workspace());
        String value = db.read(c -> one(c.createStatement(), "SELECT value FROM settings WHERE key = 'k'"));
        String migrations = db.read(c -> one(c.createStatement(),
                "SELECT count(*) FROM flyway_schema_history WHERE success = 1"));
        assertThat(value).isEqualTo("v");
        assertThat(migrations).isEqualTo(migratedFirst);
    }

    @Test
    void theSqlite3ShellOnThisMachineReadsTheWorkspace() throws Exception {
        Path shell = Path.of("/usr/bin/sqlite3");
        assumeTrue(Files.isExecutable(shell), "sqlite3 shell not installed");
        db.close();
        Process process = new ProcessBuilder(shell.toString(), db.workspace().databaseFile().toString(),
                "select count(*) from appeal_case; select count(*) from case_search where case_search match 'x';"
                        + " pragma integrity_check;")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines()).containsExactly("0", "0", "ok");
        db = Database.open(db.workspace());
    }

    static String one(Statement statement, String sql) throws SQLException {
        try (statement; ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static List<String> strings(Statement statement, String sql) throws SQLException {
        try (statement; ResultSet rs = statement.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    @Test
    void the_schema_version_the_store_skips_flyway_at_is_the_highest_migration_shipped() throws Exception {
        int highest;
        try (var files = java.nio.file.Files.list(Path.of("resources/db/workstation"))) {
            highest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(highest);
        long shipped;
        try (var files = java.nio.file.Files.list(Path.of("resources/db/workstation"))) {
            shipped = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        assertThat(Database.MIGRATION_COUNT).as("SQL migrations and the Java ones").isEqualTo(shipped + Database.JAVA_MIGRATIONS);
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + db.workspace().databaseFile());
        assertThat(Database.appliedVersion(ds)).as("a fresh workspace is migrated all the way").isEqualTo(highest);
    }
}
