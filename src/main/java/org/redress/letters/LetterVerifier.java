package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.redress.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a letter file against what the workspace issued, telling content from bytes:
 * <ul>
 *   <li>GENUINE: the file's SHA-256 is that of an issued letter (and its signature, if any, holds);</li>
 *   <li>SAME CONTENT: other bytes, but the embedded decision record, the visible text of every page
 *       and the QR code are those of the letter as issued (the issued copy in the workspace's
 *       letters folder is read for the text);</li>
 *   <li>ALTERED: the file names a letter issued here but its content differs: the findings say
 *       where (page and line, record field, QR payload);</li>
 *   <li>NOT ISSUED HERE: it names a reference this workspace never issued; UNKNOWN: it names none,
 *       or the issued copy needed for the comparison is gone.</li>
 * </ul>
 * A superseded letter is still genuine; the report names the case's letter in force.
 */
public final class LetterVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(LetterVerifier.class);

    private final Database database;

    public LetterVerifier(Database database) {
        this.database = database;
    }

    public VerificationReport verify(Path file) {
        try {
            return verify(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public VerificationReport verify(byte[] bytes) {
        LetterFile presented = LetterFile.read(bytes);
        List<String> findings = new ArrayList<>();
        List<IssuedLetter> exact = database.read(c -> new IssuedLetters(c, database.workspace())
                .bySha256(presented.sha256()));
        String raisedFrom = presented.issuedSha256();
        if (exact.isEmpty() && raisedFrom != null && presented.signatureHolds()) {
            // Raised to B-LT by the workstation that issued it, which this one knows only as issued (the
            // raised hash stays there), or by a recipient's archive: the letter as issued is the signed
            // revision inside, and everything after it adds no content. Where this workspace itself
            // raised the letter, its own copy is the one compared (below).
            List<IssuedLetter> inside = database.read(c -> new IssuedLetters(c, database.workspace()).bySha256(raisedFrom));
            if (!inside.isEmpty() && inside.getFirst().upgrade() == null) {
                IssuedLetter issued = inside.getFirst();
                findings.add("the file holds, byte for byte, the letter issued as " + issued.referenceNo() + " on "
                        + issued.issuedAt() + " for case " + issued.caseNo() + ", followed only by a time-stamp and"
                        + " validation data added after it was issued (nothing a reader sees)");
                String current = supersession(issued, findings);
                signatures(presented, findings);
                unsignedCode(presented, findings);
                return new VerificationReport(LetterVerdict.GENUINE, issued.referenceNo(), findings, current, List.of());
            }
        }
        if (!exact.isEmpty()) {
            IssuedLetter issued = exact.getFirst();
            IssuedLetter.Upgrade upgrade = issued.upgrade();
            if (upgrade != null && presented.sha256().equals(issued.heldSha256())) {
                findings.add("the file is byte for byte letter " + issued.referenceNo() + " as this workspace holds it:"
                        + " issued on " + issued.issuedAt() + " for case " + issued.caseNo() + ", signed offline at "
                        + level(upgrade.from()) + " and raised to " + level(upgrade.to()) + " on " + upgrade.at()
                        + " (a document time-stamp from the office's time-stamp authority and validation data appended;"
                        + " the letter as issued is unchanged inside it)");
            } else {
                findings.add("the file is byte for byte the letter issued as " + issued.referenceNo() + " on "
                        + issued.issuedAt() + " for case " + issued.caseNo());
                if (upgrade != null) {
                    findings.add("signed offline at " + level(upgrade.from()) + "; this workspace's copy was raised to "
                            + level(upgrade.to()) + " on " + upgrade.at() + " with a time-stamp and validation data,"
                            + " its content unchanged");
                }
            }
            String current = supersession(issued, findings);
            signatures(presented, findings);
            unsignedCode(presented, findings);
            if (!presented.signatures().isEmpty() && !presented.signatureHolds()) {
                return new VerificationReport(LetterVerdict.ALTERED, issued.referenceNo(), findings, current,
                        List.of("the signature does not hold"));
            }
            return new VerificationReport(LetterVerdict.GENUINE, issued.referenceNo(), findings, current, List.of());
        }
        if (!presented.readable()) {
            findings.add("the file is not a readable PDF");
        }
        Set<String> claimed = presented.claimedReferences();
        if (claimed.isEmpty()) {
            findings.add("the file names no Redress letter reference");
            return new VerificationReport(LetterVerdict.UNKNOWN, null, findings);
        }
        if (claimed.size() > 1) {
            findings.add("the file names more than one reference: " + String.join(", ", claimed));
        }
        for (String reference : claimed) {
            Optional<IssuedLetter> issued = database.read(c -> new IssuedLetters(c, database.workspace())
                    .byReference(reference));
            if (issued.isPresent()) {
                return compare(issued.get(), presented, findings);
            }
        }
        findings.add("this workspace never issued " + String.join(" or ", claimed));
        return new VerificationReport(LetterVerdict.NOT_ISSUED_HERE, claimed.iterator().next(), findings);
    }

    /** The file names a letter issued here but is not its bytes: is its content the same? */
    private VerificationReport compare(IssuedLetter issued, LetterFile presented, List<String> findings) {
        String ref = issued.referenceNo();
        findings.add("the file's bytes are not those of letter " + ref + " as issued (SHA-256 " + issued.sha256() + ")");
        List<String> differences = new ArrayList<>();
        if (presented.record() == null) {
            differences.add("the decision record is missing from the file");
        } else if (!issued.recordSha256().equals(presented.recordSha256())) {
            differences.add("the embedded decision record is not the one issued with " + ref);
        }
        Optional<LetterVerification> qr = presented.qr();
        if (qr.isEmpty()) {
            differences.add("no readable Redress QR code on the last page");
        } else if (!qr.get().referenceNo().equals(ref) || !qr.get().recordSha256().equals(issued.recordSha256())) {
            differences.add("the QR code names " + qr.get().referenceNo() + " with record hash "
                    + qr.get().recordSha256() + "; the letter issued as " + ref + " carries " + issued.recordSha256());
        }
        LetterFile original = issued.heldHere() ? original(issued) : null;
        if (!issued.heldHere()) {
            findings.add("letter " + ref + " was issued on another workstation of the office, which holds its file, so"
                    + " the visible text cannot be compared here");
        } else if (original == null) {
            findings.add("the letter as issued is not in the workspace's letters folder as it was written ("
                    + issued.file().getFileName() + "), so the visible text cannot be compared");
        } else {
            byte[] issuedRecord = original.record();
            byte[] presentedRecord = presented.record();
            if (issuedRecord != null && presentedRecord != null
                    && !issued.recordSha256().equals(presented.recordSha256())) {
                differences.addAll(ContentDiff.limited(ContentDiff.record(issuedRecord, presentedRecord)));
            }
            if (presented.readable()) {
                differences.addAll(ContentDiff.limited(ContentDiff.text(original.pages(), presented.pages())));
            } else {
                differences.add("the file is not a readable PDF, so its text cannot be read");
            }
        }
        String current = supersession(issued, findings);
        if (issued.signed() && !presented.signatureHolds()) {
            findings.add("the letter was issued signed; this copy's signature " + (presented.signatures().isEmpty()
                    ? "is gone" : "no longer covers the file") + " (re-saving a signed PDF breaks its signature)");
        } else {
            signatures(presented, findings);
        }
        unsignedCode(presented, findings);
        if (!differences.isEmpty()) {
            findings.addAll(differences);
            return new VerificationReport(LetterVerdict.ALTERED, ref, findings, current, differences);
        }
        if (original == null) {
            findings.add("its decision record and QR code match letter " + ref + " as issued");
            return new VerificationReport(LetterVerdict.UNKNOWN, ref, findings, current, List.of());
        }
        findings.add("its decision record, its QR code and the text of all " + original.pages().size()
                + " page(s) are those of letter " + ref + " as issued on " + issued.issuedAt() + " for case "
                + issued.caseNo() + ": the file was saved again, its content unchanged");
        return new VerificationReport(LetterVerdict.SAME_CONTENT, ref, findings, current, List.of());
    }

    /** The issued copy from the letters folder, read; null when missing or no longer the bytes issued. */
    private @Nullable LetterFile original(IssuedLetter issued) {
        try {
            // Opened through the workspace key when sealed (a locked workspace reads as no copy at hand).
            byte[] bytes = org.redress.vault.SealedFiles.reading(database.workspace()).read(issued.file());
            if (!DecisionRecord.sha256(bytes).equals(issued.heldSha256())) {
                LOG.warn("the stored copy of letter {} is not the file issued", issued.referenceNo());
                return null;
            }
            return LetterFile.read(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    /** Notes a superseded letter and returns the reference of the case's letter in force, if another. */
    private @Nullable String supersession(IssuedLetter issued, List<String> findings) {
        if (issued.supersededBy() == null) {
            return null;
        }
        IssuedLetter current = database.read(c -> new IssuedLetters(c, database.workspace()).current(issued.caseId()))
                .orElseThrow();
        String next = issued.supersededBy();
        findings.add("superseded: the letter in force for case " + issued.caseNo() + " is " + current.referenceNo()
                + ", issued " + current.issuedAt() + (next.equals(current.referenceNo()) ? ""
                : " (" + issued.referenceNo() + " was replaced by " + next + ", itself since replaced)"));
        Reopenings.after(database, issued).ifPresent(findings::add);
        return current.referenceNo();
    }

    /** An {@code RDL1} code (no office endorsement when issued): only the office's own records vouch for it. */
    private static void unsignedCode(LetterFile presented, List<String> findings) {
        presented.qr().filter(v -> v.signed() == null).ifPresent(v -> findings.add("its QR code (RDL1) is not signed"
                + " by the office (the workstation had no endorsement from the office when it issued the letter): only"
                + " the issuing office can check it, against its records as here; on another machine, with the"
                + " office's public key alone (--office-key), it reads UNKNOWN"));
    }

    /** {@code B_LT} as people write it: {@code PAdES B-LT}. */
    private static String level(String level) {
        return "PAdES " + level.replace('_', '-');
    }

    private static void signatures(LetterFile presented, List<String> findings) {
        for (SignatureCheck.Result result : presented.signatures()) {
            findings.add(result.valid() ? "signed by " + result.signer() + "; the signature is intact"
                    : "the signature does not hold: " + result.problem());
        }
    }
}
