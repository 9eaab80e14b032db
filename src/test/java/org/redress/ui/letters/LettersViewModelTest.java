package org.redress.ui.letters;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.LetterDesk;
import org.redress.domain.appeal.CaseStatus;
import org.redress.letters.LetterBatch;
import org.redress.letters.LetterIssuer;
import org.redress.store.CaseRepository;
import org.redress.ui.ImmediateTasks;
import org.redress.ui.common.Messages;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class LettersViewModelTest {

    private CaseworkFixture fixture;
    private LetterDesk desk;
    private final AtomicInteger issuedCallbacks = new AtomicInteger();

    @BeforeEach
    void workspace() {
        fixture = CaseworkFixture.create();
        desk = new LetterDesk(fixture.database, new LetterIssuer(fixture.database, CaseworkFixture.CATALOG,
                CaseworkFixture.CALENDAR, CaseworkFixture.clockOn(CaseworkFixture.TODAY)));
    }

    @AfterEach
    void close() {
        desk.close();
        fixture.close();
    }

    private LettersViewModel model() {
        return new LettersViewModel(desk, ImmediateTasks.create(), new Messages(Locale.ENGLISH),
                fixture.officer("wang.fang"), issuedCallbacks::incrementAndGet);
    }

    private CaseStatus status(String caseNo) {
        return fixture.database.read(c -> new CaseRepository(c).byCaseNo(caseNo).orElseThrow().status());
    }

    @Test
    void issuing_the_chosen_decided_case_lists_its_letter_and_renders_its_first_page() {
        LettersViewModel model = model();
        model.reload();
        int waiting = model.waiting().size();
        int letters = model.letters().size();
        assertThat(waiting).as("the demo has decided cases without a letter").isPositive();
        String caseNo = model.caseToIssueProperty().get();

        model.issueOne();

        assertThat(model.messageProperty().get()).startsWith("Letter ").endsWith(" is issued for case " + caseNo + ".");
        assertThat(model.waiting()).hasSize(waiting - 1).doesNotContain(caseNo);
        assertThat(model.letters()).hasSize(letters + 1);
        assertThat(model.letters().getFirst().caseNo()).isEqualTo(caseNo);
        assertThat(model.letters().getFirst().file()).exists();
        assertThat(status(caseNo)).isEqualTo(CaseStatus.LETTER_ISSUED);
        model.chosenProperty().set(model.letters().getFirst());
        assertThat(model.previewProperty().get()).isNotNull();
        assertThat(model.previewProperty().get().getHeight()).isGreaterThan(model.previewProperty().get().getWidth());
        assertThat(issuedCallbacks).hasValue(1);
    }

    @Test
    void issuing_all_leaves_no_decided_case_without_a_letter() {
        LettersViewModel model = model();
        model.reload();
        long waiting = model.waitingCountProperty().get();

        model.issueAll();

        assertThat(model.messageProperty().get()).isEqualTo("Done: " + waiting + " letters issued, 0 failed.");
        assertThat(model.waiting()).isEmpty();
        assertThat(model.waitingCountProperty().get()).isZero();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void a_cancelled_batch_finishes_the_letters_being_written_and_starts_no_more() throws Exception {
        List<String> cases = desk.decidedWithoutLetter(fixture.reader(), 100);
        assertThat(cases).hasSizeGreaterThan(3);
        AtomicReference<LetterBatch.Run> run = new AtomicReference<>();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);

        run.set(desk.issueAll(cases, fixture.officer("wang.fang"), (done, failed, total) -> {
            try {
                started.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            run.get().cancel();
        }));
        started.countDown();
        LetterBatch.Outcome outcome = run.get().result().get(2, TimeUnit.MINUTES);

        assertThat(outcome.cancelled()).isTrue();
        assertThat(outcome.skipped()).isPositive();
        assertThat(outcome.issued().size() + outcome.failures().size() + outcome.skipped()).isEqualTo(cases.size());
        assertThat(desk.decidedWithoutLetter(fixture.reader(), 100)).hasSize(cases.size() - outcome.issued().size());
    }
}
