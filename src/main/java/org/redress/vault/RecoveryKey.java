package org.redress.vault;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The administrator's recovery key: 256 random bits written as 52 letters and digits in groups of
 * four (base32, RFC 4648 alphabet, no padding), printed once when the workspace key is made or
 * re-wrapped. Typed back in any case, with or without the dashes and spaces.
 */
public final class RecoveryKey {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int BYTES = 32;

    private final byte[] bits;

    private RecoveryKey(byte[] bits) {
        this.bits = bits;
    }

    static RecoveryKey generate() {
        byte[] bits = new byte[BYTES];
        new SecureRandom().nextBytes(bits);
        return new RecoveryKey(bits);
    }

    /** The key read back from what the administrator typed; empty when it is not one. */
    public static Optional<RecoveryKey> parse(String typed) {
        String text = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (text.length() != 52) {
            return Optional.empty();
        }
        byte[] out = new byte[BYTES];
        long buffer = 0;
        int bitsHeld = 0;
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            int value = ALPHABET.indexOf(text.charAt(i));
            if (value < 0) {
                return Optional.empty();
            }
            buffer = (buffer << 5) | value;
            bitsHeld += 5;
            if (bitsHeld >= 8) {
                bitsHeld -= 8;
                if (at < BYTES) {
                    out[at++] = (byte) (buffer >>> bitsHeld);
                }
            }
        }
        return at == BYTES ? Optional.of(new RecoveryKey(out)) : Optional.empty();
    }

    byte[] kek() {
        return KeyWrap.recoveryKek(bits);
    }

    /** The key as it is printed: 13 groups of four, joined by dashes. */
    public String text() {
        StringBuilder letters = new StringBuilder();
        long buffer = 0;
        int bitsHeld = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xff);
            bitsHeld += 8;
            while (bitsHeld >= 5) {
                bitsHeld -= 5;
                letters.append(ALPHABET.charAt((int) (buffer >>> bitsHeld) & 31));
            }
        }
        if (bitsHeld > 0) {
            letters.append(ALPHABET.charAt((int) (buffer << (5 - bitsHeld)) & 31));
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < letters.length(); i += 4) {
            if (i > 0) {
                grouped.append('-');
            }
            grouped.append(letters, i, Math.min(i + 4, letters.length()));
        }
        return grouped.toString();
    }

    /** Forgets the bits. */
    void wipe() {
        Arrays.fill(bits, (byte) 0);
    }

    @Override
    public String toString() {
        return "RecoveryKey[…]";
    }
}
