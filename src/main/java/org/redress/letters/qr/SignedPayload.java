package org.redress.letters.qr;

import org.bouncycastle.util.encoders.Base32;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a letter's QR code carries since issue #16 (format {@code RDL2}): a compact payload signed by
 * the issuing workstation's key, with the office's endorsement of that key, so that anyone holding
 * the office's public key can check it offline — the shape of the EU Digital COVID Certificate (a
 * small signed binary payload in a QR-friendly alphabet, issuer keys published) without its CBOR/COSE
 * stack. The bytes, all lengths in one byte, numbers big-endian:
 * <pre>
 * 0x02                      format
 * len ‖ reference           ASCII, e.g. RD-L-2026-000123
 * issued on                 epoch day, 4 bytes
 * outcome                   1 byte ({@link LetterOutcome})
 * len ‖ masked subject      UTF-8, as the letter prints it (110105********002X)
 * record SHA-256            32 bytes
 * len ‖ replaces            the reference of the letter this one replaces, or length 0
 * device key                32 bytes   ┐ the office's endorsement
 * last day                  4 bytes    │ ({@link Endorsement})
 * endorsement signature     64 bytes   ┘
 * signature                 64 bytes: the device key's Ed25519 signature of "redress-letter-qr/v2\n" ‖ everything above
 * </pre>
 * In the QR code the bytes are written in RFC 4648 base32 (upper case, no padding: QR's compact
 * alphanumeric mode), after the office's verification address when it has one, so that a phone's
 * camera opens the hub's page: {@code https://hub.example/v/RDL2GEZD…}, otherwise {@code RDL2:GEZD…}.
 * Any changed byte is refused: the format is read strictly (no trailing bytes) and every byte but the
 * signature is signed.
 */
