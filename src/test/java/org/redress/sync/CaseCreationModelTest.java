package org.redress.sync;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.NoteService;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * G10 with G4/G5, model-based: random runs of case creation (imports), notes, syncs and lease
 * exhaustion on three workstations, each offline between its syncs — so cases are made with
 * leased numbers and with provisional ones. After quiescence: every case made is at the hub once,
 * under a final number no other case has; every workstation holds every case under the hub's
 * number, with exactly the hub's notes on it. Runs: {@code redress.sync.modelTries} (default 4).
 */
class CaseCreationModelTest {

    private static final Clock CLOCK = CaseworkFixture.clockOn(CaseworkFixture.TODAY);
    private static final List<String> OFFICERS = List.of("wang.fang", "li.qiang", "zhang.min");

    enum Kind { CREATE, NOTE, SYNC, EXHAUST }

    record Action(int station, Kind kind, int pick) {
    }

    static Arbitrary<List<Action>> runs() {
        Arbitrary<Action> action = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.of(Kind.CREATE, Kind.CREATE, Kind.NOTE, Kind.NOTE, Kind.SYNC, Kind.SYNC, Kind.EXHAUST),
                Arbitraries.integers().between(0, 99)).as(Action::new);
        return action.list().ofMinSize(4).ofMaxSize(22);
    }

    @Test
    void cases_made_on_several_workstations_offline_converge_with_no_two_sharing_a_number() {
        SyncTestbed bed = SyncTestbed.shared();
        for (List<Action> run : runs().sampleStream().limit(ReplicaModelTest.TRIES).toList()) {
            try {
                check(bed, run);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("replicas differ after " + run, e);
            }
        }
    }

    private static void check(SyncTestbed bed, List<Action> run) {
        String prefix = "M" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<SyncTestbed.Station> stations = OFFICERS.stream().map(o -> bed.station(o, CLOCK)).toList();
        try {
            List<String> made = new ArrayList<>();
            Map<Integer, List<String>> held = new HashMap<>();
            int n = 0;
            for (Action a : run) {
                var s = stations.get(a.station());
                switch (a.kind()) {
                    case CREATE -> {
                        String id = SyncImports.appeal(s, prefix + "-" + n++, "模型" + n);
                        made.add(id);
                        held.computeIfAbsent(a.station(), k -> new ArrayList<>()).add(id);
                    }
                    case NOTE -> {
                        // A note on a case this workstation holds: one it made, or one it pulled.
                        List<String> mine = new ArrayList<>(held.getOrDefault(a.station(), List.of()));
                        made.stream().filter(id -> SyncImports.caseNo(s, id) != null && !mine.contains(id)).forEach(mine::add);
                        if (!mine.isEmpty()) {
                            String id = mine.get(a.pick() % mine.size());
                            new NoteService(s.database(), CLOCK).add(SyncImports.localCaseId(s, id),
                                    bed.account(s.username()).asOfficer(), prefix + " note " + n++);
                        }
                    }
                    case SYNC -> s.sync();
                    case EXHAUST -> SyncImports.exhaustCaseNumbers(s.database());
                }
            }
            for (int round = 0; round < 2; round++) {
                for (var s : stations) {
                    assertThat(s.sync().error()).isNull();
                }
            }
            Map<String, String> hubNumbers = new TreeMap<>();
            for (String id : made) {
                hubNumbers.put(id, hub(bed, "SELECT case_no FROM hub_case WHERE case_id = ?::uuid", id).getFirst());
            }
            assertThat(hubNumbers.values()).as("every case has a final number of its own")
                    .allMatch(no -> no.matches("RD-2026-\\d{6}")).doesNotHaveDuplicates();
            for (var s : stations) {
                for (String id : made) {
                    assertThat(SyncImports.caseNo(s, id)).as(s.username() + "'s number of " + id).isEqualTo(hubNumbers.get(id));
                    List<String> hubNotes = hub(bed, """
                            SELECT f.payload->>'body' FROM case_fact f JOIN hub_case k USING (case_no)
                            WHERE k.case_id = ?::uuid AND f.kind = 'note' ORDER BY 1""", id);
                    assertThat(SyncImports.notes(s, id)).as(s.username() + "'s notes on " + id).isEqualTo(hubNotes);
                }
                assertThat(new HashSet<>(SyncImports.text(s, "SELECT case_no FROM appeal_case WHERE case_no LIKE ?",
                        "%-P-%"))).as(s.username() + " keeps no provisional number").isEmpty();
                assertThat(s.engine().status().pending()).isZero();
                assertThat(s.outbox()).noneMatch(r -> r.state() == OutboxState.REJECTED);
            }
            long notesWritten = stations.stream().mapToLong(s -> SyncImports.text(s,
                    "SELECT count(*) FROM note WHERE body LIKE ?", prefix + " note %").stream().mapToLong(Long::parseLong).sum())
                    .sum();
            assertThat(notesWritten).as("every note on every workstation").isEqualTo(3L * hub(bed,
                    "SELECT count(*)::text FROM case_fact WHERE kind = 'note' AND payload->>'body' LIKE ? || ' note %'", prefix)
                    .stream().mapToLong(Long::parseLong).sum());
        } finally {
            stations.forEach(SyncTestbed.Station::close);
        }
    }

    private static List<String> hub(SyncTestbed bed, String sql, String arg) {
        try (Connection c = bed.hubConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
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
}
