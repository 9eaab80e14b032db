package org.redress.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A writer killed with SIGKILL in the middle of a transaction leaves the last committed state. */
class CrashConsistencyTest {

    static final int COMMITTED = 300;
    static final String IN_TRANSACTION = "in-transaction";

    @TempDir
    Path dir;

    @Test
    void aWriterKilledMidTransactionLeavesExactlyTheCommittedCasesIntactAndConsistent() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals(IN_TRANSACTION));
            assertThat(line).as("the child reached its open transaction").isEqualTo(IN_TRANSACTION);
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback, no close.
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        try (Database db = Database.open(new Workspace(dir))) {
            db.read(c -> {
                assertThat(one(c, "PRAGMA integrity_check")).isEqualTo("ok");
                assertThat(one(c, "PRAGMA foreign_key_check")).isNull();
                assertThat(one(c, "SELECT count(*) FROM appeal_case")).isEqualTo(String.valueOf(COMMITTED));
                assertThat(one(c, "SELECT count(*) FROM case_search")).isEqualTo(String.valueOf(COMMITTED));
                assertThat(one(c, "SELECT count(*) FROM note")).isEqualTo("0");
                assertThat(one(c, "SELECT count(*) FROM ledger_event")).isEqualTo(String.valueOf(2 * COMMITTED));
                assertThat(storedCounts(c, "SELECT status, n FROM case_status_count WHERE n > 0"))
                        .isEqualTo(storedCounts(c, "SELECT status, count(*) FROM appeal_case GROUP BY status"));
                assertThat(one(c, "SELECT sum(n) FROM case_facet_count")).isEqualTo(String.valueOf(COMMITTED));
                return null;
            });
            // The FTS index agrees with its content (this command writes nothing).
            db.writeAndWait(c -> c.createStatement()
                    .executeUpdate("INSERT INTO case_search (case_search) VALUES ('integrity-check')"));
            long found = db.read(c -> new CaseQueue(c).count(QueueFilter.ALL.withText("RD")));
            assertThat(found).isEqualTo(COMMITTED);
        }
    }

    private static String one(java.sql.Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Map<String, Long> storedCounts(java.sql.Connection c, String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }
}
