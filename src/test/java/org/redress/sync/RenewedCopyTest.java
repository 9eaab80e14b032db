package org.redress.sync;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.NoteService;
import org.redress.store.Database;
import org.redress.store.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, item 5: a copied workspace re-enrolled as a new device keeps its work. Its new cases
 * the hub has not acknowledged were numbered from the old device's blocks, which the original
 * keeps using; re-enrolment gives them provisional numbers and the hub numbers them. Every case
 * reaches the hub once, under a number no other case has, and notes follow their cases on both
 * workstations.
 */
class RenewedCopyTest {

    private static final Clock CLOCK = CaseworkFixture.clockOn(CaseworkFixture.TODAY);
    private static SyncTestbed bed;

    @BeforeAll
    static void start() {
        bed = SyncTestbed.shared();
    }

    @Test
    void a_copy_with_unsynced_new_cases_re_enrolled_as_a_new_device_keeps_them_under_numbers_of_its_own() throws Exception {
        var original = bed.station("wang.fang", CLOCK);
        assertThat(original.sync().error()).as("leases the first block").isNull();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String synced = SyncImports.appeal(original, tag + "S", "甲" + tag);
        assertThat(original.sync().error()).isNull();
        // Two new cases not yet at the hub when the workspace is copied, one with a note.
        String both = SyncImports.appeal(original, tag + "B", "乙" + tag);
        String bothToo = SyncImports.appeal(original, tag + "C", "丙" + tag);
        note(original, both, "Before the copy " + tag);
        original.close();
        Path copyRoot = original.root().resolveSibling(original.root().getFileName() + "-copy-" + tag);
        copy(original.root(), copyRoot);

        var first = reopen(original.username(), original.root());
        var copy = reopen(original.username(), copyRoot);
        // Each numbers a new case from the same leased block: the same number, two appeals.
        String onOriginal = SyncImports.appeal(first, tag + "O", "丁" + tag);
        String onCopy = SyncImports.appeal(copy, tag + "K", "戊" + tag);
        assertThat(SyncImports.caseNo(copy, onCopy)).isEqualTo(SyncImports.caseNo(first, onOriginal));
        note(first, both, "On the original " + tag);
        note(copy, both, "On the copy " + tag);
        note(copy, onCopy, "The copy's own case " + tag);
        assertThat(first.sync().error()).isNull();

        var renewed = DeviceRenewal.renewal(copy.database(), CLOCK);
        assertThat(renewed.renumbered()).as("the three creations the hub never heard of from the copy").isEqualTo(3);
        assertThat(SyncImports.caseNo(copy, onCopy)).matches("RD-2026-P-[0-9A-F]+");
        bed.approve(copy);
        copy.engine().signIn("wang.fang", SyncTestbed.PASSWORD.toCharArray(), "copy");
        SyncReport report = copy.sync();
        assertThat(report.error()).isNull();
        assertThat(first.sync().error()).isNull();

        List<String> all = List.of(synced, both, bothToo, onOriginal, onCopy);
        assertThat(copy.outbox()).as("nothing refused").noneMatch(r -> r.state() == OutboxState.REJECTED);
        List<String> hubNumbers = new ArrayList<>();
        for (String caseId : all) {
            assertThat(hubCount("SELECT count(*) FROM hub_case WHERE case_id = '" + caseId + "'")).as(caseId).isEqualTo(1);
            String number = hubNumber(caseId);
            assertThat(number).matches("RD-2026-\\d{6}");
            hubNumbers.add(number);
            assertThat(SyncImports.caseNo(first, caseId)).as("the original knows " + number).isEqualTo(number);
            assertThat(SyncImports.caseNo(copy, caseId)).as("the copy knows " + number).isEqualTo(number);
        }
        assertThat(new HashSet<>(hubNumbers)).as("five cases, five numbers").hasSize(5);
        Map<String, List<String>> notes = Map.of(
                both, List.of("Before the copy " + tag, "On the copy " + tag, "On the original " + tag),
                onCopy, List.of("The copy's own case " + tag));
        for (var e : notes.entrySet()) {
            assertThat(hubNotes(e.getKey())).as("the hub: notes on their case, once").isEqualTo(e.getValue());
            assertThat(SyncImports.notes(first, e.getKey())).isEqualTo(e.getValue());
            assertThat(SyncImports.notes(copy, e.getKey())).isEqualTo(e.getValue());
        }
        assertThat(SyncImports.notes(first, onOriginal)).isEmpty();
        first.close();
        copy.close();
    }

    private static void note(SyncTestbed.Station station, String caseId, String body) {
        new NoteService(station.database(), Clock.systemUTC()).add(SyncImports.localCaseId(station, caseId),
                bed.account(station.username()).asOfficer(), body);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static SyncTestbed.Station reopen(String username, Path root) {
        Database database = Database.open(new Workspace(root));
        return new SyncTestbed.Station(username, root, database,
                SyncEngine.connect(database, bed.hub.baseUrl(), CLOCK, SyncTestbed.FAST));
    }

    private static long hubCount(String sql) {
        return bed.hubCount(sql);
    }

    private static String hubNumber(String caseId) throws SQLException {
        try (Connection c = bed.hubConnection();
             PreparedStatement ps = c.prepareStatement("SELECT case_no FROM hub_case WHERE case_id = ?::uuid")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static List<String> hubNotes(String caseId) throws SQLException {
        List<String> list = new ArrayList<>();
        try (Connection c = bed.hubConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT f.payload->>'body' FROM case_fact f JOIN hub_case k ON k.case_no = f.case_no
                     WHERE k.case_id = ?::uuid AND f.kind = 'note' ORDER BY 1""")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(rs.getString(1));
                }
            }
        }
        return list;
    }
}
