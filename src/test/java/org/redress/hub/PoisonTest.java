package org.redress.hub;

import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.MutationStatus;
import org.redress.sync.protocol.ProtocolLimits;
import org.redress.sync.protocol.PullResponse;
import org.redress.sync.protocol.PushResponse;
import org.redress.sync.protocol.ReasonCodes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.hub.HubClient.json;
import static org.redress.hub.HubClient.mutation;

/** G13 at the hub: no single text stops another mutation or another workstation. */
class PoisonTest {

    private final String office = TestHub.newOffice();
    private final HubClient ws = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));

    @Test
    void a_nul_or_control_character_is_refused_in_words_and_the_queue_moves_on() {
        String kase = TestHub.kase(office, "N-1");
        var nested = json("text", "fine");
        nested.putObject("extra").put("deep", "bell\u0007");
        PushResponse r = ws.push(List.of(
                mutation(1, MutationKind.NOTE_ADD, kase, 0, json("text", "before\u0000after")),
                mutation(2, MutationKind.NOTE_ADD, kase, 0, nested),
                mutation(3, MutationKind.NOTE_ADD, kase, 0, json("text", "broken \ud800 half")),
                mutation(4, "note.add\u0000", kase, 0, json("text", "kind")),
                mutation(5, MutationKind.NOTE_ADD, kase, 0, json("text", "tabs\tand\nlines are fine, 中文 too"))));

        assertThat(r.results()).extracting(x -> x.status()).containsExactly(MutationStatus.REJECTED,
                MutationStatus.REJECTED, MutationStatus.REJECTED, MutationStatus.REJECTED, MutationStatus.APPLIED);
        assertThat(r.results().subList(0, 4)).allSatisfy(x -> assertThat(x.code()).isEqualTo(ReasonCodes.TEXT_INVALID));
        assertThat(r.results().get(0).reason()).contains("U+0000").contains("payload.text");
        assertThat(r.results().get(1).reason()).contains("U+0007").contains("payload.extra.deep");
        assertThat(r.lastMutationSeq()).isEqualTo(5);
        // Retried, the refusals come back as they were, not as failures.
        assertThat(ws.push(List.of(mutation(1, MutationKind.NOTE_ADD, kase, 0, json("text", "x\u0000")))).results().getFirst()
                .status()).isEqualTo(MutationStatus.DUPLICATE);
    }

    @Test
    void a_note_over_the_text_limit_is_refused_and_the_next_one_taken() {
        String kase = TestHub.kase(office, "N-2");
        String huge = "x".repeat(ProtocolLimits.MAX_TEXT_BYTES + 1);

        PushResponse r = ws.push(List.of(mutation(1, MutationKind.NOTE_ADD, kase, 0, json("text", huge)),
                mutation(2, MutationKind.NOTE_ADD, kase, 0, json("text", "small"))));

        assertThat(r.results().get(0).status()).isEqualTo(MutationStatus.REJECTED);
        assertThat(r.results().get(0).reason()).contains("longer than 64 KiB");
        assertThat(r.results().get(1).status()).isEqualTo(MutationStatus.APPLIED);
    }

    @Test
    void a_pull_page_is_bounded_by_bytes_as_well_as_by_count() {
        String kase = TestHub.kase(office, "N-3");
        String big = "y".repeat(60_000);
        long seq = 0;
        for (int push = 0; push < 2; push++) {
            List<Mutation> batch = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                batch.add(mutation(++seq, MutationKind.NOTE_ADD, kase, 0, json("text", big, "n", UUID.randomUUID().toString())));
            }
            ws.push(batch);
        }

        PullResponse first = ws.pull(null, 1_000);

        assertThat(first.hasMore()).isTrue();
        assertThat(first.changes().size()).isBetween(2, 80);
        int total = first.changes().size();
        String cursor = first.cursor();
        PullResponse page;
        do {
            page = ws.pull(cursor, 1_000);
            total += page.changes().size();
            cursor = page.cursor();
        } while (page.hasMore());
        assertThat(total).isEqualTo(101); // the case and its hundred notes
    }
}
