package org.redress.letters;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.letters.pdf.MissingGlyphPolicy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LetterBatchTest {

    @TempDir
    static Path root;
    static LetterWorkspace workspace;
    static List<String> cases = new ArrayList<>();

    @BeforeAll
    static void open() {
        workspace = new LetterWorkspace(root);
        for (int i = 0; i < 8; i++) {
            cases.add(workspace.decidedCase("批量" + i, "11010519900102%04d".formatted(i), OutcomeKind.REVERSED, "理由。"));
        }
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void twoWorkersIssueEveryLetterAndReportProgressAfterEach() throws Exception {
        List<Integer> progress = Collections.synchronizedList(new ArrayList<>());
        try (LetterBatch batch = new LetterBatch(workspace.issuer(), 2, MissingGlyphPolicy.MARK)) {
            List<String> wanted = new ArrayList<>(cases.subList(0, 4));
            wanted.add("RD-2026-999999");
            LetterBatch.Outcome outcome = batch.start(wanted, LetterLanguage.ZH, null, 1L,
                    (done, failed, total) -> progress.add(done)).result().get(60, TimeUnit.SECONDS);

            assertThat(outcome.issued()).hasSize(4);
            assertThat(outcome.issued()).extracting(IssuedLetter::referenceNo).doesNotHaveDuplicates();
            assertThat(outcome.failures()).containsOnlyKeys("RD-2026-999999");
            assertThat(progress).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
            assertThat(outcome.cancelled()).isFalse();
        }
    }

    @Test
    void cancellingFinishesLettersInHandAndSkipsTheRest() throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        try (LetterBatch batch = new LetterBatch(workspace.issuer(), 1, MissingGlyphPolicy.MARK)) {
            List<String> wanted = cases.subList(4, 8);
            LetterBatch.Run[] run = new LetterBatch.Run[1];
            CountDownLatch started = new CountDownLatch(1);
            run[0] = batch.start(wanted, LetterLanguage.EN, null, 1L, (done, failed, total) -> {
                try {
                    started.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                run[0].cancel();
                firstDone.countDown();
            });
            started.countDown();
            LetterBatch.Outcome outcome = run[0].result().get(60, TimeUnit.SECONDS);

            assertThat(outcome.cancelled()).isTrue();
            assertThat(outcome.issued()).hasSize(1);
            assertThat(outcome.skipped()).isEqualTo(3);
        }
    }
}
