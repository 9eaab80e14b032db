package org.redress.letters;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;

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
}
