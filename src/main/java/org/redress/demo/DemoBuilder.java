package org.redress.demo;

import org.redress.audit.AuditChain;
import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;
import org.redress.security.PasswordHasher;
import org.redress.store.AgencyRepository;
import org.redress.store.AgencyRow;
import org.redress.store.BulkLoader;
import org.redress.store.Database;
import org.redress.store.OfficerRepository;
import org.redress.store.OfficerRow;
import org.redress.store.SettingsRepository;
import org.redress.store.Workspace;
import org.redress.platform.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Builds a demo workspace. Everything is made in a hidden folder beside the target and renamed into
 * place only when complete, so a run that is killed or fails leaves nothing at the target (a
 * leftover hidden folder is removed by the next run). Subjects are generated on one thread and
 * written on the store's writer thread, a few tens of thousands of cases per transaction, with
 * foreign keys checked at each commit; memory stays bounded by a short queue between the two.
 */
public final class DemoBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoBuilder.class);
    /** Cases per transaction: large enough to be fast, small enough to keep the write-ahead log short. */
    static final int CASES_PER_TRANSACTION = 25_000;
    private static final String PARTIAL_MARK = ".partial-";
    private static final Object END = new Object();
    /** Subjects the generator may run ahead of the writer: a few tens of megabytes at most. */
    private static final int QUEUED_SUBJECTS = 2_048;
    /** Page cache of the writer connection while filling (native memory, not heap). */
    private static final int CACHE_KIB = 256 * 1024;

    private record Failed(Throwable cause) {
    }

    private final DemoRequest request;
    private DemoProgress progress = DemoProgress.NONE;

    public DemoBuilder(DemoRequest request) {
        this.request = request;
    }

    /** Told after each subject is written; a test seam as much as a progress report. */
    public DemoBuilder withProgress(DemoProgress newProgress) {
        this.progress = newProgress;
        return this;
    }

    /**
     * Makes the demo at {@code target}, which must be absent or an empty folder.
     *
     * @throws IllegalStateException if something is already there
     */
    public DemoResult build(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (DemoWorkspaceState.of(absolute) != DemoWorkspaceState.ABSENT) {
            throw new IllegalStateException("there is already something at " + absolute);
        }
        long started = System.nanoTime();
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + parent, e);
        }
        removeLeftovers(parent, absolute.getFileName().toString());
        Path partial = parent.resolve("." + absolute.getFileName() + PARTIAL_MARK + UUID.randomUUID());
        ExecutorService helpers = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "redress-demo-helper");
            thread.setDaemon(true);
            return thread;
        });
        @org.jspecify.annotations.Nullable Generation generation = null;
        try {
            DemoStaff staff = new DemoStaff();
            Workspace workspace = Workspace.create(partial);
            // The files are drawn and stored on a helper thread; the writer needs them only at the first attachment.
            Catalog catalog = SchemeCatalog.loadDefault();
            List<EvidenceTopic> topics = EvidenceLibrary.topics(catalog);
            var evidence = new EvidenceSupply(CompletableFuture.supplyAsync(() -> {
                EvidenceLibrary library = EvidenceLibrary.generate(request.seed(), request.today(), topics);
                storeEvidenceFiles(workspace, library);
                return library;
            }, helpers));
            var hashes = CompletableFuture.supplyAsync(() -> hashes(staff), helpers);
            WorkingDayCalendar calendar = CalendarCatalog.fromClasspath();
            // Generation starts at once and runs ahead (a bounded queue) while the database is made.
            generation = Generation.start(new DemoGenerator(request, catalog, calendar, staff));
            DemoSummary summary;
            try (Database database = Database.open(workspace)) {
                LOG.info("workspace database ready after {} ms", millisSince(started));
                database.writeAndWait(c -> setUp(c, staff));
                stream(database, generation, evidence);
                LOG.info("subjects and cases stored after {} ms", millisSince(started));
                evidence.library();
                Map<Long, String> passwordHashes = hashes.join();
                database.writeAndWait(c -> {
                    // A demo whose cases carry no attachment at all still keeps its evidence library.
                    evidence.stored(c);
                    var officers = new OfficerRepository(c);
                    for (var hash : passwordHashes.entrySet()) {
                        officers.changePasswordHash(hash.getKey(), hash.getValue());
                    }
                    DemoNumbers.record(c, request.today(), fixedClock().instant());
                    // The audit log begins by sealing what the demo wrote, so verify vouches for it.
                    AuditChain.sealExisting(c, fixedClock().instant());
                    return null;
                });
                summary = DemoSummary.read(database, request.today(), calendar);
                LOG.info("summary read after {} ms", millisSince(started));
                logThreadTimes();
            }
            LOG.info("database closed after {} ms", millisSince(started));
            if (Files.isDirectory(absolute)) {
                Files.delete(absolute); // an empty folder, checked above; rename cannot replace one everywhere
            }
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(parent);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("Demo workspace of {} cases made in {} ms", request.cases(), took.toMillis());
            return new DemoResult(relocated(summary, absolute), staff.all(), took);
        } catch (IOException e) {
            abandon(partial, helpers, generation);
            throw new UncheckedIOException("cannot make the demo workspace", e);
        } catch (RuntimeException | Error e) {
            abandon(partial, helpers, generation);
            throw e;
        } finally {
            helpers.shutdownNow();
            if (generation != null) {
                generation.thread().interrupt();
            }
        }
    }

    /** Stops the helpers (one may still be writing evidence files), then removes the unfinished folder. */
    private static void abandon(Path partial, ExecutorService helpers, @org.jspecify.annotations.Nullable Generation generation) {
        if (generation != null) {
            generation.thread().interrupt();
        }
        helpers.shutdownNow();
        try {
            if (!helpers.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                LOG.warn("demo helpers did not stop within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteQuietly(partial);
    }

    /** CPU time of the build's threads, to see which one bounds the run. */
    private static void logThreadTimes() {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("redress-") || info.getThreadName().equals("main"))) {
                LOG.debug("thread {} used {} ms of CPU", info.getThreadName(),
                        threads.getThreadCpuTime(info.getThreadId()) / 1_000_000);
            }
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** The generator's thread and the queue it fills; stopped if the build fails. */
    private record Generation(Thread thread, BlockingQueue<Object> queue) {

        static Generation start(DemoGenerator generator) {
            BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_SUBJECTS);
            Thread thread = Thread.ofPlatform().name("redress-demo-generator").daemon().start(() -> {
                try {
                    generator.generate(bundle -> put(queue, bundle));
                    put(queue, END);
                } catch (Throwable failure) {
                    queue.clear();
                    queue.offer(new Failed(failure));
                }
            });
            return new Generation(thread, queue);
        }
    }

    private void stream(Database database, Generation generation, EvidenceSupply evidence) {
        long[] totals = new long[2];
        try {
            boolean finished = false;
            while (!finished) {
                finished = database.writeAndWait(c -> writeChunk(c, generation.queue(), evidence, totals));
                LOG.debug("{} subjects, {} cases committed", totals[0], totals[1]);
            }
            generation.thread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making the demo", e);
        }
    }

    private boolean writeChunk(Connection c, BlockingQueue<Object> queue, EvidenceSupply evidence, long[] totals)
            throws SQLException {
        try (var statement = c.createStatement()) {
            // The bulk fill spills fewer dirty pages with a bigger cache; the build's own connection only.
            statement.execute("PRAGMA cache_size = -" + CACHE_KIB);
        }
        long chunkEnd = totals[1] + CASES_PER_TRANSACTION;
        try (BulkLoader bulk = new BulkLoader(c, fixedClock()); DemoRows rows = new DemoRows(c, bulk, evidence)) {
            while (totals[1] < chunkEnd) {
                Object item = take(queue);
                if (item == END) {
                    rows.flush();
                    rows.flushSearch();
                    return true;
                }
                if (item instanceof Failed failed) {
                    throw new IllegalStateException("generating the demo failed", failed.cause());
                }
                SubjectBundle bundle = (SubjectBundle) item;
                rows.add(bundle);
                totals[0]++;
                totals[1] += bundle.cases().size();
                progress.written(totals[0], totals[1]);
            }
            rows.flush();
            rows.flushSearch();
        }
        return false;
    }

    private Void setUp(Connection c, DemoStaff staff) throws SQLException {
        var agencies = new AgencyRepository(c);
        IssuingAgency office = ReviewOffice.OFFICE;
        agencies.save(new AgencyRow(office.code(), office.nameZh(), office.nameEn(), office.region()));
        for (IssuingAgency agency : IssuingAgencies.all()) {
            agencies.save(new AgencyRow(agency.code(), agency.nameZh(), agency.nameEn(), agency.region()));
        }
        var officers = new OfficerRepository(c);
        Instant joined = OfficeClock.at(request.today().minusYears(1).withDayOfMonth(1), 9 * 60);
        for (DemoOfficer officer : staff.all()) {
            officers.insert(new OfficerRow(officer.id(), officer.username(), officer.displayName(), officer.role().name(),
                    officer.agencyCode(), null, joined));
        }
        var settings = new SettingsRepository(c);
        for (var setting : settings(request).entrySet()) {
            settings.put(setting.getKey(), setting.getValue());
        }
        return null;
    }

    static Map<String, String> settings(DemoRequest request) {
        Map<String, String> settings = new LinkedHashMap<>(ReviewOffice.settings());
        settings.put(Workspace.KIND_SETTING, Workspace.DEMO_KIND);
        settings.put("demo.seed", Long.toString(request.seed()));
        settings.put("demo.today", request.today().toString());
        settings.put("demo.cases", Long.toString(request.cases()));
        return settings;
    }

    /** Each file once, under evidence/ab/cd/<sha256>, as the evidence store keeps it. */
    static Path evidencePath(Workspace workspace, String sha256) {
        return workspace.evidenceFile(sha256);
    }

    private static void storeEvidenceFiles(Workspace workspace, EvidenceLibrary evidence) {
        try {
            for (EvidenceFile file : evidence.files()) {
                Path path = evidencePath(workspace, file.sha256());
                PrivateFiles.createFolders(path.getParent());
                try (var out = PrivateFiles.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    out.write(java.nio.ByteBuffer.wrap(file.content()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the demo's evidence files", e);
        }
    }

    private static Map<Long, String> hashes(DemoStaff staff) {
        var hasher = new PasswordHasher();
        Map<Long, String> hashes = new LinkedHashMap<>();
        for (DemoOfficer officer : staff.all()) {
            hashes.put(officer.id(), hasher.hash(officer.password().toCharArray()));
        }
        return hashes;
    }

    /** Nothing generated depends on the clock; the bulk loader's own stamp is pinned to the demo's day. */
    private Clock fixedClock() {
        return Clock.fixed(OfficeClock.at(request.today(), 0), OfficeClock.CHINA);
    }

    private static DemoSummary relocated(DemoSummary s, Path workspace) {
        return new DemoSummary(workspace, s.asOf(), s.settings(), s.subjects(), s.persons(), s.organisations(),
                s.ledgerEntries(), s.evidenceFiles(), s.attachments(), s.notes(), s.decisions(), s.byStatus(), s.byScheme(),
                s.urgentOpen(), s.overdue(), s.dueSoonBy(), s.dueSoon(), s.accounts());
    }

    /** Hidden folders a killed run left beside this target. */
    private static void removeLeftovers(Path parent, String name) {
        String prefix = "." + name + PARTIAL_MARK;
        try (Stream<Path> siblings = Files.list(parent)) {
            siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).forEach(DemoBuilder::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("cannot look for leftovers of an earlier demo run", e);
        }
    }

    static void deleteQuietly(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.warn("cannot delete a file of an unfinished demo workspace", e);
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot delete an unfinished demo workspace", e);
        }
    }

    /** Makes the rename durable where the platform allows syncing a directory. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("cannot sync {}; the rename is still atomic", directory, e);
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the demo was stopped", e);
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the demo was stopped", e);
        }
    }
}
