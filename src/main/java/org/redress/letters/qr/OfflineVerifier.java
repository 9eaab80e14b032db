package org.redress.letters.qr;

import org.redress.letters.LetterFile;
import org.redress.letters.LetterVerdict;
import org.redress.letters.LetterVerification;
import org.redress.letters.VerificationReport;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a letter file with nothing but the office's public letter key (or the published key set):
 * no workspace, no network. What it can vouch for offline is what the office signed — the QR code's
 * payload — and that the file's embedded decision record is the one that payload names (its SHA-256)
 * and that the printed verification code and reference match it:
 * <ul>
 *   <li>GENUINE (exit 0): signed by a workstation the office endorsed for the day of issue, and the
 *       embedded record and the printed code are the ones signed. The printed text is not compared
 *       word for word (no issued copy is at hand): the embedded record is the decision as issued;</li>
 *   <li>ALTERED (exit 1): the payload is not what the workstation signed, or the record or the printed
 *       code in the file are not those the signed payload names;</li>
 *   <li>NOT ISSUED HERE (exit 2): not signed under the given office key (another office's letter, or a
 *       forgery), or signed after the office's endorsement of the workstation lapsed;</li>
 *   <li>UNKNOWN (exit 2): no signed QR code (a letter from before signed codes says only {@code RDL1}:
 *       the office must check it).</li>
 * </ul>
 * Whether a letter was since replaced is the office's knowledge: the report names the letter this one
 * replaces (the payload says so) and points to the verification page for the letter in force.
 */
public final class OfflineVerifier {

    private final List<PublicKey> officeKeys;

    public OfflineVerifier(List<PublicKey> officeKeys) {
        if (officeKeys.isEmpty()) {
            throw new IllegalArgumentException("at least one office key");
        }
        this.officeKeys = List.copyOf(officeKeys);
    }

    public VerificationReport verify(byte[] bytes) {
        LetterFile file = LetterFile.read(bytes);
        List<String> findings = new ArrayList<>();
        if (!file.readable()) {
            findings.add("the file is not a readable PDF");
        }
        Optional<LetterVerification> qr = file.qr();
        if (qr.isEmpty() || qr.get().signed() == null) {
            findings.add(qr.isEmpty() ? "no readable Redress QR code on the last page"
                    : "the QR code (RDL1) is not signed: only the issuing office can vouch for letter " + qr.get().referenceNo());
            return new VerificationReport(LetterVerdict.UNKNOWN, qr.map(LetterVerification::referenceNo).orElse(null),
                    findings);
        }
        SignedPayload p = qr.get().signed();
        String ref = p.referenceNo();
        SignedPayload.Check check = SignedPayload.Check.NOT_THIS_OFFICE;
        for (PublicKey key : officeKeys) {
            check = p.check(key);
            if (check != SignedPayload.Check.NOT_THIS_OFFICE) {
                break;
            }
        }
        switch (check) {
            case NOT_THIS_OFFICE -> {
                findings.add("the QR code of " + ref + " is not signed by a workstation of the office whose key was given");
                return new VerificationReport(LetterVerdict.NOT_ISSUED_HERE, ref, findings);
            }
            case ENDORSEMENT_EXPIRED -> {
                findings.add("the QR code of " + ref + " was signed for " + p.issuedOn() + ", after the office's"
                        + " endorsement of the signing workstation lapsed (" + p.endorsement().lastDay() + ")");
                return new VerificationReport(LetterVerdict.NOT_ISSUED_HERE, ref, findings);
            }
            case BAD_SIGNATURE -> {
                findings.add("the QR code's payload is not what the workstation signed");
                return new VerificationReport(LetterVerdict.ALTERED, ref, findings, null, List.of(findings.getLast()));
            }
            case VALID -> {
            }
        }
        findings.add("the QR code is signed by a workstation office " + p.endorsement().officeCode()
                + " endorsed: letter " + ref + " of " + p.issuedOn() + ", outcome " + p.outcome().en()
                + ", addressee " + p.maskedSubject());
        List<String> differences = new ArrayList<>();
        if (file.record() == null) {
            differences.add("the decision record is missing from the file");
        } else if (!p.recordSha256().equals(file.recordSha256())) {
            differences.add("the embedded decision record (SHA-256 " + file.recordSha256() + ") is not the one the"
                    + " signed QR code names (" + p.recordSha256() + ")");
        }
        List<String> text = file.pages().stream().flatMap(List::stream).toList();
        String all = String.join("\n", text);
        if (file.readable() && !all.contains(p.shortCode())) {
            differences.add("the printed verification code is not " + p.shortCode() + ", the one the signed QR code names");
        }
        if (file.readable() && !all.contains(ref)) {
            differences.add("the printed text does not name " + ref);
        }
        if (!differences.isEmpty()) {
            findings.addAll(differences);
            return new VerificationReport(LetterVerdict.ALTERED, ref, findings, null, differences);
        }
        findings.add("its decision record and printed verification code are those the office's workstation signed;"
                + " the printed text was not compared word for word (offline, the embedded record is the decision as issued)");
        if (p.replaces() != null) {
            findings.add("it replaces letter " + p.replaces());
        }
        String page = qr.get().verifyAddress();
        findings.add("whether it has since been replaced, the office knows" + (page == null ? ""
                : ": " + page + " (scan the QR code)"));
        return new VerificationReport(LetterVerdict.GENUINE, ref, findings);
    }
}
