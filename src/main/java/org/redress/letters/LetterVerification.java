package org.redress.letters;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What binds a letter to its decision record: the reference number and the SHA-256 of the
 * record's canonical JSON. The QR code carries {@link #qrPayload()}
 * ({@code RDL1:RD-L-2026-000123:<64 hex digits>}); the printed short code is the first 16 hex digits of
 * the hash in groups of four, enough for a person to compare by eye or read over the phone.
 */
public record LetterVerification(String referenceNo, String recordSha256) {

    private static final String PREFIX = "RDL1";
    private static final Pattern PAYLOAD = Pattern.compile("RDL1:([A-Z]{2,8}-L-\\d{4}-\\d{6}):([0-9a-fA-F]{64})");

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

    /** Upper-case throughout, so the QR code uses its compact alphanumeric mode (version 4 instead of 6). */
    public String qrPayload() {
        return PREFIX + ":" + referenceNo + ":" + recordSha256.toUpperCase(Locale.ROOT);
    }

    public String shortCode() {
        String head = recordSha256.substring(0, 16).toUpperCase(Locale.ROOT);
        return head.substring(0, 4) + "-" + head.substring(4, 8) + "-" + head.substring(8, 12) + "-"
                + head.substring(12, 16);
    }

    /** Reads a QR payload; empty when the text is not one of ours. */
    public static Optional<LetterVerification> parse(String payload) {
        Matcher m = PAYLOAD.matcher(payload.strip());
        return m.matches() ? Optional.of(new LetterVerification(m.group(1), m.group(2))) : Optional.empty();
    }
}
