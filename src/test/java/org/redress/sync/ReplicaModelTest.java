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
 * hub's version of every case touched. Runs: system property {@code redress.sync.modelTries}
 * (default 4; {@code -Pstress} 200); a failing run prints its actions.
 */
class ReplicaModelTest {

    static final int TRIES = Integer.getInteger("redress.sync.modelTries", 4);
    private static final List<String> OFFICERS = List.of("wang.fang", "li.qiang", "wu.haitao");

    enum Kind { NOTE, DECIDE, SYNC }

    record Action(int station, Kind kind, int caseIndex) {
    }

    static Arbitrary<List<Action>> runs() {
        Arbitrary<Action> action = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.of(Kind.NOTE, Kind.NOTE, Kind.NOTE, Kind.DECIDE, Kind.SYNC, Kind.SYNC),
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
        List<SyncTestbed.Station> stations = OFFICERS.stream().map(bed::station).toList();
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
