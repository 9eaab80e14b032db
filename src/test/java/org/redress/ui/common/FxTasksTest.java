package org.redress.ui.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The task helper, with a queue standing in for the FX thread so no toolkit is needed. */
class FxTasksTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private final FxTasks tasks = new FxTasks(pool, fxQueue::add);

    @AfterEach
    void close() {
        tasks.close();
    }

    /** Runs what was posted to the "FX thread" until {@code n} callbacks ran. */
    private void runFx(int n) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            Runnable next = fxQueue.poll(10, TimeUnit.SECONDS);
            assertThat(next).as("a callback was posted to the FX thread").isNotNull();
            next.run();
        }
    }

    @Test
    void the_result_arrives_on_the_fx_thread_followed_by_finally() throws InterruptedException {
        List<String> seen = new ArrayList<>();
        AtomicReference<String> workThread = new AtomicReference<>();

        tasks.supply(() -> {
            workThread.set(Thread.currentThread().getName());
            return "page";
        }).onSuccess(v -> seen.add("success " + v)).andFinally(() -> seen.add("finally")).start();
        runFx(1);

        assertThat(seen).containsExactly("success page", "finally");
        assertThat(workThread.get()).isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void a_failure_goes_to_the_error_callback_not_to_success() throws InterruptedException {
        List<String> seen = new ArrayList<>();

        tasks.supply(() -> {
            throw new IllegalStateException("disk gone");
        }).onSuccess(v -> seen.add("success")).onError(e -> seen.add("error " + e.getMessage()))
                .andFinally(() -> seen.add("finally")).start();
        runFx(1);

        assertThat(seen).containsExactly("error disk gone", "finally");
    }

    @Test
    void a_failure_without_its_own_handler_reaches_the_default_handler() throws InterruptedException {
        AtomicReference<Throwable> reported = new AtomicReference<>();
        tasks.setDefaultErrorHandler(reported::set);

        tasks.run(() -> {
            throw new IllegalArgumentException("bad page");
        }).start();
        runFx(1);

        assertThat(reported.get()).hasMessage("bad page");
    }

    @Test
    void work_counts_as_pending_until_its_callbacks_have_run() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        tasks.supply(() -> {
            release.await();
            return 1;
        }).start();
        assertThat(tasks.pending()).isEqualTo(1);

        release.countDown();
        Runnable callback = fxQueue.poll(10, TimeUnit.SECONDS);
        assertThat(tasks.pending()).as("the work is done but its callback has not run").isEqualTo(1);
        callback.run();

        assertThat(tasks.pending()).isZero();
        tasks.awaitIdle(Duration.ofSeconds(1));
    }

    @Test
    void waiting_for_idle_times_out_while_work_is_in_flight() {
        CountDownLatch never = new CountDownLatch(1);
        tasks.supply(() -> {
            never.await();
            return 1;
        }).start();

        assertThatThrownBy(() -> tasks.awaitIdle(Duration.ofMillis(50))).isInstanceOf(TimeoutException.class);
        never.countDown();
    }

    @Test
    void work_cut_short_by_closing_reports_no_error() throws InterruptedException {
        AtomicReference<Throwable> reported = new AtomicReference<>();
        tasks.setDefaultErrorHandler(reported::set);
        CountDownLatch started = new CountDownLatch(1);
        tasks.supply(() -> {
            started.countDown();
            new CountDownLatch(1).await(); // interrupted by close()
            return "never";
        }).start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        tasks.close();

        assertThat(pool.isTerminated()).as("the interrupted work has ended").isTrue();
        assertThat(fxQueue).as("nothing was posted to the FX thread").isEmpty();
        assertThat(reported.get()).isNull();
    }

    @Test
    void closing_stops_the_pool() {
        tasks.close();

        assertThat(pool.isShutdown()).isTrue();
    }
}
