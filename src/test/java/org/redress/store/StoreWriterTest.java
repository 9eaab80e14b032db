package org.redress.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreWriterTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(Workspace.create(dir));
        db.writeAndWait(c -> c.createStatement().executeUpdate("INSERT INTO settings VALUES ('counter', '0')"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Read, then write back plus one: lost updates would show if two writes ever interleaved. */
    private int increment(java.sql.Connection c, Set<String> threads) throws java.sql.SQLException {
        threads.add(Thread.currentThread().getName());
        int value;
        try (ResultSet rs = c.createStatement().executeQuery("SELECT value FROM settings WHERE key = 'counter'")) {
            rs.next();
            value = Integer.parseInt(rs.getString(1));
        }
        Thread.yield();
        c.createStatement().executeUpdate("UPDATE settings SET value = '" + (value + 1) + "' WHERE key = 'counter'");
        return value + 1;
    }

    @Test
    void concurrentWritesFromManyThreadsRunOneAtATimeOnTheWriterThread() throws Exception {
        Set<String> writerThreads = ConcurrentHashMap.newKeySet();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> results = new ArrayList<>();
        List<java.util.concurrent.Future<?>> submitted = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            submitted.add(callers.submit(() -> {
                start.await();
                for (int i = 0; i < 50; i++) {
                    synchronized (results) {
                        results.add(db.write(c -> increment(c, writerThreads)));
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (var f : submitted) {
            f.get(1, TimeUnit.MINUTES);
        }
        callers.shutdown();
        CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
        List<Integer> values = results.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(values).hasSize(400).doesNotHaveDuplicates().startsWith(1).endsWith(400);
        String counter = db.read(c -> DatabaseTest.one(c.createStatement(),
                "SELECT value FROM settings WHERE key = 'counter'"));
        assertThat(counter).isEqualTo("400");
        assertThat(writerThreads).containsExactly("redress-store-writer");
    }

    @Test
    void aFailedWriteRollsBackEverythingItDid() {
        assertThatThrownBy(() -> db.writeAndWait(c -> {
            c.createStatement().executeUpdate("INSERT INTO settings VALUES ('half', 'written')");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        String count = db.read(c -> DatabaseTest.one(c.createStatement(), "SELECT count(*) FROM settings"));
        assertThat(count).isEqualTo("1");
        db.writeAndWait(c -> c.createStatement().executeUpdate("INSERT INTO settings VALUES ('after', 'ok')"));
        String after = db.read(c -> DatabaseTest.one(c.createStatement(), "SELECT count(*) FROM settings"));
        assertThat(after).as("the writer keeps working after a failure").isEqualTo("2");
    }

    @Test
    void aWriteThatWaitsForAnotherWriteOnTheWriterThreadIsRefusedInsteadOfDeadlocking() {
        assertThatThrownBy(() -> db.writeAndWait(c -> db.writeAndWait(inner -> 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readersSeeOnlyCommittedWrites() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> pending = db.write(c -> {
            c.createStatement().executeUpdate("UPDATE settings SET value = '99' WHERE key = 'counter'");
            inside.countDown();
            try {
                release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 1;
        });
        assertThat(inside.await(1, TimeUnit.MINUTES)).isTrue();
        String during = db.read(c -> DatabaseTest.one(c.createStatement(), "SELECT value FROM settings"));
        release.countDown();
        pending.get(1, TimeUnit.MINUTES);
        String after = db.read(c -> DatabaseTest.one(c.createStatement(), "SELECT value FROM settings"));
        assertThat(during).isEqualTo("0");
        assertThat(after).isEqualTo("99");
    }

    @Test
    void closingRunsQueuedWritesThenRefusesNewOnes() throws Exception {
        List<CompletableFuture<Integer>> queued = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            queued.add(db.write(c -> increment(c, ConcurrentHashMap.newKeySet())));
        }
        db.close();
        assertThat(queued).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThatThrownBy(() -> db.writeAndWait(c -> 1)).isInstanceOf(IllegalStateException.class);
        db = Database.open(db.workspace());
        String counter = db.read(c -> DatabaseTest.one(c.createStatement(), "SELECT value FROM settings"));
        assertThat(counter).isEqualTo("20");
    }
}
