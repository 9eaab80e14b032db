package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.redress.letters.qr.SignedPayload;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What binds a letter to its decision record: the reference number and the SHA-256 of the
 * record's canonical JSON. The QR code carries {@link #qrPayload()}
 * ({@code RDL1:RD-L-2026-000123:<64 hex digits>}); the printed short code is the first 16 hex digits of
 * the hash in groups of four, enough for a person to compare by eye or read over the phone. Since
 * issue #16 a workstation the office endorsed puts a {@link SignedPayload} in the QR code instead
 * ({@code signed}, after the office's {@code verifyAddress} when it has one).
 */
public record LetterVerification(String referenceNo, String recordSha256, @Nullable SignedPayload signed,
                                 @Nullable String verifyAddress) {

    private static final String PREFIX = "RDL1";
    private static final Pattern PAYLOAD = Pattern.compile("RDL1:([A-Z]{2,8}-L-\\d{4}-\\d{6}):([0-9a-fA-F]{64})");

    /** An unsigned ({@code RDL1}) verification. */
    public LetterVerification(String referenceNo, String recordSha256) {
        this(referenceNo, recordSha256, null, null);
    }

    public LetterVerification {
        Objects.requireNonNull(referenceNo, "referenceNo");
        recordSha256 = recordSha256.toLowerCase(Locale.ROOT);
        if (!recordSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a record hash is 64 hex digits");
        }
    }

    public static LetterVerification of(LetterContent content, byte[] recordJson) {
        return new LetterVerification(content.referenceNo(), DecisionRecord.sha256(recordJson));
    }

    /** Signed with the workstation's endorsed key when {@code signer} is given (issue #16, item 2). */
    public static LetterVerification of(LetterContent content, byte[] recordJson,
                                        SignedPayload.@Nullable Signer signer) {
        String hash = DecisionRecord.sha256(recordJson);
        if (signer == null) {
            return new LetterVerification(content.referenceNo(), hash);
        }
        SignedPayload payload = SignedPayload.sign(content.referenceNo(), content.issuedOn(),
                org.redress.letters.qr.LetterOutcome.of(content.disputed().stream()
                        .map(LetterContent.Disputed::outcome).toList()),
                content.addressee().maskedIdentifier(), hash, content.supersedesReference(), signer);
        return new LetterVerification(content.referenceNo(), hash, payload, signer.verifyAddress());
    }

    /**
     * The signed payload after the verification address ({@link SignedPayload#qrText}) when the letter
     * is signed; else {@code RDL1}, upper-case throughout, so the QR code uses its compact alphanumeric
     * mode (version 4 instead of 6).
     */
    public String qrPayload() {
        if (signed != null) {
            return signed.qrText(verifyAddress);
        }
        return PREFIX + ":" + referenceNo + ":" + recordSha256.toUpperCase(Locale.ROOT);
    }

    public String shortCode() {
        String head = recordSha256.substring(0, 16).toUpperCase(Locale.ROOT);
        return head.substring(0, 4) + "-" + head.substring(4, 8) + "-" + head.substring(8, 12) + "-"
                + head.substring(12, 16);
    }

    /** Reads a QR payload ({@code RDL1} or a signed {@code RDL2}); empty when the text is not one of ours. */
    public static Optional<LetterVerification> parse(String payload) {
        Optional<SignedPayload> signed = SignedPayload.parse(payload);
        if (signed.isPresent()) {
            SignedPayload p = signed.get();
            return Optional.of(new LetterVerification(p.referenceNo(), p.recordSha256(), p, SignedPayload.addressIn(payload)));
        }
        Matcher m = PAYLOAD.matcher(payload.strip());
        return m.matches() ? Optional.of(new LetterVerification(m.group(1), m.group(2))) : Optional.empty();
    }
}
