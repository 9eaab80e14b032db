package org.redress.hub;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.sync.protocol.Change;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.MutationResult;
import org.redress.sync.protocol.MutationStatus;
import org.redress.sync.protocol.PullResponse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.hub.HubClient.json;
import static org.redress.hub.HubClient.mutation;

/**
 * Model-based, two offices: jqwik-generated runs of notes, decisions, notes aimed at the other
 * office's cases and pulls by four devices, two per office, at one hub. Whatever the order, the
 * other office's cases take nothing, and after every device pulls to the end, each has seen
 * exactly its own office's notes (each once) and decisions, and nothing of the other office's.
 * Runs: {@code redress.sync.modelTries} (default 4); a failing run prints its actions.
 */
class TwoOfficeModelTest {

    static final int TRIES = Integer.getInteger("redress.sync.modelTries", 4);

    enum Kind { NOTE, FOREIGN_NOTE, DECIDE, PULL }

    record Action(int device, Kind kind, int caseIndex) {
    }

    static Arbitrary<List<Action>> runs() {
        Arbitrary<Action> action = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.of(Kind.NOTE, Kind.NOTE, Kind.FOREIGN_NOTE, Kind.DECIDE, Kind.PULL),
                Arbitraries.integers().between(0, 1)).as(Action::new);
        return action.list().ofMinSize(3).ofMaxSize(30);
    }

    // Offices and signed-in devices are made once (sign-in costs an Argon2id check); every run adds
    // cases of its own, and the model's expectations grow across runs as the devices' pulls do.
    private final String[] offices = {TestHub.newOffice(), TestHub.newOffice()};
    private final String[] officers = new String[2];
    private final List<HubClient> devices = new ArrayList<>();
    private final long[] seq = new long[4];
    private final String[] cursors = new String[4];
    private final List<Set<String>> seenNotes = List.of(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
    private final List<Set<String>> seenDecisions = List.of(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
    private final List<Set<String>> notes = List.of(new HashSet<>(), new HashSet<>());
    private final List<Set<String>> decisions = List.of(new HashSet<>(), new HashSet<>());

    @Test
    void each_office_sees_exactly_its_own_work_whatever_the_order() {
        // One officer per office on two devices each (an officer at two desks): the cases are theirs,
        // so the hub's rules let either device draft on them.
        for (int o = 0; o < 2; o++) {
            officers[o] = TestHub.newOfficer(offices[o], Role.OFFICER);
        }
        for (int d = 0; d < 4; d++) {
            devices.add(TestHub.client().signIn(officers[d / 2]));
        }
        for (List<Action> run : runs().sampleStream().limit(TRIES).toList()) {
            try {
                check(run);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("offices differ from the model after " + run, e);
            }
        }
    }

    private void check(List<Action> run) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String[][] cases = new String[2][2];
        String[][] caseNos = new String[2][2];
        for (int o = 0; o < 2; o++) {
            for (int k = 0; k < 2; k++) {
                caseNos[o][k] = "M-" + tag + "-" + o + "-" + k;
                cases[o][k] = TestHub.caseInReview(offices[o], caseNos[o][k], officers[o]);
            }
        }
        int n = 0;
        for (Action a : run) {
            int office = a.device() / 2;
            HubClient device = devices.get(a.device());
            switch (a.kind()) {
                case NOTE -> {
                    String text = tag + " note " + n++;
                    MutationResult r = device.push(List.of(mutation(++seq[a.device()], MutationKind.NOTE_ADD,
                            cases[office][a.caseIndex()], 0, json("text", text)))).results().getFirst();
                    assertThat(r.status()).isEqualTo(MutationStatus.APPLIED);
                    notes.get(office).add(text);
                }
                case FOREIGN_NOTE -> {
                    MutationResult r = device.push(List.of(mutation(++seq[a.device()], MutationKind.NOTE_ADD,
                            cases[1 - office][a.caseIndex()], 0, json("text", tag + " foreign " + n++)))).results().getFirst();
                    assertThat(r.status()).as("another office's case takes nothing").isEqualTo(MutationStatus.REJECTED);
                }
                case DECIDE -> {
                    var m = mutation(++seq[a.device()], MutationKind.DECISION_RECORD, cases[office][a.caseIndex()], 0,
                            TestHub.decision(caseNos[office][a.caseIndex()], "UPHELD"));
                    MutationResult r = device.push(List.of(m)).results().getFirst();
                    assertThat(r.status()).isIn(MutationStatus.APPLIED, MutationStatus.CONFLICT_RECORDED);
                    decisions.get(office).add(m.id().toString());
                }
                case PULL -> pullAll(device, a.device());
            }
        }
        for (int d = 0; d < 4; d++) {
            pullAll(devices.get(d), d);
        }
        for (int d = 0; d < 4; d++) {
            int office = d / 2;
            assertThat(seenNotes.get(d)).as("device %d's notes", d).isEqualTo(notes.get(office));
            assertThat(seenDecisions.get(d)).as("device %d's decisions", d).isEqualTo(decisions.get(office));
        }
    }

    private void pullAll(HubClient device, int d) {
        PullResponse page;
        do {
            page = device.pull(cursors[d], 7);
            for (Change c : page.changes()) {
                if (c.entity().equals("note")) {
                    String text = c.payload().path("payload").path("text").asText(c.payload().path("text").asText());
                    assertThat(seenNotes.get(d).add(text)).as("note seen once: " + text).isTrue();
                } else if (c.entity().equals("decision")) {
                    seenDecisions.get(d).add(c.entityId());
                }
            }
            cursors[d] = page.cursor();
        } while (page.hasMore());
    }
}
