package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.redress.letters.pdf.MissingGlyphPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issues a day's letters in the background: a pool of N workers, each with its own
 * {@link LetterPress} (fonts parsed once per worker), a progress callback after every letter, and
 * cancellation that lets letters already being written finish (a letter is never half issued) and
 * skips the rest. One batch service can run several batches; close it to stop its workers.
 */
public final class LetterBatch implements AutoCloseable {

    /** Called from a worker thread after each letter; implementations hand over to the UI thread. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int failed, int total);
    }

    /** What a batch did: the letters issued, the cases that failed and why, whether it was cancelled. */
    public record Outcome(List<IssuedLetter> issued, Map<String, String> failures, int skipped, boolean cancelled) {
        public Outcome {
            issued = List.copyOf(issued);
            failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
        }
    }

    /** A running batch. */
    public static final class Run {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final CompletableFuture<Outcome> result = new CompletableFuture<>();

        /** Stops handing out letters; those being written are finished. */
        public void cancel() {
            cancelled.set(true);
        }

        public boolean isCancelled() {
            return cancelled.get();
        }

        public CompletableFuture<Outcome> result() {
            return result;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(LetterBatch.class);

    private final LetterIssuer issuer;
    private final ExecutorService workers;
    private final ThreadLocal<LetterPress> presses;

    public LetterBatch(LetterIssuer issuer, int workerCount, MissingGlyphPolicy policy) {
        if (workerCount < 1) {
            throw new IllegalArgumentException("a batch needs at least one worker");
        }
        this.issuer = issuer;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workerCount, runnable -> {
            Thread t = new Thread(runnable, "redress-letters-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.presses = ThreadLocal.withInitial(() -> LetterPress.create(policy));
    }

    public Run start(List<String> caseNumbers, @Nullable LetterLanguage language, @Nullable LetterSigner signer,
                     @Nullable Long officerId, Progress progress) {
        Run run = new Run();
        int total = caseNumbers.size();
        List<IssuedLetter> issued = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> failures = Collections.synchronizedMap(new LinkedHashMap<>());
        AtomicInteger done = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger remaining = new AtomicInteger(total);
        if (total == 0) {
            run.result.complete(new Outcome(List.of(), Map.of(), 0, false));
            return run;
        }
        for (String caseNo : caseNumbers) {
            workers.execute(() -> {
                try {
                    if (run.isCancelled()) {
                        skipped.incrementAndGet();
                        return;
                    }
                    try {
                        issued.add(issuer.issue(caseNo, language, presses.get(), signer, officerId));
                    } catch (RuntimeException e) {
                        LOG.warn("letter for case {} failed: {}", caseNo, e.getMessage());
                        failures.put(caseNo, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                    }
                    progress.update(done.incrementAndGet(), failures.size(), total);
                } finally {
                    if (remaining.decrementAndGet() == 0) {
                        run.result.complete(new Outcome(issued, failures, skipped.get(), run.isCancelled()));
                    }
                }
            });
        }
        return run;
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
    }
}
