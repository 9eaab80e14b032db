package org.redress.ui.casefile;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.redress.casework.CaseFile;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.ui.common.Messages;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The case history in the officer's words: no stored ids, codes or ISO dates reach the screen. */
class HistoryWordingTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant AT = Instant.parse("2026-12-01T02:30:00Z");

    private static HistoryWording english() {
        return new HistoryWording(new Messages(Locale.ENGLISH), ZONE);
    }

    private static HistoryWording chinese() {
        return new HistoryWording(new Messages(Locale.SIMPLIFIED_CHINESE), ZONE);
    }

    private static CaseFile.HistoryLine line(String action, String detail) {
        return new CaseFile.HistoryLine(AT, "Chen Jing", action, null, null, detail);
    }

    @Test
    void an_assignment_names_the_officer_not_their_id_or_account() {
        var demo = new CaseFile.HistoryLine(AT, "Chen Jing", "ASSIGN", CaseStatus.RECEIVED, CaseStatus.ASSIGNED,
                "assignee=5 (wang.fang)", "Wang Fang", List.of());
        var entry = english().entry(demo);
        assertThat(entry.what()).startsWith("Assigned to Wang Fang").doesNotContain("assignee", "5", "wang.fang");
        assertThat(entry.note()).isNull();
        var store = new CaseFile.HistoryLine(AT, "Chen Jing", "REASSIGN", null, null, "officer 7", "Li Qiang", List.of());
        assertThat(english().what(store)).isEqualTo("Reassigned to Li Qiang");
        assertThat(chinese().what(store)).isEqualTo("改派给Li Qiang");
        assertThat(english().what(line("ASSIGNED", "unassigned"))).isEqualTo("Back among the unassigned cases");
    }

    @Test
    void a_decision_line_says_its_outcome_not_its_id() {
        var reversed = new CaseFile.HistoryLine(AT, "Wang Fang", "DECIDE", CaseStatus.DECISION_DRAFTED,
                CaseStatus.DECIDED, "decision=1863", null, List.of(OutcomeKind.REVERSED, OutcomeKind.REVERSED));
        assertThat(english().note(reversed)).isEqualTo("Decision: reversed");
        assertThat(english().what(reversed)).isEqualTo("Decided  Decision drafted → Decided");
        assertThat(chinese().note(reversed)).isEqualTo("决定：撤销");
        var mixed = new CaseFile.HistoryLine(AT, "Wang Fang", "DRAFT_DECISION", null, null, "decision=4", null,
                List.of(OutcomeKind.UPHELD, OutcomeKind.REVERSED));
        assertThat(english().note(mixed)).isEqualTo("Decision: upheld, reversed");
        assertThat(english().note(line("DRAFT_DECISION", "decision=4"))).as("outcomes unknown: nothing").isNull();
        assertThat(english().note(line("DECISION_TRANSLATED", "decision=4 en"))).isEqualTo("Written in English");
    }

    @Test
    void codes_become_words() {
        assertThat(english().note(line("RECEIVED", "MANUAL"))).isEqualTo("Through the counter");
        assertThat(chinese().note(line("RECEIVED", "HUB"))).isEqualTo("来源：中心服务器");
        assertThat(english().note(line("SUBMIT_FOR_APPROVAL", "VOLUNTARY")))
                .isEqualTo("The drafter asked for a second pair of eyes");
        assertThat(english().note(line("SUBMIT_FOR_APPROVAL", "LIST_REMOVAL,RANDOM_SAMPLE")))
                .isEqualTo("A supervisor must approve: it takes the subject off a published list;"
                        + " it falls in the office's random sample");
        assertThat(english().note(line("EXTENSION_REQUESTED", "10 working day(s), COMPLEX_FACTS")))
                .isEqualTo("10 working days · Complex facts");
        assertThat(english().note(line("REOPENED", "NEW_EVIDENCE: the bank wrote again")))
                .isEqualTo("New evidence: the bank wrote again");
        assertThat(english().what(line("SOMETHING_NEW", "x=1"))).isEqualTo("Case updated");
        assertThat(english().note(line("SOMETHING_NEW", "x=1"))).isNull();
    }

    @Test
    void dates_in_a_detail_are_written_the_language_s_way() {
        var paused = line("RESCHEDULED", "clock paused on 2026-12-01; reply by 2026-12-15");
        assertThat(english().note(paused)).isEqualTo("Clock stopped on 1 Dec 2026; the applicant replies by 15 Dec 2026");
        assertThat(english().note(line("RESCHEDULED", "clock resumed on 2026-12-03; deadline 2027-01-08")))
                .isEqualTo("Clock running again from 3 Dec 2026; decide by 8 Jan 2027");
        assertThat(english().note(line("DEADLINE_BREACHED",
                "decision deadline 2026-11-30 passed; flagged to the supervisors")))
                .isEqualTo("The decision deadline of 30 Nov 2026 passed; the supervisors were told");
        assertThat(english().entry(paused).when()).isEqualTo("1 Dec 2026 10:30");
        assertThat(chinese().entry(paused).when()).isEqualTo("2026-12-01 10:30");
    }

    @Test
    void what_an_officer_typed_is_shown_as_typed() {
        assertThat(english().note(line("REQUEST_INFORMATION", "Please send the bank's settlement letter")))
                .isEqualTo("Please send the bank's settlement letter");
        assertThat(chinese().note(line("WITHDRAW", "申请人书面撤回复核申请"))).isEqualTo("申请人书面撤回复核申请");
        assertThat(english().note(line("IDENTIFIER_REVEALED",
                "subject identifier shown in the case view; reason: phone call from the applicant")))
                .isEqualTo("Reason: phone call from the applicant");
        assertThat(english().note(line("LETTER_ISSUED", "RD-L-2026-000012 supersedes RD-L-2026-000009")))
                .isEqualTo("Letter RD-L-2026-000012, replacing RD-L-2026-000009");
    }

    @Property(tries = 200)
    void no_stored_internal_reaches_the_screen(@ForAll("actions") String action, @ForAll("internals") String detail,
                                                @ForAll boolean zh) {
        HistoryWording wording = zh ? chinese() : english();
        var entry = wording.entry(line(action, detail));
        String shown = entry.what() + " " + (entry.note() == null ? "" : entry.note());
        assertThat(shown).doesNotContainPattern("\\w=\\d").doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b").doesNotContain("MANUAL", "HUB", "VOLUNTARY").doesNotContainPattern("officer \\d");
        if (!zh) {
            // Chinese dates are written yyyy-MM-dd; English ones never in ISO form.
            assertThat(shown).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        }
    }

    @Provide
    Arbitrary<String> actions() {
        return Arbitraries.of("RECEIVED", "ASSIGN", "ASSIGNED", "REASSIGN", "STATUS_CHANGED", "DRAFT_DECISION",
                "APPROVE", "RETURN_DRAFT", "DECIDE", "SUBMIT_FOR_APPROVAL", "RESCHEDULED", "ACKNOWLEDGED",
                "EXTENSION_REQUESTED", "EXTENSION_APPROVED", "DEADLINE_BREACHED", "DECISION_TRANSLATED",
                "LETTER_ISSUED", "IDENTIFIER_REVEALED", "SOME_FUTURE_ACTION");
    }

    @Provide
    Arbitrary<String> internals() {
        return Arbitraries.of("decision=1863", "assignee=5 (wang.fang)", "assignee=5 (wang.fang); was 7", "officer 5",
                "MANUAL", "HUB", "VOLUNTARY", "LIST_REMOVAL,RESTORES_POINTS_ABOVE_THRESHOLD",
                "clock paused on 2026-12-01; reply by 2026-12-15", "clock resumed on 2026-12-03",
                "reopened on 2026-12-03; deadline 2027-01-08", "extended by 5 working day(s); deadline 2027-01-08",
                "request for information lapsed after 2026-12-01; clock runs again from 2026-12-02; deadline 2027-01-08",
                "receipt acknowledged on 2026-12-01, after 2026-11-28", "3 working day(s), LATE_EVIDENCE",
                "decision deadline 2026-11-30 passed; flagged to the supervisors", "decision=4 zh",
                "subject identifier shown in the case view to the assigned officer");
    }
}
