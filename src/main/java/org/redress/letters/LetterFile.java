package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.redress.letters.pdf.PdfA;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a letter file holds, read the way a recipient's tools read it: the bytes' SHA-256, the
 * embedded decision record, the QR code on the last page (decoded from a picture of it), the
 * visible text of each page (PDFBox's text extraction, lines with their spacing normalised), the
 * references it names and its signatures. Comparing two such readings tells content from bytes:
 * a re-saved letter has other bytes but the same record, QR and text.
 *
 * @param readable        false when the bytes are not a PDF PDFBox can open (the references are then
 *                        searched in the raw bytes)
 * @param record          the embedded {@code decision-record.json}, or null
 * @param pages           the visible text, one list of lines per page
 * @param signatures      one result per signature dictionary
 * @param issuedSha256    when the file is a signed revision followed only by validation data and
 *                        document time-stamps (a letter raised from PAdES B-B after it was issued),
 *                        the SHA-256 of that signed revision alone: the bytes as they were issued
 */
public record LetterFile(String sha256, boolean readable, byte @Nullable [] record, @Nullable String recordSha256,
                         @Nullable String recordReference, Optional<LetterVerification> qr, Set<String> titleReferences,
                         List<List<String>> pages, List<SignatureCheck.Result> signatures,
                         @Nullable String issuedSha256) {

    private static final Logger LOG = LoggerFactory.getLogger(LetterFile.class);
    private static final Pattern REFERENCE = Pattern.compile("[A-Z]{2,8}-L-\\d{4}-\\d{6}");

    public LetterFile {
        titleReferences = Set.copyOf(titleReferences);
        pages = pages.stream().map(List::copyOf).toList();
        signatures = List.copyOf(signatures);
    }

    /** Reads a file; never throws for bad content (an unreadable file is a finding, not an error). */
    public static LetterFile read(byte[] bytes) {
        String sha256 = DecisionRecord.sha256(bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            byte[] record = PdfA.attachment(document, DecisionRecord.FILE_NAME);
            Set<String> titles = new LinkedHashSet<>();
            String title = document.getDocumentInformation().getTitle();
            if (title != null) {
                references(title, titles);
            }
            List<SignatureCheck.Result> signatures = new ArrayList<>();
            String issued = null;
            for (PDSignature signature : document.getSignatureDictionaries()) {
                signatures.add(SignatureCheck.check(signature, bytes));
                issued = issued != null ? issued : SignatureCheck.raisedRevisionSha256(signature, bytes);
            }
            return new LetterFile(sha256, true, record, record == null ? null : DecisionRecord.sha256(record),
                    record == null ? null : DecisionRecord.referenceIn(record), QrReading.lastPage(document), titles,
                    text(document), signatures, issued);
        } catch (IOException | RuntimeException e) {
            LOG.debug("not a readable PDF", e);
            // A damaged letter still names itself in its uncompressed XMP packet.
            Set<String> found = new LinkedHashSet<>();
            references(new String(bytes, StandardCharsets.ISO_8859_1), found);
            return new LetterFile(sha256, false, null, null, null, Optional.empty(), found, List.of(), List.of(), null);
        }
    }

    /** The references the file names: in its QR code, its record, its title; first the most trustworthy. */
    public Set<String> claimedReferences() {
        Set<String> claimed = new LinkedHashSet<>();
        qr.ifPresent(v -> claimed.add(v.referenceNo()));
        if (recordReference != null) {
            claimed.add(recordReference);
        }
        claimed.addAll(titleReferences);
        return claimed;
    }

    /** Whether the file carries a signature that holds over the whole file. */
    public boolean signatureHolds() {
        return !signatures.isEmpty() && signatures.stream().allMatch(SignatureCheck.Result::valid);
    }

    private static void references(String text, Set<String> into) {
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            into.add(m.group());
        }
    }

    /** Each page's text, its lines stripped, runs of white space made one space, blank lines dropped. */
    static List<List<String>> text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        List<List<String>> pages = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            List<String> lines = new ArrayList<>();
            for (String line : stripper.getText(document).split("\n")) {
                String normal = line.strip().replaceAll("\\s+", " ");
                if (!normal.isEmpty()) {
                    lines.add(normal);
                }
            }
            pages.add(lines);
        }
        return pages;
    }
}
