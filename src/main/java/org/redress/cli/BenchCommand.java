package org.redress.cli;

import org.redress.bench.LetterThroughput;
import org.redress.letters.LetterLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code redress bench}: measurements beside a baseline from the same run; never a test. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput beside a baseline measured in the same run.",
        subcommands = {BenchCommand.LettersBench.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "letters", mixinStandardHelpOptions = true,
            description = {"Decision letters rendered per second (PDF/A-3u, QR, fonts embedded; not stored),",
                    "beside PDFBox writing a minimal one-page document with the same font."})
    static final class LettersBench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--letters", defaultValue = "1000", description = "Letters to render (default ${DEFAULT-VALUE}).")
        int letters;

        @Option(names = "--workers", defaultValue = "2", description = "Worker threads (default ${DEFAULT-VALUE}).")
        int workers;

        @Option(names = "--lang", defaultValue = "bilingual", description = "zh, en or bilingual (default ${DEFAULT-VALUE}).")
        String language;

        @Override
        public Integer call() {
            if (letters < 1 || workers < 1) {
                spec.commandLine().getErr().println("--letters and --workers must be at least 1");
                return 2;
            }
            LetterThroughput.Result r = LetterThroughput.measure(letters, workers, LetterLanguage.parse(language));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("letters:  %d %s letters of %d pages (%d bytes each) on %d workers%n", r.letters(),
                    language, r.pagesPerLetter(), r.bytesPerLetter(), r.workers());
            out.printf("redress:  %.1f letters/s%n", r.lettersPerSecond());
            out.printf("baseline: %.1f documents/s (PDFBox, one page, same font)%n", r.baselinePerSecond());
            out.printf("ratio:    a letter costs %.2fx the baseline document%n", r.ratio());
            // The pools peak at different moments: their sum overstates the peak, and the heap
            // never exceeds its maximum, so the smaller of the two is the bound.
            long max = Runtime.getRuntime().maxMemory();
            out.printf("heap:     peak at most %.0f MB during the letters (max heap %.0f MB)%n",
                    Math.min(r.peakHeapBytes(), max) / 1e6, max / 1e6);
            out.flush();
            return 0;
        }
    }
}
