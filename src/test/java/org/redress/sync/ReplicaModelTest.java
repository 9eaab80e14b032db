package org.redress.sync;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.redress.demo.DemoOfficer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * G4/G5, model-based: random runs of notes, decisions and syncs on three simulated workstations
 * (each offline between its syncs). After every workstation has synced twice (quiescence), every
 * replica holds exactly the hub's notes (each once), the hub's state of every decision, and the
 * hub's version of every case touched. A fourth workstation lies: its officer's outbox gets forged
 * changes (a decision with no outcomes on a case not theirs, a status no move reaches, an approval by
 * an officer, a note on a case the hub does not hold, a case given to nobody), pushed by the real
 * engine with a valid token; the hub refuses each, and the honest replicas still equal the hub.
 * Runs: system property {@code redress.sync.modelTries}
 * (default 4; {@code -Pstress} 200); a failing run prints its actions.
 */
class ReplicaModelTest {

    static final int TRIES = Integer.getInteger("redress.sync.modelTries", 4);
    private static final List<String> OFFICERS = List.of("wang.fang", "li.qiang", "wu.haitao");
    /** The lying workstation's officer (the fourth station). */
    private static final String MALLORY = "zhang.min";

    enum Kind { NOTE, DECIDE, SYNC, FORGE }

    record Action(int station, Kind kind, int caseIndex) {
    }

