package org.redress.bench;

import org.redress.demo.DemoBuilder;
import org.redress.demo.DemoRequest;
import org.redress.demo.ReviewOffice;
import org.redress.domain.access.Role;
import org.redress.hub.EmbeddedHub;
import org.redress.hub.HubServer;
import org.redress.hub.push.CaseSeeding;
import org.redress.security.PasswordHasher;
import org.redress.store.Database;
import org.redress.store.Workspace;
import org.redress.sync.BlobSender;
import org.redress.sync.BlobUploads;
import org.redress.sync.HubException;
import org.redress.sync.Outbox;
import org.redress.sync.SyncEngine;
import org.redress.sync.DeviceKey;
import org.redress.sync.DeviceKeyFile;
import org.redress.sync.SyncMetaTable;
import org.redress.sync.SyncReport;
import org.redress.sync.protocol.MutationKind;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code redress bench sync}: a real hub (embedded PostgreSQL) and real workspaces on loopback.
 * Push: notes from one workstation's outbox in batches of 500, end to end (HTTP, hub transactions,
 * stored results, outbox updated). Concurrent: eight workstations pushing at once. Pull: a fresh
 * workstation applying every change into SQLite. Blobs: one evidence file up (chunked, each chunk
 * hashed) and down. Each figure is the median of the runs.
 */
public final class SyncThroughput {

    private static final String PASSWORD = "bench password 1";
    private static final String OFFICER = "wang.fang";

    /** Medians of the runs, and the load average at the end. */
    public record Result(int mutations, int runs, double pushPerSecond, double concurrentPerSecond, int workstations,
                         double pullPerSecond, long pulledChanges, double uploadMBps, double downloadMBps, int blobMB,
                         double loadAverage, SignInLatency.Result signIn) {
    }

    private SyncThroughput() {
    }

    public static Result measure(Path scratch, int mutations, int runs, int workstations, int blobMB) throws Exception {
        Files.createDirectories(scratch);
        Path template = scratch.resolve("template");
        new DemoBuilder(new DemoRequest(50, 7L, java.time.LocalDate.now())).build(template);
        List<String[]> cases = caseIds(template);
        List<com.fasterxml.jackson.databind.node.ObjectNode> seedCases;
        try (Database database = Database.open(new Workspace(template))) {
            seedCases = database.read(org.redress.sync.CaseContent::all);
        }
        List<Double> push = new ArrayList<>();
        List<Double> concurrent = new ArrayList<>();
        List<Double> pull = new ArrayList<>();
        List<Double> up = new ArrayList<>();
        List<Double> down = new ArrayList<>();
        SignInLatency.Result signIn = null;
        long pulled = 0;
        String verifier = new PasswordHasher().hash(PASSWORD.toCharArray());
        for (int run = 0; run < runs; run++) {
            Path dir = scratch.resolve("run-" + run);
            try (EmbeddedHub pg = EmbeddedHub.start(dir.resolve("pg"), 0); HubServer hub = HubServer.start(pg.config())) {
                hub.accounts().ensureOffice(ReviewOffice.OFFICE.code());
                hub.accounts().addOfficer(OFFICER, Role.OFFICER, ReviewOffice.OFFICE.code(), verifier);
                // The hub holds the template's cases, as an office's hub would (mutations name cases the hub holds).
                CaseSeeding.seedCases(hub.database(), ReviewOffice.OFFICE.code(), seedCases);
                if (run == 0) {
                    signIn = SignInLatency.measure(hub, ReviewOffice.OFFICE.code(), OFFICER, PASSWORD, verifier, 9);
                }
                push.add(pushRun(dir, template, hub, cases, mutations, 1));
                concurrent.add(pushRun(dir, template, hub, cases, mutations, workstations));
                double[] p = pullRun(dir, template, hub);
                pull.add(p[0]);
                pulled = (long) p[1];
                double[] b = blobRun(dir, template, hub, blobMB);
                up.add(b[0]);
                down.add(b[1]);
            }
            delete(dir);
        }
        delete(template);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return new Result(mutations, runs, median(push), median(concurrent), workstations, median(pull), pulled,
                median(up), median(down), blobMB, load, signIn);
    }

