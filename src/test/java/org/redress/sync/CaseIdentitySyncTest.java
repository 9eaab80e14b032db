package org.redress.sync;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.NoteService;
import org.redress.store.NumberSeries;
import org.redress.sync.protocol.ReasonCodes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * G10 end to end, on real workspaces and a real hub: cases imported on different workstations,
 * offline, never share a number and never share notes; a workstation out of numbers gives a
 * provisional one that the hub replaces everywhere; a forged number is refused, named, and the
 * two cases stay two on the workstation too.
 */
class CaseIdentitySyncTest {

    private static final Clock CLOCK = CaseworkFixture.clockOn(CaseworkFixture.TODAY);
    private static SyncTestbed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = SyncTestbed.shared();
    }

    @Test
    void two_workstations_importing_different_appeals_offline_give_distinct_numbers_and_each_case_keeps_its_own_notes() {
        var a = bed.station("wang.fang", CLOCK);
        var b = bed.station("li.qiang", CLOCK);
        assertThat(a.sync().error()).isNull();
        assertThat(b.sync().error()).isNull();
        String tag = tag();

        // Offline: each imports its own appeal and writes a note on it.
        String caseA = SyncImports.appeal(a, tag + "A", "甲" + tag);
        String caseB = SyncImports.appeal(b, tag + "B", "乙" + tag);
        note(a, caseA, "A's note " + tag);
        note(b, caseB, "B's note " + tag);
        String numberA = SyncImports.caseNo(a, caseA);
        String numberB = SyncImports.caseNo(b, caseB);

        for (int round = 0; round < 2; round++) {
            assertThat(a.sync().error()).isNull();
            assertThat(b.sync().error()).isNull();
        }

        assertThat(numberA).matches("RD-2026-\\d{6}").isNotEqualTo(numberB);
        assertThat(numberB).matches("RD-2026-\\d{6}");
        for (var s : List.of(a, b)) {
            assertThat(SyncImports.caseNo(s, caseA)).as(s.username() + " knows A's case by A's number").isEqualTo(numberA);
            assertThat(SyncImports.caseNo(s, caseB)).as(s.username() + " knows B's case by B's number").isEqualTo(numberB);
            assertThat(SyncImports.notes(s, caseA)).as(s.username() + ": A's case").containsExactly("A's note " + tag);
            assertThat(SyncImports.notes(s, caseB)).as(s.username() + ": B's case").containsExactly("B's note " + tag);
            assertThat(s.outbox()).noneMatch(r -> r.state() == OutboxState.REJECTED && r.entityId().equals(caseA));
        }
        assertThat(hubNotes(caseA)).containsExactly("A's note " + tag);
        assertThat(hubNotes(caseB)).containsExactly("B's note " + tag);
        assertThat(hubNumber(caseA)).isEqualTo(numberA);
        assertThat(hubNumber(caseB)).isEqualTo(numberB);
        a.close();
        b.close();
    }

    @Test
    void a_workstation_out_of_numbers_offline_gives_a_provisional_number_which_the_hub_replaces_on_every_workstation() {
        var c = bed.station("zhang.min", CLOCK);
        var d = bed.station("wu.haitao", CLOCK);
        assertThat(c.sync().error()).isNull();
        assertThat(d.sync().error()).isNull();
        SyncImports.exhaustCaseNumbers(c.database());
        String tag = tag();

        String kase = SyncImports.appeal(c, tag, "丙" + tag);
        note(c, kase, "On the provisional case " + tag);
        String provisional = SyncImports.caseNo(c, kase);
        SyncReport report = c.sync();
        assertThat(d.sync().error()).isNull();

        assertThat(provisional).matches("RD-2026-P-[0-9A-F]{8}");
        assertThat(report.error()).isNull();
        assertThat(report.renumbered()).isEqualTo(1);
        assertThat(report.numberBlocks()).as("the round also topped the station up").isEqualTo(1);
        String real = hubNumber(kase);
        assertThat(real).matches("RD-2026-\\d{6}");
        assertThat(SyncImports.caseNo(c, kase)).isEqualTo(real);
        assertThat(SyncImports.caseNo(d, kase)).as("the other workstation holds it under the hub's number").isEqualTo(real);
        assertThat(SyncImports.notes(d, kase)).containsExactly("On the provisional case " + tag);
        assertThat(SyncImports.text(c, """
                SELECT e.detail FROM case_event e JOIN appeal_case a ON a.id = e.case_id
                WHERE a.case_uuid = ? AND e.action = 'RENUMBERED'""", kase))
                .singleElement().asString().contains(provisional).contains(real);
        assertThat(SyncImports.text(c, "SELECT count(*) FROM case_search WHERE case_search MATCH ?", "\"" + real + "\""))
                .as("found by its new number").containsExactly("1");
        assertThat(bed.hubCount("SELECT count(*) FROM hub_case WHERE case_no LIKE 'RD-2026-P-%'")).isZero();
        c.close();
        d.close();
    }

    @Test
    void a_creation_whose_answer_was_lost_still_gives_the_case_the_hubs_number_on_the_retry() throws Exception {
        try (FaultyProxy proxy = new FaultyProxy(bed.hub.baseUrl())) {
            var direct = bed.station("zhang.min", CLOCK);
            direct.engine().close();
            var e = new SyncTestbed.Station("zhang.min", direct.root(), direct.database(),
                    SyncEngine.connect(direct.database(), proxy.url(), CLOCK, SyncTestbed.FAST));
            String kase = SyncImports.appeal(e, tag(), "己");
            String provisional = SyncImports.caseNo(e, kase);
            proxy.plan(org.redress.sync.protocol.Endpoints.PUSH, FaultyProxy.Fault.DROP_ANSWER);

            assertThat(e.sync().ok()).isFalse();
            assertThat(SyncImports.caseNo(e, kase)).as("the answer never arrived").isEqualTo(provisional);
            assertThat(e.sync().error()).isNull();

            assertThat(provisional).matches("RD-2026-P-[0-9A-F]{8}");
            assertThat(SyncImports.caseNo(e, kase)).isEqualTo(hubNumber(kase)).matches("RD-2026-\\d{6}");
            assertThat(bed.hubCount("SELECT count(*) FROM hub_case WHERE case_id = '" + kase + "'")).isEqualTo(1);
            e.close();
        }
    }

    @Test
    void a_case_create_forging_a_taken_number_is_refused_naming_both_and_the_two_cases_stay_two() {
        var honest = bed.station("wang.fang", CLOCK);
        var forger = bed.station("li.qiang", CLOCK);
        assertThat(honest.sync().error()).isNull();
        String tag = tag();
        String original = SyncImports.appeal(honest, tag + "H", "丁" + tag);
        assertThat(honest.sync().error()).isNull();
        String number = SyncImports.caseNo(honest, original);
        int sequence = Integer.parseInt(number.substring(number.length() - 6));
        // The forger holds a block it was never leased, covering the honest workstation's number.
        forger.database().writeAndWait(c -> new NumberSeries(c).addLease(NumberSeries.Kind.CASE, "RD", 2026, sequence,
                sequence, CLOCK.instant()));

        String forged = SyncImports.appeal(forger, tag + "F", "戊" + tag);
        note(forger, forged, "On the forged case " + tag);
        assertThat(SyncImports.caseNo(forger, forged)).isEqualTo(number);
        forger.sync();

        OutboxRow refused = forger.outbox().stream().filter(r -> r.entityId().equals(forged)
                && r.kind().equals("case.create")).findFirst().orElseThrow();
        assertThat(refused.state()).isEqualTo(OutboxState.REJECTED);
        assertThat(refused.reason()).contains(number).contains(original).contains(forged);
        OutboxRow note = forger.outbox().stream().filter(r -> r.entityId().equals(forged)
                && r.kind().equals("note.add")).findFirst().orElseThrow();
        assertThat(note.state()).isEqualTo(OutboxState.REJECTED);
        assertThat(resultCode(forger, note.seq())).isEqualTo(ReasonCodes.CASE_UNKNOWN);
        assertThat(SyncImports.text(forger, """
                SELECT e.detail FROM case_event e JOIN appeal_case a ON a.id = e.case_id
                WHERE a.case_uuid = ? AND e.action = 'CREATION_REFUSED'""", forged)).singleElement().asString().contains(number);
        // On the forger's workstation the honest case arrives under its number; the refused one steps aside.
        assertThat(SyncImports.caseNo(forger, original)).isEqualTo(number);
        assertThat(SyncImports.caseNo(forger, forged)).matches("RD-2026-P-[0-9A-F]{8}");
        assertThat(SyncImports.notes(forger, original)).isEmpty();
        assertThat(SyncImports.notes(forger, forged)).containsExactly("On the forged case " + tag);
        assertThat(hubNotes(original)).isEmpty();
        assertThat(bed.hubCount("SELECT count(*) FROM hub_case WHERE case_id = '" + forged + "'")).isZero();
        honest.close();
        forger.close();
    }

    private static void note(SyncTestbed.Station s, String caseId, String body) {
        new NoteService(s.database(), CLOCK).add(SyncImports.localCaseId(s, caseId), bed.account(s.username()).asOfficer(), body);
    }

    private static String resultCode(SyncTestbed.Station s, long seq) {
        return s.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT json_extract(result, '$.code') FROM outbox WHERE seq = ?")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    private static List<String> hubNotes(String caseId) {
        try (Connection c = bed.hubConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT f.payload->>'body' FROM case_fact f JOIN hub_case k USING (case_no)
                WHERE k.case_id = ?::uuid AND f.kind = 'note' ORDER BY 1""")) {
            ps.setString(1, caseId);
            List<String> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(rs.getString(1));
                }
            }
            return list;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hubNumber(String caseId) {
        try (Connection c = bed.hubConnection();
             PreparedStatement ps = c.prepareStatement("SELECT case_no FROM hub_case WHERE case_id = ?::uuid")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
