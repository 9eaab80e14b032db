package org.redress.casework;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Officer;
import org.redress.domain.appeal.ApprovalReason;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.FourEyesPolicy;
import org.redress.domain.appeal.ReasonCode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FourEyesTest {

    private static CaseworkFixture fixture;
    private static DecisionService decisions;
    private static List<CaseFile> reviewed;

    @BeforeAll
    static void workspace() {
        fixture = CaseworkFixture.create();
        decisions = new DecisionService(fixture.database, CaseworkFixture.CATALOG,
                CaseworkFixture.clockOn(CaseworkFixture.TODAY));
        reviewed = fixture.cases(CaseStatus.IN_REVIEW).stream()
                .map(l -> fixture.caseFiles().load(l.caseId(), fixture.officer("sun.li")))
                .filter(f -> f.appeal().assigneeId() != null && !f.disputed().isEmpty()
                        && f.disputed().stream().allMatch(d -> d.entry().points() < 0))
                .toList();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static Officer assignee(CaseFile file) {
        return fixture.demo.accounts().stream().filter(o -> o.id() == file.appeal().assigneeId()).findFirst()
                .orElseThrow().asOfficer();
    }

    private static List<DeductionOutcome> reverseAll(CaseFile file) {
        return file.disputed().stream().map(d -> DeductionOutcome.reversed(d.entry().id(), "Restore")).toList();
    }

    private static CaseFile firstWhere(java.util.function.Predicate<ApprovalNeed> wanted) {
        return reviewed.stream().filter(f -> wanted.test(decisions.approvalNeed(f.appeal().id(), assignee(f),
                reverseAll(f)))).findFirst().orElseThrow();
    }

    @Test
    void the_policy_takes_each_schemes_threshold_from_the_catalog_and_the_sample_rate_from_the_settings() {
        FourEyesPolicy policy = FourEyes.policy(CaseworkFixture.CATALOG, Map.of(FourEyes.SAMPLE_RATE, "0.25",
                FourEyes.THRESHOLD_PREFIX + "RONGCHENG_POINTS", "7"));

        assertThat(policy.sampleRate()).isEqualTo(0.25);
        assertThat(policy.thresholdFor("RONGCHENG_POINTS")).isEqualTo(7);
        assertThat(FourEyes.policy(CaseworkFixture.CATALOG, Map.of(FourEyes.SAMPLE_RATE, "ten percent")).sampleRate())
                .isEqualTo(FourEyes.DEFAULT_SAMPLE_RATE);
    }

    @Test
    void a_small_reversal_outside_the_sample_is_decided_by_its_drafter_alone() {
        CaseFile file = firstWhere(need -> !need.needed());
        Officer drafter = assignee(file);

        var drafted = ((ActionResult.Done) decisions.saveDraft(file.appeal().id(), file.appeal().version(), drafter,
                reverseAll(file), "Entered in error.", "Article 28")).appeal();
        CaseFile read = fixture.caseFiles().load(file.appeal().id(), drafter);

        assertThat(read.approval().needed()).isFalse();
        assertThat(read.legalActions()).contains(CaseAction.DECIDE, CaseAction.SUBMIT_FOR_APPROVAL);
        ActionResult decided = fixture.actions(CaseworkFixture.TODAY).take(drafted.id(), drafted.version(),
                CaseAction.DECIDE, drafter, null);
        assertThat(((ActionResult.Done) decided).appeal().status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void a_reversal_above_the_threshold_must_go_to_a_supervisor_and_deciding_alone_is_refused() {
        CaseFile file = firstWhere(need -> need.reasons().contains(ApprovalReason.RESTORES_POINTS_ABOVE_THRESHOLD));
        Officer drafter = assignee(file);

        var drafted = ((ActionResult.Done) decisions.saveDraft(file.appeal().id(), file.appeal().version(), drafter,
                reverseAll(file), "Entered in error.", "Article 28")).appeal();
        CaseFile read = fixture.caseFiles().load(file.appeal().id(), drafter);

        assertThat(read.approval().reasons()).contains(ApprovalReason.RESTORES_POINTS_ABOVE_THRESHOLD);
        assertThat(read.approval().threshold()).isPositive();
        assertThat(read.legalActions()).doesNotContain(CaseAction.DECIDE).contains(CaseAction.SUBMIT_FOR_APPROVAL);
        ActionResult alone = fixture.actions(CaseworkFixture.TODAY).take(drafted.id(), drafted.version(),
                CaseAction.DECIDE, drafter, null);
        assertThat(((ActionResult.Refused) alone).rejection().code()).isEqualTo(ReasonCode.APPROVAL_REQUIRED);
    }

    @Test
    void upholding_everything_needs_no_approval_unless_sampled() {
        CaseFile file = reviewed.getFirst();
        List<DeductionOutcome> upheld = file.disputed().stream().map(d -> DeductionOutcome.upheld(d.entry().id())).toList();

        ApprovalNeed need = decisions.approvalNeed(file.appeal().id(), assignee(file), upheld);

        assertThat(need.reasons()).isSubsetOf(ApprovalReason.RANDOM_SAMPLE);
    }
}
