package org.redress.bench;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.redress.letters.LetterLanguage;
import org.redress.letters.LetterPress;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * Letters per second on 2 threads (a 2-page bilingual letter, PDF/A-3u, QR, fonts embedded and
 * subset), beside the baseline of PDFBox writing a minimal one-page document with the same font.
 * Each thread owns its press and its parsed font, as a batch worker does. Run:
 * {@code ./mvnw -Pbench package -DskipTests && java -jar target/benchmarks.jar LetterBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Threads(2)
public class LetterBenchmark {

    @State(Scope.Thread)
    public static class Worker {
        LetterPress press;
        TrueTypeFont font;
        int n;

        @Setup
        public void setUp() throws IOException {
            press = LetterPress.create();
            try (InputStream in = LetterBenchmark.class.getClassLoader()
                    .getResourceAsStream("fonts/NotoSansSC-Regular.ttf")) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            }
        }
    }

    @Benchmark
    public byte[] bilingualLetter(Worker worker) {
        return worker.press.render(SampleLetters.typical(LetterLanguage.BILINGUAL, worker.n++)).pdf();
    }

    @Benchmark
    public byte[] baselineOnePage(Worker worker) throws IOException {
        return LetterThroughput.baselineDocument(worker.font);
    }
}
