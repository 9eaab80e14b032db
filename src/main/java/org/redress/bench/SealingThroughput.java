package org.redress.bench;

import org.redress.evidence.EvidenceStore;
import org.redress.letters.LetterLanguage;
import org.redress.letters.LetterPress;
import org.redress.store.Database;
import org.redress.store.Workspace;
import org.redress.vault.SealedFiles;
import org.redress.vault.Vault;
import org.redress.vault.WorkspaceKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * What encryption at rest costs, in the same run: two workspaces, one without a key (files as they
 * are) and one with (AES-256-GCM), measured in turn A B A B…: letters rendered and stored per
 * second, and evidence attached (read, hashed, stored, forced to disk) in MB/s. Medians of the runs.
 */
public final class SealingThroughput {

    /** Each mode's runs, in the order measured. */
    public record Result(int letters, int evidenceFiles, int evidenceMiB, List<Double> plainLetters,
                         List<Double> sealedLetters, List<Double> plainMBs, List<Double> sealedMBs) {
    }

    private SealingThroughput() {
    }

    public static Result measure(Path scratch, int letters, int files, int fileMiB, int runs) throws IOException {
        Path plainRoot = scratch.resolve("plain");
        Path sealedRoot = scratch.resolve("sealed");
        try (Database plain = Database.open(Workspace.create(plainRoot));
             Database sealed = Database.open(Workspace.create(sealedRoot))) {
            new WorkspaceKeys(sealed, Clock.systemUTC()).create(false);
            LetterPress press = LetterPress.create();
            // Warm-up: fonts parsed, code compiled, both paths taken once.
            letters(plain, press, Math.min(letters, 20), "warm");
            letters(sealed, press, Math.min(letters, 20), "warm");
            List<Double> plainLetters = new ArrayList<>();
            List<Double> sealedLetters = new ArrayList<>();
            List<Double> plainMBs = new ArrayList<>();
            List<Double> sealedMBs = new ArrayList<>();
            Path sources = Files.createDirectories(scratch.resolve("sources"));
            for (int run = 0; run < runs; run++) {
                boolean plainFirst = run % 2 == 0;
                for (int turn = 0; turn < 2; turn++) {
                    boolean isPlain = (turn == 0) == plainFirst;
                    Database db = isPlain ? plain : sealed;
                    double perSecond = letters(db, press, letters, "r" + run);
                    (isPlain ? plainLetters : sealedLetters).add(perSecond);
                    List<Path> batch = sourceFiles(sources, files, fileMiB, run * 2L + turn);
                    double mbs = attach(db, batch, files * (double) fileMiB * 1024 * 1024);
                    (isPlain ? plainMBs : sealedMBs).add(mbs);
                    clear(db.workspace().evidenceDir());
                    for (Path p : batch) {
                        Files.delete(p);
                    }
                }
            }
            return new Result(letters, files, fileMiB, plainLetters, sealedLetters, plainMBs, sealedMBs);
        } finally {
            Vault.of(new Workspace(sealedRoot)).lock();
        }
    }

    public static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** Renders and stores {@code n} letters through the workspace's one file path; letters per second. */
    private static double letters(Database db, LetterPress press, int n, String tag) throws IOException {
        SealedFiles files = SealedFiles.of(db);
        Path folder = db.workspace().lettersDir().resolve("bench-" + tag);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            byte[] pdf = press.render(SampleLetters.typical(LetterLanguage.BILINGUAL, i)).pdf();
            files.writeNew(folder.resolve("L-" + i + ".pdf"), pdf);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clear(folder);
        return n / seconds;
    }

    private static double attach(Database db, List<Path> sources, double bytes) throws IOException {
        EvidenceStore store = new EvidenceStore(SealedFiles.of(db));
        long start = System.nanoTime();
        for (Path source : sources) {
            store.put(source);
        }
        return bytes / 1e6 / ((System.nanoTime() - start) / 1e9);
    }

    private static List<Path> sourceFiles(Path folder, int files, int mib, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed * 7919 + 17);
        List<Path> out = new ArrayList<>();
        byte[] bytes = new byte[mib * 1024 * 1024];
        for (int i = 0; i < files; i++) {
            for (int j = 0; j < bytes.length; j += 8) {
                long v = random.nextLong();
                for (int k = 0; k < 8 && j + k < bytes.length; k++) {
                    bytes[j + k] = (byte) (v >>> (8 * k));
                }
            }
            out.add(Files.write(folder.resolve("scan-" + seed + "-" + i + ".bin"), bytes));
        }
        Arrays.fill(bytes, (byte) 0);
        return out;
    }

    private static void clear(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