    static Arbitrary<List<Action>> runs() {
        Arbitrary<Action> action = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.of(Kind.NOTE, Kind.NOTE, Kind.NOTE, Kind.DECIDE, Kind.SYNC, Kind.SYNC, Kind.FORGE),
                Arbitraries.integers().between(0, 4)).as(Action::new);
        return action.list().ofMinSize(3).ofMaxSize(25);
    }

    @Test
    void after_quiescence_every_replica_equals_the_hub() {
        SyncTestbed bed = SyncTestbed.shared();
        List<List<Action>> samples = runs().sampleStream().limit(TRIES).toList();
        for (List<Action> run : samples) {
            try {
                check(bed, run);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("replicas differ after " + run, e);
            }
        }
    }

    private static void check(SyncTestbed bed, List<Action> run) {
        String prefix = "Model " + UUID.randomUUID().toString().substring(0, 8) + " ";
        List<SyncTestbed.Station> stations = new ArrayList<>(OFFICERS.stream().map(bed::station).toList());
        SyncTestbed.Station mallory = bed.station(MALLORY);
        stations.add(mallory);
        try {
            List<String> cases = SyncCases.anyCases(stations.getFirst().database(), 5);
            String decidable = SyncCases.decidable(stations.getFirst().database(), 1).getFirst();
            int n = 0;
            for (Action a : run) {
                var s = stations.get(a.station());
                DemoOfficer officer = bed.account(s.username());
                switch (a.kind()) {
                    case NOTE -> SyncCases.note(s.database(), officer.asOfficer(), cases.get(a.caseIndex()), prefix + n++);
                    case DECIDE -> SyncCases.tryDecide(s.database(), officer.asOfficer(), officer.id(), decidable, prefix + n++);
                    case SYNC -> s.sync();
                    case FORGE -> {
                        forge(mallory, n++, cases.get(a.caseIndex()), decidable, prefix);
                        mallory.sync();
                    }
                }
            }
            for (int round = 0; round < 2; round++) {
                for (var s : stations) {
                    assertThat(s.sync().error()).isNull();
                }
            }
            List<String> hubNotes = hubList(bed, "SELECT payload->>'body' FROM case_fact WHERE kind = 'note' AND payload->>'body' LIKE ?",
                    prefix + "%");
            Map<String, String> hubDecisions = hubMap(bed, "SELECT id::text, state FROM case_decision WHERE case_no = ?", decidable);
            List<String> touched = new ArrayList<>(cases);
            touched.add(decidable);
            Map<String, String> hubVersions = new TreeMap<>();
            for (String caseNo : touched) {
                hubVersions.putAll(hubMap(bed, "SELECT case_no, version::text FROM hub_case WHERE case_no = ?", caseNo));
            }
            long written = run.stream().filter(a -> a.kind() == Kind.NOTE).count();
            assertThat(mallory.outbox().stream().filter(r -> !r.kind().equals("case.create")).toList())
                    .as("every forged change refused")
                    .allSatisfy(r -> assertThat(r.state()).as(r.kind() + " " + r.payload()).isEqualTo(OutboxState.REJECTED));
            assertThat(hubList(bed, "SELECT payload->>'reasons' FROM case_decision WHERE payload->>'reasons' LIKE ?",
                    prefix + "FORGED%")).isEmpty();
            assertThat(hubNotes).hasSize((int) written).doesNotHaveDuplicates();
            for (var s : stations) {
                assertThat(localList(s, "SELECT body FROM note WHERE body LIKE ?", prefix + "%"))
                        .as(s.username() + "'s notes").containsExactlyInAnyOrderElementsOf(hubNotes);
                assertThat(localMap(s, "SELECT hub_id, state FROM hub_decision WHERE case_no = ?", decidable))
                        .as(s.username() + "'s decisions").isEqualTo(hubDecisions);
                for (var e : hubVersions.entrySet()) {
                    assertThat(localList(s, "SELECT server_version FROM appeal_case WHERE case_no = ?", e.getKey()))
                            .as(s.username() + "'s version of " + e.getKey()).containsExactly(e.getValue());
                }
                assertThat(s.engine().status().pending()).isZero();
            }
        } finally {
            stations.forEach(SyncTestbed.Station::close);
        }
    }

    /** Appends one forged change to the lying workstation's outbox, as a hostile client would send it. */
    private static void forge(SyncTestbed.Station mallory, int n, String caseNo, String decidable, String prefix) {
        mallory.database().writeAndWait(c -> {
            String[] kase = caseFacts(c, n % 2 == 0 ? decidable : caseNo);
            var payload = SyncJson.MAPPER.createObjectNode();
            String kind;
            String entity = kase[0];
            switch (n % 5) {
                case 0 -> {
                    kind = org.redress.sync.protocol.MutationKind.DECISION_RECORD;
                    payload.put("reasons", prefix + "FORGED " + n).put("legalBasis", "none").putArray("outcomes");
                }
                case 1 -> {
                    kind = org.redress.sync.protocol.MutationKind.CASE_ACTION;
                    payload.put("status", "RECEIVED");
                }
                case 2 -> {
                    kind = org.redress.sync.protocol.MutationKind.APPROVAL_GIVE;
                    payload.put("decisionId", UUID.randomUUID().toString()).put("approved", true);
                }
                case 3 -> {
                    kind = org.redress.sync.protocol.MutationKind.NOTE_ADD;
                    entity = UUID.randomUUID().toString();
                    payload.put("body", prefix + "FORGED note " + n);
                }
                default -> {
                    kind = org.redress.sync.protocol.MutationKind.CASE_ASSIGN;
                    payload.put("assignee", "nobody-" + n).put("action", "REASSIGN");
                }
            }
            new Outbox(c).append(UUID.randomUUID(), kind, entity, Long.parseLong(kase[1]), Outbox.json(payload),
                    java.time.Instant.now());
            return null;
        });
    }

    private static String[] caseFacts(Connection c, String caseNo) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT case_uuid, server_version FROM appeal_case WHERE case_no = ?")) {
            ps.setString(1, caseNo);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new String[] {rs.getString(1), Long.toString(rs.getLong(2))};
            }
        }
    }

    private static List<String> hubList(SyncTestbed bed, String sql, String arg) {
        try (Connection c = bed.hubConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            return list(ps);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> hubMap(SyncTestbed bed, String sql, String arg) {
        try (Connection c = bed.hubConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            return map(ps);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> localList(SyncTestbed.Station s, String sql, String arg) {
        return s.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, arg);
                return list(ps);
            }
        });
    }

    private static Map<String, String> localMap(SyncTestbed.Station s, String sql, String arg) {
        return s.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, arg);
                return map(ps);
            }
        });
    }

    private static List<String> list(PreparedStatement ps) throws java.sql.SQLException {
        List<String> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(rs.getString(1));
            }
        }
        return list;
    }

    private static Map<String, String> map(PreparedStatement ps) throws java.sql.SQLException {
        Map<String, String> map = new TreeMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                map.put(rs.getString(1), rs.getString(2));
            }
        }
        return map;
    }

}
