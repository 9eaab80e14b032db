package org.redress.letters.qr;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The signed QR payload: it reads back as written, and any changed byte is refused. */
class SignedPayloadProperties {

    private static final KeyPair OFFICE = pair();
    private static final KeyPair OTHER_OFFICE = pair();
    private static final KeyPair DEVICE = pair();
    private static final Endorsement ENDORSED = Endorsement.issue(OFFICE.getPrivate(), "RD", DEVICE.getPublic(),
            LocalDate.of(2026, 12, 31));

    static KeyPair pair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static SignedPayload.Signer signer(KeyPair device, Endorsement endorsement, @Nullable String address) {
        return new SignedPayload.Signer() {
            @Override
            public Endorsement endorsement() {
                return endorsement;
            }

            @Override
            public byte[] sign(byte[] message) {
                try {
                    Signature s = Signature.getInstance("Ed25519");
                    s.initSign(device.getPrivate());
                    s.update(message);
                    return s.sign();
                } catch (java.security.GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public @Nullable String verifyAddress() {
                return address;
            }
        };
    }

    @Provide
    Arbitrary<SignedPayload> payloads() {
        var sequence = Arbitraries.integers().between(1, 999_999);
        var day = Arbitraries.integers().between(0, 360);
        var outcome = Arbitraries.of(LetterOutcome.class);
        var subject = Arbitraries.strings().withChars("0123456789X*").ofMinLength(0).ofMaxLength(18);
        var hash = Arbitraries.bytes().array(byte[].class).ofSize(32);
        var replaces = Arbitraries.integers().between(0, 999_999);
        return net.jqwik.api.Combinators.combine(sequence, day, outcome, subject, hash, replaces).as(
                (seq, d, o, s, h, r) -> SignedPayload.sign("RD-L-2026-%06d".formatted(seq),
                        LocalDate.of(2026, 1, 1).plusDays(d), o, s, HexFormat.of().formatHex(h),
                        r == 0 ? null : "RD-L-2026-%06d".formatted(r), signer(DEVICE, ENDORSED, null)));
    }

    @Property(tries = 200)
    void readsBackAsWrittenAndHolds(@ForAll("payloads") SignedPayload payload) {
        assertThat(SignedPayload.decode(payload.encode())).isEqualTo(payload);
        assertThat(SignedPayload.parse(payload.qrText(null))).contains(payload);
        assertThat(SignedPayload.parse(payload.qrText("https://hub.example:8443/v"))).contains(payload);
        assertThat(SignedPayload.addressIn(payload.qrText("https://hub.example:8443/v"))).isEqualTo("https://hub.example:8443/v");
        assertThat(payload.check(OFFICE.getPublic())).isEqualTo(SignedPayload.Check.VALID);
        assertThat(payload.check(OTHER_OFFICE.getPublic())).isEqualTo(SignedPayload.Check.NOT_THIS_OFFICE);
    }

    @Property(tries = 300)
    void anyChangedByteIsRefused(@ForAll("payloads") SignedPayload payload, @ForAll @IntRange(min = 0, max = 400) int at,
                                 @ForAll @IntRange(min = 1, max = 255) int flip) {
        byte[] bytes = payload.encode();
        int index = at % bytes.length;
        bytes[index] ^= (byte) flip;
        Optional<SignedPayload> read;
        try {
            read = Optional.of(SignedPayload.decode(bytes));
        } catch (IllegalArgumentException e) {
            read = Optional.empty();
        }
        read.ifPresent(changed -> assertThat(changed.check(OFFICE.getPublic())).isNotEqualTo(SignedPayload.Check.VALID));
    }

    @Property(tries = 100)
    void aChangedCharacterOfTheQrTextIsRefused(@ForAll("payloads") SignedPayload payload,
                                               @ForAll @IntRange(min = 0, max = 600) int at) {
        String text = payload.qrText(null);
        int index = 5 + at % (text.length() - 5);
        char replacement = text.charAt(index) == 'A' ? 'B' : 'A';
        String changed = text.substring(0, index) + replacement + text.substring(index + 1);
        SignedPayload.parse(changed).ifPresent(p ->
                assertThat(p.check(OFFICE.getPublic())).isNotEqualTo(SignedPayload.Check.VALID));
    }

    @Property(tries = 50)
    void aLapsedEndorsementIsNotValid(@ForAll @IntRange(min = 1, max = 100) int daysLate) {
        Endorsement lapsed = Endorsement.issue(OFFICE.getPrivate(), "RD", DEVICE.getPublic(), LocalDate.of(2026, 3, 1));
        SignedPayload p = SignedPayload.sign("RD-L-2026-000001", LocalDate.of(2026, 3, 1).plusDays(daysLate),
                LetterOutcome.REVERSED, "110105********002X", "ab".repeat(32), null, signer(DEVICE, lapsed, null));
        assertThat(p.check(OFFICE.getPublic())).isEqualTo(SignedPayload.Check.ENDORSEMENT_EXPIRED);
    }
}
