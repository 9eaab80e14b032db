package org.redress.bench;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.redress.letters.LetterLanguage;
import org.redress.letters.LetterPress;
import org.redress.letters.RenderedLetter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Letters per second on N workers, beside a baseline measured in the same run: PDFBox writing a
 * minimal one-page document with the same font, parsed once per worker in both. The ratio is what
 * our layout, PDF/A and QR code cost on top of PDFBox itself. Letters are rendered, not stored.
 */
public final class LetterThroughput {

    public record Result(int letters, int workers, double lettersPerSecond, double baselinePerSecond,
                         int pagesPerLetter, long bytesPerLetter, long peakHeapBytes) {
        public double ratio() {
            return baselinePerSecond / lettersPerSecond;
        }
    }

    private LetterThroughput() {
    }

    public static Result measure(int letters, int workers, LetterLanguage language) {
        // Warm-up: parse the fonts in every worker and let the JIT see the code.
        run(Math.min(letters, 200), workers, language);
        runBaseline(Math.min(letters, 200), workers);
        resetPeaks();
        long[] sample = new long[2];
        double letterSeconds = run(letters, workers, language, sample);
        long peak = peakHeap();
        double baselineSeconds = runBaseline(letters, workers);
        return new Result(letters, workers, letters / letterSeconds, letters / baselineSeconds, (int) sample[0],
                sample[1], peak);
    }

    private static double run(int letters, int workers, LetterLanguage language) {
        return run(letters, workers, language, new long[2]);
    }

    private static double run(int letters, int workers, LetterLanguage language, long[] sample) {
        ThreadLocal<LetterPress> presses = ThreadLocal.withInitial(LetterPress::create);
        AtomicInteger next = new AtomicInteger();
        return timed(workers, () -> {
            LetterPress press = presses.get();
            int n;
            while ((n = next.getAndIncrement()) < letters) {
                RenderedLetter letter = press.render(SampleLetters.typical(language, n));
                if (n == 0) {
                    sample[0] = letter.pages();
                    sample[1] = letter.pdf().length;
                }
            }
        });
    }

    /** The baseline: PDFBox writing a one-page document with one line in the letter font. */
    public static byte[] baselineDocument(TrueTypeFont font) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font pdfFont = PDType0Font.load(document, font, true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(pdfFont, 11);
                content.newLineAtOffset(72, 760);
                content.showText("复核决定书 Decision letter");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static double runBaseline(int documents, int workers) {
        byte[] fontBytes = regularFont();
        AtomicInteger next = new AtomicInteger();
        return timed(workers, () -> {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes));
                while (next.getAndIncrement() < documents) {
                    baselineDocument(font);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static double timed(int workers, Runnable work) {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                futures.add(pool.submit(work));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static byte[] regularFont() {
        try (InputStream in = LetterThroughput.class.getClassLoader()
                .getResourceAsStream("fonts/NotoSansSC-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("the letter font is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since the last reset (an upper bound of the true peak). */
    private static long peakHeap() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
