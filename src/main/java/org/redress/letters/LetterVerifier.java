package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.redress.letters.pdf.PdfA;
import org.redress.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a letter file against what the workspace issued. GENUINE when the file's SHA-256 is that
 * of an issued letter (and its signature, if any, holds). Otherwise the file is searched for the
 * reference it claims (the QR code on its last page, the embedded decision record, the title):
 * ALTERED when the workspace issued that reference but the bytes, the embedded record or the QR
 * payload differ from what was issued; UNKNOWN when it never issued it.
 */
public final class LetterVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(LetterVerifier.class);
    private static final Pattern REFERENCE = Pattern.compile("[A-Z]{2,8}-L-\\d{4}-\\d{6}");

    private final Database database;

    public LetterVerifier(Database database) {
        this.database = database;
    }

    public VerificationReport verify(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return verify(bytes);
    }

    public VerificationReport verify(byte[] bytes) {
        String sha256 = DecisionRecord.sha256(bytes);
        List<String> findings = new ArrayList<>();
        List<IssuedLetter> exact = database.read(c -> new IssuedLetters(c, database.workspace()).bySha256(sha256));
        Contents contents = contents(bytes, findings);
        if (!exact.isEmpty()) {
            IssuedLetter issued = exact.getFirst();
            findings.add("the file is byte for byte the letter issued as " + issued.referenceNo() + " on "
                    + issued.issuedAt() + " for case " + issued.caseNo());
            if (issued.supersededBy() != null) {
                findings.add("note: it has since been superseded by " + issued.supersededBy());
            }
            if (contents.signatureProblem != null) {
                findings.add(contents.signatureProblem);
                return new VerificationReport(LetterVerdict.ALTERED, issued.referenceNo(), findings);
            }
            return new VerificationReport(LetterVerdict.GENUINE, issued.referenceNo(), findings);
        }
        Set<String> claimed = new LinkedHashSet<>();
        contents.qr.ifPresent(v -> claimed.add(v.referenceNo()));
        if (contents.recordReference != null) {
            claimed.add(contents.recordReference);
        }
        claimed.addAll(contents.titleReferences);
        if (claimed.isEmpty()) {
            findings.add("the file names no Redress letter reference");
            return new VerificationReport(LetterVerdict.UNKNOWN, null, findings);
        }
        for (String reference : claimed) {
            Optional<IssuedLetter> issued = database.read(c -> new IssuedLetters(c, database.workspace())
                    .byReference(reference));
            if (issued.isPresent()) {
                return altered(issued.get(), contents, claimed, findings);
            }
        }
        findings.add("this workspace never issued " + String.join(" or ", claimed));
        return new VerificationReport(LetterVerdict.UNKNOWN, claimed.iterator().next(), findings);
    }

    private static VerificationReport altered(IssuedLetter issued, Contents contents, Set<String> claimed,
                                              List<String> findings) {
        String ref = issued.referenceNo();
        findings.add("the file's bytes differ from letter " + ref + " as issued (SHA-256 " + issued.sha256() + ")");
        if (claimed.size() > 1) {
            findings.add("the file names more than one reference: " + String.join(", ", claimed));
        }
        if (contents.recordSha256 == null) {
            findings.add("the decision record is missing from the file");
        } else if (!contents.recordSha256.equals(issued.recordSha256())) {
            findings.add("the embedded decision record is not the one issued with " + ref);
        }
        if (contents.qr.isEmpty()) {
            findings.add("no readable Redress QR code on the last page");
        } else if (!contents.qr.get().referenceNo().equals(ref)
                || !contents.qr.get().recordSha256().equals(issued.recordSha256())) {
            findings.add("the QR code names " + contents.qr.get().referenceNo() + " with a record hash that is not "
                    + "the one issued with " + ref);
        }
        if (contents.signatureProblem != null) {
            findings.add(contents.signatureProblem);
        }
        return new VerificationReport(LetterVerdict.ALTERED, ref, findings);
    }

    private static final class Contents {
        Optional<LetterVerification> qr = Optional.empty();
        @Nullable String recordReference;
        @Nullable String recordSha256;
        List<String> titleReferences = new ArrayList<>();
        @Nullable String signatureProblem;
    }

    private static Contents contents(byte[] bytes, List<String> findings) {
        Contents contents = new Contents();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            byte[] record = PdfA.attachment(document, DecisionRecord.FILE_NAME);
            if (record != null) {
                contents.recordSha256 = DecisionRecord.sha256(record);
                contents.recordReference = DecisionRecord.referenceIn(record);
            }
            String title = document.getDocumentInformation().getTitle();
            if (title != null) {
                Matcher m = REFERENCE.matcher(title);
                while (m.find()) {
                    contents.titleReferences.add(m.group());
                }
            }
            contents.qr = QrReading.lastPage(document);
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (!signatures.isEmpty()) {
                for (PDSignature signature : signatures) {
                    SignatureCheck.Result result = SignatureCheck.check(signature, bytes);
                    if (result.valid()) {
                        findings.add("signed by " + result.signer() + "; the signature is intact");
                    } else {
                        contents.signatureProblem = "the signature does not hold: " + result.problem();
                    }
                }
            }
        } catch (IOException e) {
            LOG.debug("not a readable PDF", e);
            findings.add("the file is not a readable PDF");
            // A damaged letter still names itself in its uncompressed XMP packet.
            Matcher m = REFERENCE.matcher(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
            while (m.find()) {
                contents.titleReferences.add(m.group());
            }
        }
        return contents;
    }
}
