package org.redress.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Carries checked records in batches from the thread that reads and validates a feed to the
 * store's writer thread, so parsing and validation overlap the inserts on a two-core desk machine.
 * Bounded, so a fast reader never buffers a whole feed.
 */
final class RecordPipe {
    private static final int BATCH = 1_000;
    private static final List<CheckedRecord> END = List.of();

    private final BlockingQueue<List<CheckedRecord>> queue = new ArrayBlockingQueue<>(16);
    private List<CheckedRecord> filling = new ArrayList<>(BATCH);
    private volatile Throwable readerFailure;

    /** The writer finished early (it failed); the reader stops and the writer's failure is reported. */
    static final class WriterStopped extends RuntimeException {
        WriterStopped() {
            super("the import's writer stopped", null, false, false);
        }
    }

    /** Reader side; gives up when {@code consumerGone} says the writer stopped. */
    void put(CheckedRecord item, BooleanSupplier consumerGone) throws InterruptedException {
        filling.add(item);
        if (filling.size() >= BATCH) {
            offer(filling, consumerGone);
            filling = new ArrayList<>(BATCH);
        }
    }

    void close(BooleanSupplier consumerGone) throws InterruptedException {
        if (!filling.isEmpty()) {
            offer(filling, consumerGone);
        }
        offer(END, consumerGone);
    }

    void fail(Throwable failure, BooleanSupplier consumerGone) throws InterruptedException {
        readerFailure = failure;
        offer(END, consumerGone);
    }

    private void offer(List<CheckedRecord> batch, BooleanSupplier consumerGone) throws InterruptedException {
        while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            if (consumerGone.getAsBoolean()) {
                throw new WriterStopped();
            }
        }
    }

    /** Writer side: the next batch, or an empty list at the end. Rethrows the reader's failure. */
    List<CheckedRecord> take() throws InterruptedException {
        List<CheckedRecord> batch = queue.take();
        if (batch == END && readerFailure != null) {
            if (readerFailure instanceof RuntimeException e) {
                throw e;
            }
            throw new IllegalStateException(readerFailure);
        }
        return batch;
    }
}