public record SignedPayload(String referenceNo, LocalDate issuedOn, LetterOutcome outcome, String maskedSubject,
                            String recordSha256, @Nullable String replaces, Endorsement endorsement, byte[] signature) {

    public static final String PREFIX = "RDL2";
    private static final byte FORMAT = 2;
    private static final byte[] DOMAIN = "redress-letter-qr/v2\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern REFERENCE = Pattern.compile("([A-Z]{2,8})-L-\\d{4}-\\d{6}");
    private static final Pattern QR = Pattern.compile("(?:^|/)" + PREFIX + ":?([A-Z2-7]{40,})=*$");

    public SignedPayload {
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(outcome, "outcome");
        Matcher ref = REFERENCE.matcher(referenceNo);
        if (!ref.matches() || !ref.group(1).equals(endorsement.officeCode())) {
            throw new IllegalArgumentException("the reference is not one of the endorsing office");
        }
        if (replaces != null && !REFERENCE.matcher(replaces).matches()) {
            throw new IllegalArgumentException("not a letter reference: " + replaces);
        }
        recordSha256 = recordSha256.toLowerCase(Locale.ROOT);
        if (!recordSha256.matches("[0-9a-f]{64}") || signature.length != 64
                || maskedSubject.getBytes(StandardCharsets.UTF_8).length > 255) {
            throw new IllegalArgumentException("a payload has a 64-hex record hash, a short subject and a 64-byte signature");
        }
        signature = signature.clone();
    }

    /** What the workstation signs with: its key, the office's endorsement of it, the verification address. */
    public interface Signer {
        Endorsement endorsement();

        byte[] sign(byte[] message);

        /** The office's public verification address ({@code https://hub.example/v}), or null. */
        @Nullable String verifyAddress();
    }

    /** Signs the fields with the workstation's key. */
    public static SignedPayload sign(String referenceNo, LocalDate issuedOn, LetterOutcome outcome, String maskedSubject,
                                     String recordSha256, @Nullable String replaces, Signer signer) {
        SignedPayload unsigned = new SignedPayload(referenceNo, issuedOn, outcome, maskedSubject, recordSha256, replaces,
                signer.endorsement(), new byte[64]);
        return new SignedPayload(referenceNo, issuedOn, outcome, maskedSubject, recordSha256, replaces,
                signer.endorsement(), signer.sign(unsigned.signedMessage()));
    }

    /** What the signature covers: the domain string and every byte before the signature. */
    byte[] signedMessage() {
        byte[] body = body();
        byte[] message = Arrays.copyOf(DOMAIN, DOMAIN.length + body.length);
        System.arraycopy(body, 0, message, DOMAIN.length, body.length);
        return message;
    }

    private byte[] body() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(FORMAT);
        text(out, referenceNo);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) issuedOn.toEpochDay()).array());
        out.write(outcome.code());
        text(out, maskedSubject);
        out.writeBytes(HexFormat.of().parseHex(recordSha256));
        text(out, replaces == null ? "" : replaces);
        out.writeBytes(endorsement.deviceKey());
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) endorsement.lastDay().toEpochDay()).array());
        out.writeBytes(endorsement.signature());
        return out.toByteArray();
    }

    public byte[] encode() {
        byte[] body = body();
        byte[] all = Arrays.copyOf(body, body.length + 64);
        System.arraycopy(signature, 0, all, body.length, 64);
        return all;
    }

    /** Reads the bytes strictly; throws {@link IllegalArgumentException} for anything else. */
    public static SignedPayload decode(byte[] bytes) {
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            if (b.get() != FORMAT) {
                throw new IllegalArgumentException("not format 2");
            }
            String reference = text(b);
            LocalDate issuedOn = LocalDate.ofEpochDay(b.getInt());
            LetterOutcome outcome = LetterOutcome.ofCode(b.get() & 0xff);
            String subject = text(b);
            byte[] record = new byte[32];
            b.get(record);
            String replaces = text(b);
            byte[] deviceKey = new byte[32];
            b.get(deviceKey);
            LocalDate lastDay = LocalDate.ofEpochDay(b.getInt());
            byte[] endorsed = new byte[64];
            b.get(endorsed);
            byte[] signature = new byte[64];
            b.get(signature);
            if (b.hasRemaining()) {
                throw new IllegalArgumentException("trailing bytes");
            }
            Matcher ref = REFERENCE.matcher(reference);
            if (!ref.matches()) {
                throw new IllegalArgumentException("not a letter reference");
            }
            SignedPayload payload = new SignedPayload(reference, issuedOn, outcome, subject,
                    HexFormat.of().formatHex(record), replaces.isEmpty() ? null : replaces,
                    new Endorsement(ref.group(1), deviceKey, lastDay, endorsed), signature);
            if (!Arrays.equals(payload.encode(), bytes)) {
                throw new IllegalArgumentException("not in canonical form");
            }
            return payload;
        } catch (BufferUnderflowException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a signed letter payload: " + e.getMessage(), e);
        }
    }

    /** The QR code's text: after the verification address when there is one. */
    public String qrText(@Nullable String verifyAddress) {
        String code = Base32.toBase32String(encode()).replace("=", "");
        if (verifyAddress == null || verifyAddress.isBlank()) {
            return PREFIX + ":" + code;
        }
        String base = verifyAddress.strip();
        return (base.endsWith("/") ? base : base + "/") + PREFIX + code;
    }

    /** Reads a QR code's text (or a verification address with the payload); empty when it is not one. */
    public static Optional<SignedPayload> parse(String text) {
        Matcher m = QR.matcher(text.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            String code = m.group(1);
            int pad = (8 - code.length() % 8) % 8;
            return Optional.of(decode(Base32.decode(code + "=".repeat(pad))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The verification address before the payload in a QR code's text, or null when there is none. */
    public static @Nullable String addressIn(String text) {
        Matcher m = QR.matcher(text.strip());
        return m.find() && m.start() > 0 ? text.strip().substring(0, m.start()) : null;
    }

    /** The signature's word, given the office's public key. */
    public Check check(PublicKey officeKey) {
        if (!endorsement.madeBy(officeKey)) {
            return Check.NOT_THIS_OFFICE;
        }
        if (!Ed25519Keys.verify(endorsement.devicePublicKey(), signedMessage(), signature)) {
            return Check.BAD_SIGNATURE;
        }
        if (issuedOn.isAfter(endorsement.lastDay())) {
            return Check.ENDORSEMENT_EXPIRED;
        }
        return Check.VALID;
    }

    public enum Check {
        /** Signed by a workstation the office endorsed for the day of issue. */
        VALID,
        /** The office key given did not endorse the signing key: another office's letter, or a forgery. */
        NOT_THIS_OFFICE,
        /** The endorsement holds but the payload is not what the workstation signed. */
        BAD_SIGNATURE,
        /** Signed after the last day the office endorsed the workstation's key for. */
        ENDORSEMENT_EXPIRED
    }

    /** The first 16 hex digits of the record hash in groups of four, as the letter prints it. */
    public String shortCode() {
        String head = recordSha256.substring(0, 16).toUpperCase(Locale.ROOT);
        return head.substring(0, 4) + "-" + head.substring(4, 8) + "-" + head.substring(8, 12) + "-"
                + head.substring(12, 16);
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedPayload p && Arrays.equals(encode(), p.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    private static void text(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 255) {
            throw new IllegalArgumentException("text too long for a payload");
        }
        out.write(bytes.length);
        out.writeBytes(bytes);
    }

    private static String text(ByteBuffer b) {
        byte[] bytes = new byte[b.get() & 0xff];
        b.get(bytes);
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (!Arrays.equals(s.getBytes(StandardCharsets.UTF_8), bytes)) {
            throw new IllegalArgumentException("not UTF-8");
        }
        return s;
    }
}
