package org.redress.demo;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDeterminismTest {

    /** Every table the demo fills, each read in key order; password hashes are salted at random. */
    private static final List<String> TABLES = List.of(
            "SELECT * FROM agency ORDER BY code",
            "SELECT id, username, display_name, role, agency_code, created_at FROM officer ORDER BY id",
            "SELECT * FROM subject ORDER BY id",
            "SELECT * FROM ledger_event ORDER BY id",
            "SELECT * FROM appeal_case ORDER BY id",
            "SELECT * FROM case_deduction ORDER BY case_id, ledger_event_id",
            "SELECT * FROM case_event ORDER BY id",
            "SELECT * FROM note ORDER BY id",
            "SELECT * FROM decision ORDER BY id",
            "SELECT * FROM decision_outcome ORDER BY decision_id, ledger_event_id",
            "SELECT * FROM approval ORDER BY id",
            "SELECT * FROM evidence_blob ORDER BY sha256",
            "SELECT * FROM attachment ORDER BY id",
            "SELECT * FROM recusal_declaration ORDER BY id",
            "SELECT * FROM settings ORDER BY key",
            "SELECT rowid, * FROM case_search ORDER BY rowid");

    @Test
    void the_same_seed_and_day_give_the_same_content_and_another_seed_different_content() throws Exception {
        var request = new DemoRequest(300, 4242L, DemoFixture.TODAY);
        Path first = DemoFixture.build(request).summary().workspace();
        Path second = DemoFixture.build(request).summary().workspace();
        Path other = DemoFixture.build(new DemoRequest(300, 4243L, DemoFixture.TODAY)).summary().workspace();

        assertThat(digest(second)).isEqualTo(digest(first));
        assertThat(evidenceFiles(second)).isEqualTo(evidenceFiles(first));
        assertThat(digest(other)).isNotEqualTo(digest(first));
        assertThat(evidenceFiles(other)).isNotEqualTo(evidenceFiles(first));
    }

    @Test
    void another_day_moves_the_dates_with_it() throws Exception {
        Path november = DemoFixture.build(new DemoRequest(100, 4242L, DemoFixture.TODAY)).summary().workspace();
        Path december = DemoFixture.build(new DemoRequest(100, 4242L, DemoFixture.TODAY.plusDays(14))).summary().workspace();

        try (Connection a = DemoFixture.open(november); Connection b = DemoFixture.open(december)) {
            assertThat(maxReceived(b)).isAfter(maxReceived(a));
        }
    }

    private static java.time.LocalDate maxReceived(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(received_on) FROM appeal_case")) {
            rs.next();
            return java.time.LocalDate.parse(rs.getString(1));
        }
    }

    static String digest(Path workspace) throws SQLException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection c = DemoFixture.open(workspace); Statement s = c.createStatement()) {
            for (String query : TABLES) {
                try (ResultSet rs = s.executeQuery(query)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String value = rs.getString(i);
                            sha.update((value == null ? "\u0000" : value + "\u0001").getBytes(StandardCharsets.UTF_8));
                        }
                        sha.update((byte) '\n');
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static List<String> evidenceFiles(Path workspace) throws IOException {
        try (Stream<Path> files = Files.walk(workspace.resolve("evidence"))) {
            return files.filter(Files::isRegularFile).map(p -> workspace.relativize(p).toString()).sorted().toList();
        }
    }
}
