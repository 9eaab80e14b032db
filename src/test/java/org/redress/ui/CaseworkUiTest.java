package org.redress.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.casework.ActionResult;
import org.redress.casework.AttachmentLine;
import org.redress.casework.CaseFile;
import org.redress.casework.DecisionService;
import org.redress.casework.CaseworkFixture;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.ApprovalReason;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.appeal.ReasonCode;
import org.redress.store.CaseRow;
import org.redress.ui.common.FxRuntime;
import org.redress.ui.shell.Screen;
import org.redress.ui.shell.ShellView;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Casework on screen: attaching evidence, a decision that needs a second pair of eyes approved by a
 * supervisor, a drafter refused the approval of their own draft, and the keyboard-only way from the
 * queue to a saved draft.
 */
class CaseworkUiTest extends WorkstationUiBase {

    @TempDir
    Path files;

    private String username(long officerId) {
        return fixture.demo.accounts().stream().filter(o -> o.id() == officerId).findFirst().orElseThrow().username();
    }

    private Officer officer(long officerId) {
        return fixture.officer(username(officerId));
    }

    private DecisionService decisions() {
        return new DecisionService(fixture.database, CaseworkFixture.CATALOG, CaseworkFixture.clockOn(CaseworkFixture.TODAY));
    }

    private static List<DeductionOutcome> reverseAll(CaseFile file) {
        return file.disputed().stream().map(d -> DeductionOutcome.reversed(d.entry().id(), "Restore")).toList();
    }

    /** A case in review whose assignee has the role, and whose reversal in full has the four-eyes verdict wanted. */
    private CaseFile reviewed(Role assigneeRole, Predicate<java.util.Set<ApprovalReason>> wanted, int skip) {
        return fixture.cases(CaseStatus.IN_REVIEW).stream()
                .map(l -> fixture.caseFiles().load(l.caseId(), fixture.officer("sun.li")))
                .filter(f -> f.appeal().assigneeId() != null && officer(f.appeal().assigneeId()).role() == assigneeRole)
                .filter(f -> !f.disputed().isEmpty() && f.disputed().stream().allMatch(d -> d.entry().points() < 0))
                .filter(f -> f.recusal().reasons().isEmpty())
                .filter(f -> wanted.test(decisions().approvalNeed(f.appeal().id(), officer(f.appeal().assigneeId()),
                        reverseAll(f)).reasons()))
                .skip(skip).findFirst().orElseThrow();
    }

    private void openCase(ShellView shell, long caseId) {
        FxRuntime.run(() -> shell.model().openCase(caseId));
        waitUntil(() -> shell.caseModel() != null && shell.caseModel().fileProperty().get() != null
                && shell.caseModel().fileProperty().get().appeal().id() == caseId);
    }

