package org.redress.ui.casefile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.casework.CaseFile;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.EvidencePreviews;
import org.redress.casework.IdentifierReveal;
import org.redress.casework.NoteService;
import org.redress.casework.QueueLine;
import org.redress.domain.access.Officer;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;
import org.redress.store.Workspace;
import org.redress.ui.ImmediateTasks;
import org.redress.ui.common.Messages;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The case workspace's view model over a real workspace, without a toolkit. */
class CaseViewModelTest {

    private static CaseworkFixture fixture;
    private final AtomicInteger changes = new AtomicInteger();
    private final Messages messages = new Messages(Messages.ENGLISH);

    @BeforeAll
    static void workspace() {
        fixture = CaseworkFixture.create();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private CaseViewModel model(Officer officer) {
        var clock = CaseworkFixture.clockOn(CaseworkFixture.TODAY);
        return new CaseViewModel(fixture.caseFiles(), fixture.actions(CaseworkFixture.TODAY),
                new IdentifierReveal(fixture.database, clock), new NoteService(fixture.database, clock),
                new EvidencePreviews(new Workspace(fixture.folder.resolve("workspace"))), ImmediateTasks.create(),
                messages, officer, changes::incrementAndGet);
    }

    private Officer assigneeOf(CaseFile file) {
        return fixture.demo.accounts().stream().filter(o -> o.id() == file.appeal().assigneeId()).findFirst()
                .orElseThrow().asOfficer();
    }

    @Test
    void loading_a_case_reads_its_file_and_chooses_its_first_evidence_for_the_preview() {
        QueueLine line = fixture.cases(CaseStatus.IN_REVIEW).stream()
                .filter(l -> !fixture.caseFiles().load(l.caseId(), fixture.officer("sun.li")).attachments().isEmpty())
                .findFirst().orElseThrow();
        CaseViewModel model = model(fixture.officer("sun.li"));

        model.load(line.caseId());

        assertThat(model.fileProperty().get().appeal().caseNo()).isEqualTo(line.caseNo());
        assertThat(model.attachmentProperty().get()).isEqualTo(model.fileProperty().get().attachments().getFirst());
        assertThat(model.previewProperty().get()).isNotNull();
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void revealing_the_identifier_shows_it_and_the_history_then_holds_the_reveal() {
        QueueLine line = fixture.cases(CaseStatus.ASSIGNED).getFirst();
        CaseViewModel probe = model(fixture.officer("sun.li"));
        probe.load(line.caseId());
        Officer assignee = assigneeOf(probe.fileProperty().get());
        CaseViewModel model = model(assignee);
        model.load(line.caseId());
        String masked = model.fileProperty().get().subject().maskedIdentifier();

        model.revealIdentifier();

        assertThat(model.revealedProperty().get()).hasSize(18).isNotEqualTo(masked)
                .endsWith(masked.substring(14)).startsWith(masked.substring(0, 6));
        assertThat(model.fileProperty().get().history().getLast().action()).isEqualTo("IDENTIFIER_REVEALED");
        assertThat(model.fileProperty().get().history().getLast().actorName()).isEqualTo(assignee.displayName());

        model.load(line.caseId());
        assertThat(model.revealedProperty().get()).as("opening the case again masks it again").isEmpty();
    }

    @Test
    void an_officer_with_no_open_case_of_the_subject_is_told_why_the_identifier_stays_masked() {
        QueueLine line = fixture.cases(CaseStatus.ASSIGNED).get(1);
        CaseViewModel probe = model(fixture.officer("sun.li"));
        probe.load(line.caseId());
        String assignee = assigneeOf(probe.fileProperty().get()).username();
        CaseViewModel model = model(fixture.officer(assignee.equals("li.qiang") ? "zhang.min" : "li.qiang"));
        model.load(line.caseId());

        model.revealIdentifier();

        assertThat(model.revealedProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo(messages.of(org.redress.domain.appeal.Rejection.of(
                org.redress.domain.appeal.ReasonCode.REVEAL_NEEDS_REASON)));
    }

    @Test
    void requesting_information_as_the_assignee_pauses_the_deadline_and_says_so() {
        QueueLine line = fixture.cases(CaseStatus.IN_REVIEW).get(1);
        CaseViewModel probe = model(fixture.officer("sun.li"));
        probe.load(line.caseId());
        Officer assignee = assigneeOf(probe.fileProperty().get());
        CaseViewModel model = model(assignee);
        model.load(line.caseId());
        assertThat(model.offeredActions()).contains(CaseAction.REQUEST_INFORMATION)
                .doesNotContain(CaseAction.ASSIGN, CaseAction.REASSIGN, CaseAction.START_REVIEW);

        model.take(CaseAction.REQUEST_INFORMATION, "Please send the settlement letter");

        CaseFile after = model.fileProperty().get();
        assertThat(after.appeal().status()).isEqualTo(CaseStatus.AWAITING_INFORMATION);
        assertThat(after.appeal().deadlineOn()).isNull();
        assertThat(after.appeal().pausedSince()).isEqualTo(CaseworkFixture.TODAY);
        assertThat(after.workingDaysLeft()).isNull();
        assertThat(model.refusedProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).contains("paused").contains(line.caseNo());
        assertThat(model.offeredActions()).contains(CaseAction.INFORMATION_RECEIVED);
        assertThat(changes.get()).isEqualTo(1);
    }

    @Test
    void another_officer_is_offered_only_to_take_the_case_over_and_a_refusal_is_shown_in_words() {
        QueueLine line = fixture.cases(CaseStatus.IN_REVIEW).get(2);
        CaseViewModel probe = model(fixture.officer("sun.li"));
        probe.load(line.caseId());
        String assignee = assigneeOf(probe.fileProperty().get()).username();
        Officer other = fixture.officer(assignee.equals("li.qiang") ? "zhang.min" : "li.qiang");
        CaseViewModel model = model(other);
        model.load(line.caseId());

        assertThat(model.offeredActions()).contains(CaseAction.REASSIGN).doesNotContain(CaseAction.REQUEST_INFORMATION);
        model.take(CaseAction.REQUEST_INFORMATION, "papers");

        assertThat(model.refusedProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo(
                "The case is assigned to another officer; reassign it first.");
        assertThat(model.fileProperty().get().appeal().status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(changes.get()).isZero();
    }

    @Test
    void an_officer_who_must_stand_aside_may_not_decide_or_take_the_case() {
        QueueLine line = fixture.queue().rows(fixture.reader(), org.redress.store.QueueFilter.open().withAgency("RC-TRAFFIC"),
                org.redress.store.QueueOrder.BY_DEADLINE, 0, 1).getFirst();
        CaseViewModel model = model(fixture.officer("zhao.lei"));

        model.load(line.caseId());

        assertThat(model.fileProperty().get().recusal().mustStandAside()).isTrue();
        assertThat(model.canDecide()).isFalse();
        assertThat(model.offeredActions()).doesNotContain(CaseAction.ASSIGN, CaseAction.REASSIGN,
                CaseAction.START_REVIEW, CaseAction.REQUEST_INFORMATION);
    }

    @Test
    void a_note_is_added_and_read_back() {
        QueueLine line = fixture.cases(CaseStatus.ASSIGNED).get(1);
        CaseViewModel model = model(fixture.officer("wang.fang"));
        model.load(line.caseId());
        int before = model.fileProperty().get().notes().size();

        model.addNote("Called the applicant; papers by Friday.");

        assertThat(model.fileProperty().get().notes()).hasSize(before + 1);
        assertThat(model.fileProperty().get().notes().getLast().body()).isEqualTo("Called the applicant; papers by Friday.");
    }
}
