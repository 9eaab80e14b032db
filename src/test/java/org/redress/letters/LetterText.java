package org.redress.letters;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.List;

/**
 * The text of a letter as PDFBox extracts it, in content-stream order (a table cell's wrapped lines stay
 * together, as poppler's pdftotext keeps them): the Java-side reading every text assertion makes.
 */
final class LetterText {

    private LetterText() {
    }

    static String of(byte[] pdf) throws IOException {
        return extract(pdf, 1, Integer.MAX_VALUE);
    }

    static String page(byte[] pdf, int page) throws IOException {
        return extract(pdf, page, page);
    }

    private static String extract(byte[] pdf, int first, int last) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(first);
            stripper.setEndPage(Math.min(last, document.getNumberOfPages()));
            return stripper.getText(document);
        }
    }

    /** Every page's lines, stripped, runs of white space made one, blank lines dropped (as the verifier reads them). */
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
}