    @Test
    void a_chosen_file_is_attached_with_source_and_reason_and_the_same_file_again_is_reported() throws IOException {
        CaseFile target = reviewed(Role.OFFICER, r -> true, 0);
        Path receipt = Files.writeString(files.resolve("repayment-receipt.txt"), "Loan 2024-118 repaid in full.");
        ShellView shell = signInAs(username(target.appeal().assigneeId()));
        openCase(shell, target.appeal().id());
        FxRuntime.run(() -> shell.caseView().chooseFilesWith(owner -> List.of(receipt)));

        robot.clickOn("#evidence-attach");
        waitUntil(() -> node("#attach-form").isVisible());
        assertThat(text("#attach-files")).isEqualTo("Attach repayment-receipt.txt");
        assertThat(node("#attach-confirm").isDisabled()).as("a reason is required").isTrue();
        robot.clickOn("#attach-reason").write("The bank confirms the loan was repaid");
        robot.clickOn("#attach-confirm");
        waitUntil(() -> text("#attach-outcome").contains("is attached"));

        ListView<AttachmentLine> list = node("#evidence-list");
        AttachmentLine added = FxRuntime.call(() -> list.getItems().getLast());
        assertThat(added.fileName()).isEqualTo("repayment-receipt.txt");
        assertThat(added.reason()).isEqualTo("The bank confirms the loan was repaid");
        assertThat(added.source()).isEqualTo("OFFICER_SCAN");
        assertThat(context.evidence().file(fixture.reader(), added.sha256())).hasContent("Loan 2024-118 repaid in full.");
        assertThat(node("#attach-form").isVisible()).isFalse();

        robot.clickOn("#evidence-attach");
        robot.clickOn("#attach-reason").write("again");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text("#attach-outcome").contains("already attached"));
        assertThat(FxRuntime.call(() -> list.getItems().size())).isEqualTo(target.attachments().size() + 1);
    }

    @Test
    void files_dropped_on_the_evidence_wait_for_a_reason_and_an_oversized_one_is_refused_in_words() throws IOException {
        CaseFile target = reviewed(Role.OFFICER, r -> true, 1);
        Path big = files.resolve("dashcam.mp4");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(60L * 1024 * 1024);
        }
        ShellView shell = signInAs(username(target.appeal().assigneeId()));
        openCase(shell, target.appeal().id());

        // What a drop hands over (the Headless platform has no native drag and drop).
        FxRuntime.run(() -> shell.caseView().attachModel().offer(List.of(big)));
        waitUntil(() -> !text("#attach-outcome").isEmpty());

        // Refused as soon as it is offered: no reason is asked for a file that cannot be attached.
        assertThat(node("#attach-form").isVisible()).isFalse();
        assertThat(text("#attach-outcome")).isEqualTo(
                "dashcam.mp4 is 60.0 MB: evidence files may be at most 50.0 MB. Nothing was attached.");
        javafx.scene.control.Label outcome = node("#attach-outcome");
        assertThat(FxRuntime.call(() -> LabelOverflow.cut(outcome.getParent()))).as("the refusal is read whole").isEmpty();
        assertThat(FxRuntime.call(() -> outcome.getHeight() >= outcome.prefHeight(outcome.getWidth()) - 0.5))
                .as("the refusal's lines all show").isTrue();
        assertThat(fixture.caseFiles().load(target.appeal().id(), fixture.officer("sun.li")).attachments())
                .hasSameSizeAs(target.attachments());
    }

    @Test
    void messages_stay_with_the_case_they_were_given_on() throws IOException {
        // From the end of the queue: the other tests take theirs from its start.
        List<CaseFile> inReview = fixture.cases(CaseStatus.IN_REVIEW).reversed().stream()
                .map(l -> fixture.caseFiles().load(l.caseId(), fixture.officer("sun.li")))
                .filter(f -> f.appeal().assigneeId() != null && officer(f.appeal().assigneeId()).role() == Role.OFFICER)
                .filter(f -> f.recusal().reasons().isEmpty())
                .toList();
        CaseFile first = inReview.getFirst();
        String officer = username(first.appeal().assigneeId());
        CaseFile second = inReview.stream()
                .filter(f -> f.appeal().id() != first.appeal().id())
                .filter(f -> first.appeal().assigneeId().equals(f.appeal().assigneeId()))
                .findFirst().orElseThrow();
        Path receipt = Files.writeString(files.resolve("receipt.png"), "not really a picture");
        ShellView shell = signInAs(officer);
        openCase(shell, first.appeal().id());
        FxRuntime.run(() -> shell.caseView().chooseFilesWith(owner -> List.of(receipt)));
        robot.clickOn("#evidence-attach");
        waitUntil(() -> node("#attach-form").isVisible());
        robot.clickOn("#attach-reason").write("Receipt handed in at the counter");
        robot.clickOn("#attach-confirm");
        waitUntil(() -> text("#attach-outcome").equals("receipt.png is attached."));
        FxRuntime.run(() -> shell.caseModel().take(CaseAction.REQUEST_INFORMATION, "The bank statement for May"));
        waitUntil(() -> robot.lookup("#case-message").tryQuery().isPresent());
        assertThat(text("#case-message")).startsWith("Information requested");
        // Something typed for the next file, then the officer moves on.
        FxRuntime.run(() -> shell.caseView().attachModel().offer(List.of(receipt)));
        waitUntil(() -> node("#attach-form").isVisible());

        openCase(shell, second.appeal().id());
        settle();
        assertThat(robot.lookup("#case-message").tryQuery()).as("the other case's banner").isEmpty();
        assertThat(node("#attach-outcome").isVisible()).as("the other case's attachment outcome").isFalse();
        assertThat(node("#attach-form").isVisible()).as("files offered for the other case").isFalse();

        openCase(shell, first.appeal().id());
        settle();
        assertThat(robot.lookup("#case-message").tryQuery()).as("a banner from an earlier visit").isEmpty();
        assertThat(node("#attach-outcome").isVisible()).isFalse();
    }

    @Test
    void a_supervisor_hands_a_case_to_another_officer_and_never_to_one_who_must_stand_aside() {
        Officer supervisor = fixture.officer("liu.yang");
        var service = fixture.actions(CaseworkFixture.TODAY);
        // A case in review with someone listed who must stand aside (a seconded officer of its agency).
        CaseFile target = fixture.cases(CaseStatus.IN_REVIEW).reversed().stream()
                .map(l -> fixture.caseFiles().load(l.caseId(), fixture.officer("sun.li")))
                .filter(f -> f.appeal().assigneeId() != null && officer(f.appeal().assigneeId()).role() == Role.OFFICER)
                .filter(f -> service.assignables(f.appeal().id(), supervisor).stream()
                        .anyMatch(org.redress.casework.CaseActionService.Assignable::mustStandAside))
                .skip(1).findFirst().orElseThrow();
        var listed = service.assignables(target.appeal().id(), supervisor);
        var recused = listed.stream().filter(a -> a.mustStandAside()).findFirst().orElseThrow();
        var next = listed.stream().filter(a -> !a.mustStandAside() && !a.current()
                && a.role() == Role.OFFICER).findFirst().orElseThrow();
        assertThat(listed).filteredOn(a -> a.current()).singleElement()
                .extracting(a -> a.officerId()).isEqualTo(target.appeal().assigneeId());
        assertThat(listed).allSatisfy(a -> assertThat(a.role().worksCases()).isTrue());
        assertThat(service.assignables(target.appeal().id(), officer(target.appeal().assigneeId()))).isEmpty();
        assertThat(service.assignTo(target.appeal().id(), target.appeal().version(), supervisor, recused.officerId()))
                .isInstanceOfSatisfying(ActionResult.Refused.class,
                        r -> assertThat(r.rejection().code()).isEqualTo(ReasonCode.RECUSED));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.assignTo(target.appeal().id(),
                        target.appeal().version(), officer(target.appeal().assigneeId()), next.officerId()))
                .isInstanceOf(org.redress.security.AccessDenied.class);

        ShellView shell = signInAs("liu.yang");
        openCase(shell, target.appeal().id());
        waitUntil(() -> robot.lookup("#assign-to").tryQuery().isPresent());
        javafx.scene.control.ComboBox<org.redress.casework.CaseActionService.Assignable> picker = node("#assign-to");
        assertThat(FxRuntime.call(() -> List.copyOf(picker.getItems()))).isEqualTo(listed);
        FxRuntime.run(() -> picker.setValue(recused));
        assertThat(node("#assign-to-confirm").isDisabled()).as("one who must stand aside").isTrue();
        FxRuntime.run(() -> picker.setValue(next));
        robot.clickOn("#assign-to-confirm");

        waitUntil(() -> java.util.Objects.equals(row(target.appeal().id()).assigneeId(), next.officerId()));
        waitUntil(() -> robot.lookup("#case-message").tryQuery().isPresent());
        assertThat(text("#case-message")).isEqualTo("Case " + target.appeal().caseNo() + " is now assigned to "
                + next.displayName() + ".");
        assertThat(row(target.appeal().id()).status()).isEqualTo(CaseStatus.IN_REVIEW);
    }

    @Test
    void a_decision_that_needs_approval_is_submitted_then_approved_by_a_supervisor() {
        CaseFile target = reviewed(Role.OFFICER, r -> r.contains(ApprovalReason.RESTORES_POINTS_ABOVE_THRESHOLD), 0);
        ShellView shell = signInAs(username(target.appeal().assigneeId()));
        openCase(shell, target.appeal().id());
        robot.clickOn("#action-decide");
        waitUntil(() -> shell.decisionModel() != null && shell.decisionModel().file() != null);
        // The applicant's grounds and statement are in view beside the reasons being written.
        waitUntil(() -> robot.lookup("#decision-grounds").tryQuery().isPresent());
        assertThat(text("#decision-statement")).isEqualTo(target.appeal().statement().isBlank() ? "—"
                : target.appeal().statement());
        assertThat(FxRuntime.call(() -> ((javafx.scene.layout.Pane) node("#decision-grounds-list")).getChildren().size()))
                .isEqualTo(target.appeal().grounds().size());
        FxRuntime.run(() -> shell.decisionModel().lines().forEach(l -> l.kindProperty().set(OutcomeKind.REVERSED)));
        waitUntil(() -> robot.lookup("#decision-approval-headline").tryQuery().isPresent()
                && text("#decision-approval-headline").startsWith("A supervisor must approve"));
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().contains("the scheme's threshold")).tryQuery()).isPresent();
        robot.clickOn("#decision-reasons-zh").write("作出机关已撤回该记录。");
        robot.clickOn("#decision-reasons-en").write("The agency withdrew the record.");
        waitUntil(() -> !node("#decision-save").isDisabled());
        robot.clickOn("#decision-save");
        waitUntil(() -> shell.model().screenProperty().get() == Screen.CASE
                && robot.lookup("#action-submit-for-approval").tryQuery().isPresent());
        assertThat(text("#case-approval")).startsWith("A supervisor must approve");
        assertThat(robot.lookup("#action-decide-alone").tryQuery()).isEmpty();
        robot.clickOn("#action-submit-for-approval");
        waitUntil(() -> row(target.appeal().id()).status() == CaseStatus.AWAITING_APPROVAL);

        FxRuntime.run(() -> window.showSignIn());
        ShellView supervisor = signInAs("liu.yang");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        openCase(supervisor, target.appeal().id());
        robot.clickOn("#action-approve");
        waitUntil(() -> robot.lookup("#confirm-yes").tryQuery().isPresent());
        robot.clickOn("#confirm-yes");

        waitUntil(() -> row(target.appeal().id()).status() == CaseStatus.DECIDED);
        assertThat(text("#case-message")).isEqualTo("The decision on " + target.appeal().caseNo() + " is approved.");
    }

    @Test
    void a_supervisor_cannot_approve_their_own_draft_on_screen_or_through_the_service() {
        // The demo assigns reviews to officers: the supervisor takes one over and drafts it herself.
        CaseFile target = reviewed(Role.OFFICER, r -> !r.isEmpty(), 1);
        Officer drafter = fixture.officer("chen.jing");
        CaseRow taken = ((ActionResult.Done) fixture.actions(CaseworkFixture.TODAY).take(target.appeal().id(),
                target.appeal().version(), CaseAction.REASSIGN, drafter, null)).appeal();
        var drafted = ((ActionResult.Done) decisions().saveDraft(taken.id(), taken.version(), drafter,
                reverseAll(target), "Entered in error.", "Article 28")).appeal();
        CaseRow submitted = ((ActionResult.Done) fixture.actions(CaseworkFixture.TODAY).take(drafted.id(),
                drafted.version(), CaseAction.SUBMIT_FOR_APPROVAL, drafter, null)).appeal();

        ShellView shell = signInAs("chen.jing");
        openCase(shell, target.appeal().id());

        Button approve = node("#action-approve");
        assertThat(approve.isDisabled()).isTrue();
        assertThat(text("#approve-refused")).contains("drafted a decision can never approve it");
        ActionResult byService = context.caseActions().take(submitted.id(), submitted.version(), CaseAction.APPROVE,
                drafter, "my own");
        assertThat(((ActionResult.Refused) byService).rejection().code()).isEqualTo(ReasonCode.DRAFTER_CANNOT_APPROVE);
        assertThat(row(target.appeal().id()).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
    }

    @Test
    void keys_alone_lead_from_the_queue_to_a_saved_draft() {
        CaseFile target = reviewed(Role.OFFICER, r -> true, 2);
        String caseNo = target.appeal().caseNo();
        ShellView shell = signInAs(username(target.appeal().assigneeId()));

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write(caseNo).type(KeyCode.ENTER);
        waitUntil(() -> shell.queueModel().totalProperty().get() == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> shell.caseModel() != null && shell.caseModel().fileProperty().get() != null
                && shell.caseModel().fileProperty().get().appeal().id() == target.appeal().id());
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        waitUntil(() -> shell.decisionModel() != null && shell.decisionModel().file() != null
                && shell.model().screenProperty().get() == Screen.DECISION);
        for (int i = 0; i < 20 && !focused("decision-reasons-zh"); i++) {
            robot.type(KeyCode.TAB);
            settle();
        }
        assertThat(focused("decision-reasons-zh")).as("Tab reaches the written reasons").isTrue();
        robot.write("原记录准确，扣分维持。");
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        for (int i = 0; i < 20 && !focused("decision-reasons-en"); i++) {
            robot.type(KeyCode.TAB);
            settle();
        }
        assertThat(focused("decision-reasons-en")).as("Tab reaches the English reasons").isTrue();
        robot.write("The deduction stands: the record is accurate.");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        waitUntil(() -> row(target.appeal().id()).status() == CaseStatus.DECISION_DRAFTED);
        waitUntil(() -> shell.model().screenProperty().get() == Screen.CASE);
    }

    private boolean focused(String id) {
        return FxRuntime.call(() -> {
            Node owner = scene.getFocusOwner();
            return owner != null && id.equals(owner.getId());
        });
    }

    @Test
    void the_history_speaks_in_words_not_ids_codes_or_iso_dates() {
        CaseFile target = fixture.cases(CaseStatus.DECIDED).stream()
                .map(l -> fixture.caseFiles().load(l.caseId(), fixture.officer("sun.li")))
                .filter(f -> f.history().stream().anyMatch(h -> h.detail() != null && h.detail().startsWith("assignee=")))
                .filter(f -> f.history().stream().anyMatch(h -> !h.decisionOutcomes().isEmpty()))
                .findFirst().orElseThrow();
        ShellView shell = signInAs("sun.li");
        openCase(shell, target.appeal().id());
        robot.clickOn("#tab-history");
        waitUntil(() -> robot.lookup("#case-history").tryQuery().isPresent());

        List<String> shown = FxRuntime.call(() -> robot.lookup("#case-history").queryAll().stream()
                .flatMap(n -> n.lookupAll(".label").stream())
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList());
        assertThat(shown).isNotEmpty();
        assertThat(shown).noneMatch(t -> t.contains("decision=") || t.contains("assignee=") || t.contains("officer "))
                .noneMatch(t -> t.matches(".*\\b(HUB|MANUAL|IMPORT|VOLUNTARY)\\b.*"))
                .noneMatch(t -> t.matches(".*\\b[A-Z]+_[A-Z_]+\\b.*"))
                .noneMatch(t -> t.matches(".*\\d{4}-\\d{2}-\\d{2}.*"));
        assertThat(shown).anyMatch(t -> t.startsWith("Assigned to "));
        assertThat(shown).anyMatch(t -> t.startsWith("Decision: "));
    }

    @Test
    void each_action_asks_for_its_own_reason_and_a_reason_typed_for_one_never_arms_another() {
        CaseFile target = reviewed(Role.OFFICER, r -> true, 2);
        ShellView shell = signInAs(username(target.appeal().assigneeId()));
        openCase(shell, target.appeal().id());
        assertThat(robot.lookup("#action-detail").tryQuery()).as("no shared reason field").isEmpty();
        assertThat(node("#action-request-information").isDisabled()).isFalse();
        assertThat(node("#action-withdraw").isDisabled()).isFalse();

        robot.clickOn("#action-request-information");
        waitUntil(() -> robot.lookup("#reason-request-information").tryQuery().isPresent());
        assertThat(text("#reason-question")).isEqualTo("What does the applicant need to send?");
        assertThat(node("#reason-submit").isDisabled()).as("nothing typed yet").isTrue();
        robot.clickOn("#reason-request-information").write("The bank's settlement letter");
        assertThat(node("#reason-submit").isDisabled()).isFalse();

        robot.clickOn("#action-withdraw");
        waitUntil(() -> robot.lookup("#reason-withdraw").tryQuery().isPresent());
        assertThat(robot.lookup("#reason-request-information").tryQuery()).isEmpty();
        assertThat(text("#reason-question")).isEqualTo("How did the applicant withdraw the appeal?");
        assertThat(FxRuntime.call(() -> ((javafx.scene.control.TextArea) node("#reason-withdraw")).getText())).isEmpty();
        assertThat(node("#reason-submit").isDisabled()).as("the request typed before does not arm the withdrawal").isTrue();
        assertThat(text("#reason-submit")).isEqualTo("Yes, record withdrawal");

        robot.clickOn("#reason-cancel");
        waitUntil(() -> robot.lookup("#reason-prompt").tryQuery().isEmpty());
        robot.clickOn("#action-request-information");
        waitUntil(() -> robot.lookup("#reason-request-information").tryQuery().isPresent());
        assertThat(FxRuntime.call(() -> ((javafx.scene.control.TextArea) node("#reason-request-information")).getText()))
                .as("what was typed for this action is kept for it").isEqualTo("The bank's settlement letter");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#reason-prompt").tryQuery().isEmpty());
        assertThat(row(target.appeal().id()).status()).isEqualTo(CaseStatus.IN_REVIEW);
    }
}
