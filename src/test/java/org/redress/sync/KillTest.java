package org.redress.sync;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * G1–G3 and G8 for the workstation: a workstation in its own JVM is killed with SIGKILL at random
 * moments while it writes and while it syncs, many times over, then left to finish. Every note
 * committed locally reaches the hub exactly once, in the workstation's order. Rounds: system
 * property {@code redress.sync.killRounds} (default 6; {@code -Pstress} runs 200).
 */
class KillTest {

    static final int ROUNDS = Integer.getInteger("redress.sync.killRounds", 6);

    @Test
    void a_workstation_killed_at_random_points_of_write_and_sync_loses_nothing_and_duplicates_nothing() throws Exception {
        SyncTestbed bed = SyncTestbed.shared();
        var station = bed.station("zhang.min");
        String caseNo = SyncCases.anyCases(station.database(), 11).getLast();
        String decidable = SyncCases.decidable(station.database(), 1).getFirst();
        Path root = station.root();
        UUID client = station.meta().clientId();
        station.close();
        Random random = new Random(Long.getLong("redress.sync.seed", System.nanoTime()));
        int total = 0;
        int killedWriting = 0;
        int killedSyncing = 0;
        for (int round = 0; round < ROUNDS; round++) {
            total += 6;
            boolean duringSync = round % 2 == 0;
            Process child = start(root, bed.hub.baseUrl(), caseNo, total, decidable);
            String marker = duringSync ? "SYNC" : "WRITE";
            boolean seen = waitFor(child, marker);
            if (seen) {
                Thread.onSpinWait();
                long delayMicros = duringSync ? random.nextInt(250_000) : random.nextInt(20_000);
                TimeUnit.MICROSECONDS.sleep(delayMicros);
            }
            if (child.isAlive()) {
                child.destroyForcibly();
                if (duringSync) {
                    killedSyncing++;
                } else {
                    killedWriting++;
                }
            }
            child.waitFor(30, TimeUnit.SECONDS);
        }
        Process last = start(root, bed.hub.baseUrl(), caseNo, total, decidable);
        assertThat(waitFor(last, "DONE")).as("the last run finishes").isTrue();
        assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();

        List<String> local = localNotes(root);
        List<String> outboxIds = outboxIds(root);
        List<String> noteRows = query(root, "SELECT mutation_id FROM outbox WHERE kind = 'note.add'");
        List<String> decisionRows = query(root, "SELECT mutation_id FROM outbox WHERE kind = 'decision.record'");
        List<String> localDecisions = query(root, "SELECT reasons FROM decision WHERE reasons LIKE 'Kill test decision %'");
        assertThat(noteRows).as("every note committed locally has its outbox row (G1)").hasSize(local.size());
        assertThat(decisionRows).as("every decision drafted under kills has its outbox row (G1)").hasSize(localDecisions.size());
        assertThat(outboxIds.size()).isGreaterThanOrEqualTo(total);
        List<String> hubIds = new ArrayList<>();
        List<String> hubBodies = new ArrayList<>();
        try (Connection c = bed.hubConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT a.seq, a.mutation_id::text, f.payload->>'body' FROM applied_mutation a
                     LEFT JOIN case_fact f ON f.id = a.mutation_id WHERE a.client_id = ? ORDER BY a.applied_at, a.seq""")) {
            ps.setObject(1, client);
            try (ResultSet rs = ps.executeQuery()) {
                long expected = 1;
                while (rs.next()) {
                    assertThat(rs.getLong(1)).as("hub applied in the workstation's order (G3)").isEqualTo(expected++);
                    hubIds.add(rs.getString(2));
                    if (rs.getString(3) != null) {
                        hubBodies.add(rs.getString(3));
                    }
                }
            }
        }
        assertThat(hubIds).as("each mutation once, none lost (G2)").containsExactlyElementsOf(outboxIds);
        assertThat(new HashSet<>(hubBodies)).hasSize(hubBodies.size()).containsExactlyInAnyOrderElementsOf(local);
        System.out.printf("kill test: %d rounds (%d killed writing, %d killed syncing), %d mutations (%d decisions),"
                + " lost 0, duplicated 0%n", ROUNDS, killedWriting, killedSyncing, outboxIds.size(), decisionRows.size());
    }

    private static Process start(Path root, String hub, String caseNo, int total, String decidable) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "--enable-native-access=ALL-UNNAMED", "-Dlogback.configurationFile=none",
                "-cp", System.getProperty("java.class.path"), WorkstationProcess.class.getName(),
                root.toString(), hub, "zhang.min", caseNo, Integer.toString(total), decidable);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    /** Reads the child's output until {@code marker}; false when it ended first. */
    static boolean waitFor(Process child, String marker) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.equals(marker)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> localNotes(Path root) {
        return query(root, "SELECT body FROM note WHERE body LIKE 'Kill test %' ORDER BY id");
    }

    private static List<String> outboxIds(Path root) {
        return query(root, "SELECT mutation_id FROM outbox ORDER BY seq");
    }

    static List<String> query(Path root, String sql) {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + root.resolve("redress.db"));
             PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<String> list = new ArrayList<>();
            while (rs.next()) {
                list.add(rs.getString(1));
            }
            return list;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
