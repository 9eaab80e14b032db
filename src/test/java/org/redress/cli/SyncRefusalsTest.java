package org.redress.cli;

import org.junit.jupiter.api.Test;
import org.redress.sync.OutboxRow;
import org.redress.sync.OutboxState;
import org.redress.sync.RefusalWords;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code redress sync} lists what the hub refused, each in the officer's language by its reason code. */
class SyncRefusalsTest {

    private static OutboxRow refused(long seq, String kind, RefusalWords words) {
        return new OutboxRow(seq, UUID.randomUUID(), kind, UUID.randomUUID().toString(), 3, "{}", Instant.EPOCH,
                OutboxState.REJECTED, words.hubReason(), "RD-2026-000123", words);
    }

    @Test
    void a_domain_refusal_is_worded_from_the_bundle_and_a_protocol_one_keeps_the_hubs_details() {
        List<OutboxRow> rows = List.of(
                refused(7, "decision.record", new RefusalWords("NOT_THE_ASSIGNEE", List.of(),
                        "the case is assigned to another officer; reassign it first")),
                refused(8, "case.action", new RefusalWords("NOT_IN_REVIEW", List.of("given a draft decision", "assigned"),
                        "the case must be in review to be given a draft decision; it is assigned")),
                refused(9, "note.add", new RefusalWords("CASE_UNKNOWN", List.of(), "The hub holds no case 1234.")),
                refused(10, "note.add", new RefusalWords(null, List.of(), "an old refusal with no code")));

        String english = SyncCommand.refusals(rows, 12, Locale.ENGLISH);
        String chinese = SyncCommand.refusals(rows, 12, Locale.SIMPLIFIED_CHINESE);

        assertThat(english).contains("#7 decision.record RD-2026-000123: The case is assigned to another officer; reassign it first.")
                .contains("#8 case.action RD-2026-000123: The case must be in review to be given a draft decision; it is assigned.")
                .contains("#9 note.add RD-2026-000123: The hub does not hold this case yet: The hub holds no case 1234.")
                .contains("#10 note.add RD-2026-000123: an old refusal with no code")
                .contains("… and 8 more");
        assertThat(chinese).doesNotContain("assigned to another officer").contains("中心尚无此案件：The hub holds no case 1234.");
    }
}
