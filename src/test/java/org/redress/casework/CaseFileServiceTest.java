package org.redress.casework;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Officer;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.ReasonCode;
import org.redress.domain.appeal.Rejection;
import org.redress.domain.ledger.ScorePoint;
import org.redress.domain.scheme.SchemeKind;
import org.redress.store.QueueFilter;
import org.redress.store.QueueOrder;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CaseFileServiceTest {

    private static CaseworkFixture fixture;
    private static CaseFileService files;

    @BeforeAll
    static void workspace() {
        fixture = CaseworkFixture.create();
        files = fixture.caseFiles();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static CaseFile inReviewUnderPoints(Officer viewer) {
        return fixture.cases(CaseStatus.IN_REVIEW).stream()
                .filter(l -> l.schemeCode().equals("RONGCHENG_POINTS"))
                .map(l -> files.load(l.caseId(), viewer))
                .filter(f -> f.ledger().size() >= 2)
                .findFirst().orElseThrow();
    }

    @Test
    void the_file_shows_the_subject_with_a_masked_identifier_only() {
        CaseFile file = inReviewUnderPoints(fixture.officer("wang.fang"));

        assertThat(file.subject().maskedIdentifier()).contains("********");
        assertThat(file.subject().name()).isNotBlank();
        String full = fixture.database.read(c -> new org.redress.store.SubjectRepository(c)
                .byId(file.subject().id()).orElseThrow().identifier());
        assertThat(file.subject().toString()).doesNotContain(full);
        assertThat(file.subject().maskedIdentifier()).isNotEqualTo(full);
    }

    @Test
    void the_disputed_entries_come_with_their_rule_and_agency_and_are_marked_on_the_timeline() {
        CaseFile file = inReviewUnderPoints(fixture.officer("wang.fang"));

        assertThat(file.disputed()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.rule()).isNotNull();
            assertThat(d.agencyName().zh()).isNotBlank();
            assertThat(file.isDisputed(d.entry().id())).isTrue();
        });
        assertThat(file.scheme().kind()).isEqualTo(SchemeKind.POINTS);
        assertThat(files.timeline(fixture.reader(), file)).extracting(ScorePoint::eventId)
                .contains(file.disputed().getFirst().entry().id());
        assertThat(file.standing().score()).isNotNull();
    }

    @Test
    void only_the_assignee_is_offered_the_review_actions() {
        var line = fixture.cases(CaseStatus.IN_REVIEW).getFirst();
        CaseFile asAnyone = files.load(line.caseId(), fixture.officer("wang.fang"));
        long assigneeId = asAnyone.appeal().assigneeId();
        String assignee = fixture.demo.accounts().stream().filter(o -> o.id() == assigneeId).findFirst().orElseThrow()
                .username();
        String other = assignee.equals("li.qiang") ? "zhang.min" : "li.qiang";

        CaseFile mine = files.load(line.caseId(), fixture.officer(assignee));
        CaseFile theirs = files.load(line.caseId(), fixture.officer(other));

        assertThat(mine.legalActions()).contains(CaseAction.REQUEST_INFORMATION, CaseAction.MARK_NOT_ADMISSIBLE);
        assertThat(theirs.legalActions()).doesNotContain(CaseAction.REQUEST_INFORMATION, CaseAction.START_REVIEW)
                .contains(CaseAction.REASSIGN, CaseAction.WITHDRAW);
    }

    @Test
    void an_officer_seconded_from_the_issuing_agency_must_stand_aside_and_is_offered_no_review() {
        QueueLine line = fixture.queue().rows(fixture.reader(), QueueFilter.open().withAgency("RC-TRAFFIC"), QueueOrder.BY_DEADLINE, 0, 1)
                .getFirst();

        CaseFile file = files.load(line.caseId(), fixture.officer("zhao.lei"));

        assertThat(file.recusal().mustStandAside()).isTrue();
        assertThat(file.recusal().reasons()).extracting(Rejection::code).contains(ReasonCode.WORKS_FOR_ISSUING_AGENCY);
        assertThat(file.legalActions()).doesNotContain(CaseAction.START_REVIEW, CaseAction.REQUEST_INFORMATION,
                CaseAction.DRAFT_DECISION, CaseAction.DECIDE);
    }

    @Test
    void an_auditor_reads_the_file_and_is_offered_nothing() {
        var line = fixture.cases(CaseStatus.RECEIVED).getFirst();

        CaseFile file = files.load(line.caseId(), fixture.officer("sun.li"));

        assertThat(file.legalActions()).isEmpty();
        assertThat(file.history()).isNotEmpty();
    }

    @Test
    void the_history_names_who_acted_and_other_open_cases_of_the_subject_are_listed() {
        var line = fixture.cases(CaseStatus.IN_REVIEW).getFirst();

        CaseFile file = files.load(line.caseId(), fixture.officer("wang.fang"));

        assertThat(file.history().getFirst().action()).isEqualTo("RECEIVED");
        assertThat(file.history()).anyMatch(h -> h.actorName() != null && !h.actorName().startsWith("#"));
        assertThat(file.otherOpenCases()).allSatisfy(o -> {
            assertThat(o.caseId()).isNotEqualTo(line.caseId());
            assertThat(o.status().isOpen()).isTrue();
        });
    }

    @Test
    void a_case_is_found_by_its_number() {
        var line = fixture.cases(CaseStatus.DECIDED).getFirst();

        assertThat(files.idOf(fixture.reader(), line.caseNo())).contains(line.caseId());
        assertThat(files.idOf(fixture.reader(), "RD-1999-000001")).isEmpty();
        assertThat(Set.of(line.status())).containsExactly(CaseStatus.DECIDED);
    }

    @Test
    void a_reported_score_the_ledger_does_not_give_is_marked_with_both_numbers_and_one_that_agrees_is_not() {
        // The demo's agencies reported the score after the latest entry on some ledgers; a few are off.
        java.util.List<long[]> reported = fixture.database.read(c -> {
            java.util.List<long[]> rows = new java.util.ArrayList<>();
            try (var rs = c.createStatement().executeQuery("""
                    SELECT min(a.id), l.id, l.reported_score FROM ledger_event l
                    JOIN appeal_case a ON a.subject_id = l.subject_id AND a.scheme_code = l.scheme_code
                    WHERE l.reported_score IS NOT NULL AND l.scheme_code = 'RONGCHENG_POINTS' GROUP BY l.id""")) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                }
            }
            return rows;
        });
        int differing = 0;
        int agreeing = 0;
        for (long[] r : reported) {
            CaseFile file = files.load(r[0], fixture.reader());
            var entry = file.ledger().stream().filter(e -> e.id() == r[1]).findFirst().orElseThrow();
            int ledgerGives = org.redress.domain.ledger.LedgerDerivation.standingAt(file.scheme(),
                    CaseworkFixture.CATALOG, file.ledger(), entry.imposedOn()).score();
            var marks = files.reportedScores(fixture.reader(), file).stream()
                    .filter(m -> m.reference().equals(entry.reference())).toList();
            if (ledgerGives == r[2]) {
                agreeing++;
                assertThat(marks).isEmpty();
            } else {
                differing++;
                assertThat(marks).singleElement().satisfies(m -> {
                    assertThat(m.reported()).isEqualTo((int) r[2]);
                    assertThat(m.recomputed()).isEqualTo(ledgerGives);
                    assertThat(m.at()).isEqualTo(entry.imposedOn());
                    assertThat(m.agencyCode()).isEqualTo(entry.agencyCode());
                });
            }
        }
        assertThat(agreeing).as("reported scores that agree").isPositive();
        assertThat(differing).as("reported scores that differ").isPositive();
    }
}