    /** Mutations per second of {@code stations} workstations pushing {@code total} notes between them at once. */
    private static double pushRun(Path dir, Path template, HubServer hub, List<String[]> cases, int total, int stations)
            throws Exception {
        List<Station> list = new ArrayList<>();
        for (int i = 0; i < stations; i++) {
            Station s = station(dir, template, hub, "push-" + stations + "-" + i);
            fill(s.database(), cases, total / stations);
            list.add(s);
        }
        ExecutorService pool = Executors.newFixedThreadPool(stations);
        long start = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (Station s : list) {
            done.add(pool.submit(() -> s.engine().pushOnly()));
        }
        int taken = 0;
        for (Future<Integer> f : done) {
            taken += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        list.forEach(Station::close);
        return taken / seconds;
    }

    /** Changes per second a fresh workstation applies into SQLite, and how many. */
    private static double[] pullRun(Path dir, Path template, HubServer hub) throws Exception {
        Station s = station(dir, template, hub, "pull");
        long start = System.nanoTime();
        SyncReport report = s.engine().syncOnce();
        double seconds = (System.nanoTime() - start) / 1e9;
        s.close();
        if (!report.ok()) {
            throw new IllegalStateException(report.error());
        }
        return new double[] {report.pulled() / seconds, report.pulled()};
    }

    /** MB/s up (chunked, resumable, hashed) and down (one ranged GET, hash checked) of one evidence file. */
    private static double[] blobRun(Path dir, Path template, HubServer hub, int megabytes) throws Exception {
        Station s = station(dir, template, hub, "blob");
        byte[] chunk = new byte[1 << 20];
        Random random = new Random(megabytes);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Path tmp = dir.resolve("blob.bin");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            for (int i = 0; i < megabytes; i++) {
                random.nextBytes(chunk);
                sha.update(chunk);
                out.write(chunk);
            }
        }
        String hex = HexFormat.of().formatHex(sha.digest());
        Path file = BlobSender.evidenceFile(s.database().workspace(), hex);
        Files.createDirectories(file.getParent());
        Files.move(tmp, file);
        s.database().writeAndWait(c -> {
            new BlobUploads(c).expect(hex, (long) megabytes << 20, Instant.now());
            return null;
        });
        BlobSender sender = new BlobSender(s.database(), s.engine().hub(), Clock.systemUTC(), BlobSender.DEFAULT_CHUNK);
        long start = System.nanoTime();
        if (!sender.send(hex)) {
            throw new IllegalStateException("the upload did not complete");
        }
        double upSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        byte[] back = s.engine().hub().downloadBlob(hex, 0);
        String got = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(back));
        double downSeconds = (System.nanoTime() - start) / 1e9;
        if (!got.equals(hex)) {
            throw new IllegalStateException("the downloaded file does not match its hash");
        }
        s.close();
        return new double[] {megabytes / upSeconds, megabytes / downSeconds};
    }

    private record Station(Database database, SyncEngine engine) {
        void close() {
            engine.close();
            database.close();
        }
    }

    private static Station station(Path dir, Path template, HubServer hub, String name) throws IOException, HubException {
        Path root = dir.resolve(name);
        Files.createDirectories(root);
        Files.copy(template.resolve(Workspace.DATABASE_FILE), root.resolve(Workspace.DATABASE_FILE));
        Database database = Database.open(new Workspace(root));
        database.writeAndWait(c -> new SyncMetaTable(c).renewClientId());
        SyncEngine engine = SyncEngine.connect(database, hub.baseUrl(), Clock.systemUTC(),
                new SyncEngine.Settings(Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofSeconds(5), 500, 5_000,
                        BlobSender.DEFAULT_CHUNK));
        // Each station is a device of its own (its key in its folder), approved at the hub as a supervisor would.
        DeviceKey key = DeviceKeyFile.loadOrCreate(database.workspace());
        try {
            hub.accounts().devices().enrolApproved(key.publicKeyEncoded(), ReviewOffice.OFFICE.code(), "bench " + name, "bench");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        if (hub.fingerprint() != null) {
            engine.trustHubKey(hub.fingerprint());
        }
        engine.signIn(OFFICER, PASSWORD.toCharArray(), "bench " + name);
        return new Station(database, engine);
    }

    /** {@code count} notes in the outbox, as the note service would have written them (payload of ~250 bytes). */
    private static void fill(Database database, List<String[]> cases, int count) {
        database.writeAndWait(c -> {
            Outbox outbox = new Outbox(c);
            Instant now = Instant.now();
            for (int i = 0; i < count; i++) {
                String caseId = cases.get(i % cases.size())[0];
                String caseNo = cases.get(i % cases.size())[1];
                UUID id = UUID.randomUUID();
                String payload = "{\"noteId\":\"" + id + "\",\"caseNo\":\"" + caseNo + "\",\"by\":\"" + OFFICER
                        + "\",\"at\":\"" + now + "\",\"body\":\"Called the agency about the disputed entry; they will "
                        + "send the original record by Friday. Reference " + i + ".\"}";
                outbox.append(id, MutationKind.NOTE_ADD, caseId, 0, payload, now);
            }
            return null;
        });
    }

    /** Each case's id and number. */
    private static List<String[]> caseIds(Path workspace) {
        try (Database database = Database.open(new Workspace(workspace))) {
            return database.read(c -> {
                List<String[]> list = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT case_uuid, case_no FROM appeal_case ORDER BY id");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
                return list;
            });
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void delete(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
