package org.redress.sync;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.casework.ActionResult;
import org.redress.casework.CaseActionService;
import org.redress.casework.CaseworkFixture;
import org.redress.demo.DemoOfficer;
import org.redress.domain.appeal.CaseAction;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a supervisor's approvals and conflict resolutions under SIGKILL. Officers draft and
 * submit decisions on their own workstations, and the assignee of other cases drafts on two
 * workstations offline, which the hub keeps as decision conflicts. A supervisor's workstation in a
 * JVM of its own ({@link SupervisorProcess}) approves the drafts and resolves the conflicts, and is
 * killed with SIGKILL at random moments while it writes and while it syncs, then left to finish.
 * Every approval and resolution reaches the hub exactly once, in the workstation's order; nothing
 * is approved twice or resolved twice; the supervisor's workstation, an officer's and the hub agree
 * on every case and decision; no decision is approved, or chosen, by the officer who drafted it.
 * Rounds: system property {@code redress.sync.approvalKillRounds} (default 6).
 */
class ApprovalKillTest {

    static final int ROUNDS = Integer.getInteger("redress.sync.approvalKillRounds", 6);
    static final String SUPERVISOR = "liu.yang";

    private static SyncTestbed bed;

    @BeforeAll
    static void start() {
        // A bed of its own: the approvals move cases on for good.
        bed = SyncTestbed.create(120);
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @Test
    void a_supervisor_killed_while_approving_and_resolving_conflicts_applies_each_once_and_everyone_agrees() throws Exception {
        var probe = bed.station("wang.fang");
        List<String> decidable = new ArrayList<>();
        for (String caseNo : SyncCases.decidable(probe.database(), 40)) {
            String assignee = SyncCases.assignee(probe.database(), caseNo);
            if (!assignee.equals(SUPERVISOR)) {
                decidable.add(caseNo);
            }
        }
        assertThat(decidable).as("enough cases under review").hasSizeGreaterThanOrEqualTo(4);
        int conflictCount = 2;
        List<String> toResolve = decidable.subList(0, conflictCount);
        List<String> toApprove = decidable.subList(conflictCount, Math.min(decidable.size(), conflictCount + 4));

        Map<String, SyncTestbed.Station> drafters = new HashMap<>();
        for (String caseNo : toApprove) {
            String assignee = SyncCases.assignee(probe.database(), caseNo);
            var station = drafters.computeIfAbsent(assignee, bed::station);
            draftAndSubmit(station, bed.account(assignee), caseNo);
        }
        for (String caseNo : toResolve) {
            String assignee = SyncCases.assignee(probe.database(), caseNo);
            DemoOfficer officer = bed.account(assignee);
            var one = bed.station(assignee);
            var two = bed.station(assignee);
            SyncCases.decide(one.database(), officer.asOfficer(), officer.id(), caseNo, "Conflict draft one " + caseNo);
            SyncCases.decide(two.database(), officer.asOfficer(), officer.id(), caseNo, "Conflict draft two " + caseNo);
            assertThat(one.sync().error()).isNull();
            assertThat(two.sync().error()).isNull();
            assertThat(two.outbox().getLast().state()).as("the second draft is a conflict").isEqualTo(OutboxState.CONFLICT);
        }
        for (var s : drafters.values()) {
            assertThat(s.sync().error()).isNull();
            assertThat(s.outbox()).allSatisfy(r -> assertThat(r.state()).isEqualTo(OutboxState.ACKED));
        }

        var supervisor = bed.station(SUPERVISOR);
        assertThat(supervisor.sync().error()).isNull();
        assertThat(new ConflictQueue(supervisor.database(), Clock.systemUTC()).open())
                .extracting(OpenConflict::caseNo).containsAll(toResolve);
        Path root = supervisor.root();
        UUID client = supervisor.meta().clientId();
        supervisor.close();

        Random random = new Random(Long.getLong("redress.sync.seed", System.nanoTime()));
        int killedWriting = 0;
        int killedSyncing = 0;
        for (int round = 0; round < ROUNDS; round++) {
            boolean duringSync = round % 2 == 0;
            Process child = start(root, toApprove, toResolve);
            boolean seen = KillTest.waitFor(child, duringSync ? "SYNC" : "WRITE");
            if (seen) {
                TimeUnit.MICROSECONDS.sleep(duringSync ? random.nextInt(250_000) : random.nextInt(20_000));
            }
            if (child.isAlive()) {
                child.destroyForcibly();
                if (duringSync) {
                    killedSyncing++;
                } else {
                    killedWriting++;
                }
            }
            child.waitFor(30, TimeUnit.SECONDS);
        }
        Process last = start(root, toApprove, toResolve);
        assertThat(KillTest.waitFor(last, "DONE")).as("the last run finishes").isTrue();
        assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();

        List<String> outboxIds = KillTest.query(root, "SELECT mutation_id FROM outbox ORDER BY seq");
        assertThat(KillTest.query(root, "SELECT DISTINCT state FROM outbox")).as("everything acknowledged").containsExactly("ACKED");
        assertThat(hubApplied(client)).as("each mutation once, none lost, in the workstation's order").containsExactlyElementsOf(outboxIds);
        String supervisorHubId = hubText("SELECT id::text FROM officer WHERE username = '" + SUPERVISOR + "'");

        // Approvals: one approval.give per draft, one approval row per case, the hub's decision approved by another officer.
        List<String> approvals = KillTest.query(root,
                "SELECT json_extract(payload, '$.decisionId') FROM outbox WHERE kind = 'approval.give' ORDER BY seq");
        assertThat(approvals).as("one approval per draft").hasSize(toApprove.size()).doesNotHaveDuplicates();
        for (String caseNo : toApprove) {
            assertThat(KillTest.query(root, """
                    SELECT count(*) FROM approval p JOIN decision d ON d.id = p.decision_id JOIN appeal_case a ON a.id = d.case_id
                    JOIN officer o ON o.id = p.approver_id WHERE a.case_no = '%s' AND o.username = '%s'"""
                    .formatted(caseNo, SUPERVISOR))).as(caseNo + " approved once on the workstation").containsExactly("1");
            assertThat(hubText("SELECT count(*) FROM case_decision WHERE state = 'APPROVED' AND case_no = '" + caseNo + "'"))
                    .as(caseNo + " approved once at the hub").isEqualTo("1");
            assertThat(hubText("SELECT status FROM hub_case WHERE case_no = '" + caseNo + "'")).isEqualTo("DECIDED");
        }
        for (String decisionId : approvals) {
            assertThat(hubText("SELECT state FROM case_decision WHERE id = '" + decisionId + "'")).isEqualTo("APPROVED");
            assertThat(hubText("SELECT officer_id::text FROM case_decision WHERE id = '" + decisionId + "'"))
                    .as("four eyes: the drafter never approves").isNotEqualTo(supervisorHubId);
        }
        assertThat(hubText("""
                SELECT count(*) FROM applied_mutation a WHERE a.kind = 'approval.give' AND a.client_id = '%s'
                  AND a.officer_id <> '%s'""".formatted(client, supervisorHubId))).isEqualTo("0");

        // Conflicts: one resolution each, resolved once at the hub, one decision standing, chosen by someone who did not draft it.
        List<String> resolutions = KillTest.query(root,
                "SELECT json_extract(payload, '$.conflictId') FROM outbox WHERE kind = 'conflict.resolve' ORDER BY seq");
        assertThat(resolutions).as("one resolution per conflict").hasSize(toResolve.size()).doesNotHaveDuplicates();
        for (String caseNo : toResolve) {
            assertThat(hubText("SELECT count(*) FROM decision_conflict WHERE status = 'OPEN' AND case_no = '" + caseNo + "'"))
                    .isEqualTo("0");
            assertThat(hubText("SELECT count(*) FROM decision_conflict WHERE status = 'RESOLVED' AND case_no = '" + caseNo
                    + "' AND resolved_by = '" + supervisorHubId + "'")).as(caseNo + " resolved once").isEqualTo("1");
            assertThat(hubText("SELECT count(*) FROM case_decision WHERE state = 'ACTIVE' AND case_no = '" + caseNo + "'"))
                    .as(caseNo + ": one decision stands").isEqualTo("1");
            assertThat(hubText("SELECT officer_id::text FROM case_decision WHERE state = 'ACTIVE' AND case_no = '" + caseNo + "'"))
                    .as("four eyes: the supervisor never chooses their own").isNotEqualTo(supervisorHubId);
            assertThat(KillTest.query(root, "SELECT state FROM decision_conflict WHERE case_no = '" + caseNo + "'"))
                    .containsExactly("RESOLVED");
        }

        // The supervisor's workstation, an officer's (synced again) and the hub agree on every case and decision.
        var officer = drafters.values().iterator().next();
        assertThat(officer.sync().error()).isNull();
        List<String> touched = new ArrayList<>(toApprove);
        touched.addAll(toResolve);
        Map<String, String> hub = hubCases(touched);
        assertThat(localCases(root, touched)).as("the supervisor's workstation agrees with the hub").isEqualTo(hub);
        assertThat(localCases(officer.root(), touched)).as("an officer's workstation agrees with the hub").isEqualTo(hub);
        Map<String, String> hubDecisions = hubDecisions(touched);
        assertThat(localDecisions(root, hubDecisions)).isEqualTo(hubDecisions);
        assertThat(localDecisions(officer.root(), hubDecisions)).isEqualTo(hubDecisions);
        System.out.printf("approval kill test: %d rounds (%d killed writing, %d killed syncing), %d approvals, %d resolutions,"
                + " lost 0, duplicated 0%n", ROUNDS, killedWriting, killedSyncing, approvals.size(), resolutions.size());
    }

    private static void draftAndSubmit(SyncTestbed.Station station, DemoOfficer officer, String caseNo) {
        SyncCases.decide(station.database(), officer.asOfficer(), officer.id(), caseNo, "Approval kill draft " + caseNo);
        long id = SyncCases.caseId(station.database(), caseNo);
        CaseRow row = station.database().read(c -> new CaseRepository(c, Clock.systemUTC()).byId(id).orElseThrow());
        ActionResult result = new CaseActionService(station.database(), CaseworkFixture.CATALOG, CaseworkFixture.CALENDAR,
                CaseworkFixture.clockOn(CaseworkFixture.TODAY))
                .take(id, row.version(), CaseAction.SUBMIT_FOR_APPROVAL, officer.asOfficer(), null);
        assertThat(result).as("submitted " + caseNo).isInstanceOf(ActionResult.Done.class);
    }

    private static Process start(Path root, List<String> toApprove, List<String> toResolve) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "--enable-native-access=ALL-UNNAMED", "-Dlogback.configurationFile=none",
                "-cp", System.getProperty("java.class.path"), SupervisorProcess.class.getName(),
                root.toString(), bed.hub.baseUrl(), SUPERVISOR, String.join(",", toApprove), String.join(",", toResolve));
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    private static List<String> hubApplied(UUID client) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = bed.hubConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT seq, mutation_id::text FROM applied_mutation WHERE client_id = ? ORDER BY seq")) {
            ps.setObject(1, client);
            try (ResultSet rs = ps.executeQuery()) {
                long expected = 1;
                while (rs.next()) {
                    assertThat(rs.getLong(1)).as("contiguous").isEqualTo(expected++);
                    ids.add(rs.getString(2));
                }
            }
        }
        return ids;
    }

    private static String hubText(String sql) {
        try (Connection c = bed.hubConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Case number → "status@version" at the hub. */
    private static Map<String, String> hubCases(List<String> caseNos) throws SQLException {
        Map<String, String> map = new TreeMap<>();
        try (Connection c = bed.hubConnection();
             PreparedStatement ps = c.prepareStatement("SELECT case_no, status || '@' || version FROM hub_case WHERE case_no = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("text", caseNos.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return map;
    }

    private static Map<String, String> localCases(Path root, List<String> caseNos) {
        Map<String, String> map = new TreeMap<>();
        for (String caseNo : caseNos) {
            map.put(caseNo, KillTest.query(root, "SELECT status || '@' || server_version FROM appeal_case WHERE case_no = '"
                    + caseNo + "'").getFirst());
        }
        return map;
    }

    /** Decision id → state at the hub, for every decision on the cases. */
    private static Map<String, String> hubDecisions(List<String> caseNos) throws SQLException {
        Map<String, String> map = new TreeMap<>();
        try (Connection c = bed.hubConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id::text, state FROM case_decision WHERE case_no = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("text", caseNos.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return map;
    }

    private static Map<String, String> localDecisions(Path root, Map<String, String> hubDecisions) {
        Map<String, String> map = new TreeMap<>();
        for (String id : new HashSet<>(hubDecisions.keySet())) {
            List<String> state = KillTest.query(root, "SELECT state FROM hub_decision WHERE hub_id = '" + id + "'");
            map.put(id, state.isEmpty() ? null : state.getFirst());
        }
        return map;
    }
}
