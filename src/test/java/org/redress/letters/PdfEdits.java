package org.redress.letters;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.redress.letters.pdf.PageFlow;
import org.redress.letters.pdf.QrMark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What people and programs do to a letter file, done with PDFBox: save it again in other ways
 * (bytes change, content does not), and edit its content (a number in the text, a field of the
 * record, the QR code).
 */
final class PdfEdits {

    private PdfEdits() {
    }

    /** Loads and writes the whole file again, without object streams (a full rewrite, not incremental). */
    static byte[] rewritten(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return save(document, CompressParameters.NO_COMPRESSION);
        }
    }

    /** Loads and writes the whole file again with object streams (PDFBox's default compression). */
    static byte[] withObjectStreams(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return save(document, CompressParameters.DEFAULT_COMPRESSION);
        }
    }

    static byte[] withNewlineAppended(byte[] pdf) {
        byte[] out = Arrays.copyOf(pdf, pdf.length + 1);
        out[pdf.length] = '\n';
        return out;
    }

    /** Writes the file again under another document ID (the trailer's /ID), as many tools do. */
    static byte[] withNewDocumentId(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSArray id = new COSArray();
            id.add(new COSString("another-identifier-0001".getBytes(StandardCharsets.US_ASCII)));
            id.add(new COSString("another-identifier-0002".getBytes(StandardCharsets.US_ASCII)));
            document.getDocument().getTrailer().setItem(COSName.ID, id);
            return save(document, CompressParameters.NO_COMPRESSION);
        }
    }

    /**
     * Replaces {@code from} by {@code to} in the text shown on a page (1-based), editing the glyph
     * codes of the strings in its content stream, so the page shows the new text and nothing more.
     */
    static byte[] withTextReplaced(byte[] pdf, int page, String from, String to) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage target = document.getPage(page - 1);
            Map<COSName, Map<Integer, Integer>> codesByFont = new HashMap<>();
            PDFStreamParser parser = new PDFStreamParser(target);
            List<Object> tokens = parser.parse();
            COSName fontName = null;
            boolean replaced = false;
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator op && op.getName().equals("Tf")) {
                        fontName = (COSName) tokens.get(i - 2);
                    } else if (tokens.get(i) instanceof Operator op && op.getName().equals("Tj")
                            && tokens.get(i - 1) instanceof COSString string && fontName != null) {
                        PDFont font = target.getResources().getFont(fontName);
                        List<int[]> codes = codes(font, string.getBytes());
                        StringBuilder text = new StringBuilder();
                        Map<Integer, Integer> byChar = codesByFont.computeIfAbsent(fontName, k -> new HashMap<>());
                        for (int[] code : codes) {
                            String unicode = font.toUnicode(code[0]);
                            text.append(unicode);
                            if (unicode != null && unicode.length() == 1) {
                                byChar.putIfAbsent((int) unicode.charAt(0), code[0]);
                            }
                        }
                        if (pass == 1 && !replaced && text.indexOf(from) >= 0) {
                            String edited = text.toString().replace(from, to);
                            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                            for (char c : edited.toCharArray()) {
                                Integer code = byChar.get((int) c);
                                if (code == null) {
                                    throw new AssertionError("no glyph code for '" + c + "' in font " + fontName);
                                }
                                bytes.write(code >> 8);
                                bytes.write(code & 0xFF);
                            }
                            tokens.set(i - 1, new COSString(bytes.toByteArray()));
                            replaced = true;
                        }
                    }
                }
            }
            if (!replaced) {
                throw new AssertionError("\"" + from + "\" is not shown on page " + page);
            }
            PDStream contents = new PDStream(document);
            try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
                new ContentStreamWriter(out).writeTokens(tokens);
            }
            target.setContents(contents);
            return save(document, CompressParameters.DEFAULT_COMPRESSION);
        }
    }

    private static List<int[]> codes(PDFont font, byte[] bytes) throws IOException {
        List<int[]> out = new ArrayList<>();
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        while (in.available() > 0) {
            out.add(new int[] {font.readCode(in)});
        }
        return out;
    }

    /** Replaces the embedded decision record by what {@code edit} makes of its text. */
    static byte[] withRecordEdited(byte[] pdf, UnaryOperator<String> edit) throws IOException {
        byte[] record = PdfAttachments.record(pdf);
        String edited = edit.apply(new String(record, StandardCharsets.UTF_8));
        if (edited.equals(new String(record, StandardCharsets.UTF_8))) {
            throw new AssertionError("the edit changed nothing in the record");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var spec = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get(DecisionRecord.FILE_NAME);
            var file = new PDEmbeddedFile(document, new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8)));
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            return save(document, CompressParameters.DEFAULT_COMPRESSION);
        }
    }

    /** Paints over the last page's QR code and draws one carrying {@code payload} in its place. */
    static byte[] withQrCode(byte[] pdf, String payload) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage last = document.getPage(document.getNumberOfPages() - 1);
            try (PDPageContentStream content = new PDPageContentStream(document, last,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.setNonStrokingColor(1f, 1f, 1f);
                // Wide enough for a signed (RDL2) code, about 140 pt.
                content.addRect(PageFlow.LEFT - 10, 0, 155, PageFlow.PAGE.getHeight());
                content.fill();
                QrMark.of(payload).draw(content, PageFlow.LEFT, 400, 2.1f);
            }
            return save(document, CompressParameters.DEFAULT_COMPRESSION);
        }
    }

    private static byte[] save(PDDocument document, CompressParameters compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out, compression);
        return out.toByteArray();
    }
}
