package org.redress.letters;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A letter's text as PDFBox extracts it (always), and as poppler's pdftotext does (when installed). */
final class LetterText {

    private LetterText() {
    }

    /** Every page's lines. */
    static List<List<String>> pages(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return LetterFile.text(document);
        }
    }

    /** All lines joined by single spaces, to search sentences that wrap. */
    static String flat(byte[] pdf) throws IOException {
        return String.join(" ", pages(pdf).stream().flatMap(List::stream).toList());
    }

    /** All text without any white space, to search Chinese that wraps. */
    static String compact(byte[] pdf) throws IOException {
        return flat(pdf).replaceAll("\\s+", "");
    }

    /** True when poppler's pdftotext is on the PATH; tests that need it skip by name otherwise. */
    static boolean popplerInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "pdftotext"))) {
                return true;
            }
        }
        return false;
    }

    static void assumePoppler() {
        Assumptions.assumeTrue(popplerInstalled(), "pdftotext (poppler) is not installed: skipped");
    }
}
