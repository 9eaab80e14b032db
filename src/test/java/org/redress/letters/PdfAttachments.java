package org.redress.letters;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.redress.letters.pdf.PdfA;

import java.io.IOException;

/** Reads the decision record out of a letter's bytes, for assertions. */
final class PdfAttachments {

    private PdfAttachments() {
    }

    static byte[] record(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            byte[] record = PdfA.attachment(document, DecisionRecord.FILE_NAME);
            if (record == null) {
                throw new AssertionError("the letter carries no decision record");
            }
            return record;
        }
    }
}
