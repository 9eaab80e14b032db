package org.redress.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A file's media type from its first bytes (its magic number), not from its name: a renamed PDF
 * is still previewed as a PDF and an executable called {@code photo.jpg} is not shown as an image.
 * The name decides only among plain-text kinds, which have no magic number.
 */
public final class MediaTypes {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String GIF = "image/gif";
    public static final String TIFF = "image/tiff";
    public static final String WEBP = "image/webp";
    public static final String ZIP = "application/zip";
    public static final String TEXT = "text/plain";
    public static final String CSV = "text/csv";
    public static final String UNKNOWN = "application/octet-stream";

    /** How many leading bytes {@link #sniff} looks at. */
    public static final int HEAD_BYTES = 512;

    private MediaTypes() {
    }

    public static String sniff(byte[] head, String fileName) {
        if (starts(head, "%PDF-")) {
            return PDF;
        }
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(head, "GIF87a") || starts(head, "GIF89a")) {
            return GIF;
        }
        if (starts(head, 'I', 'I', 42, 0) || starts(head, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        if (starts(head, "RIFF") && head.length >= 12
                && new String(head, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return WEBP;
        }
        if (starts(head, 'P', 'K', 3, 4)) {
            return ZIP;
        }
        if (looksLikeText(head)) {
            return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : TEXT;
        }
        return UNKNOWN;
    }

    /** UTF-8 without control characters other than tab, line feed, carriage return and form feed. */
    private static boolean looksLikeText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        // A cut in the middle of a multi-byte character at the end of the head is not a fault.
        byte[] whole = Arrays.copyOf(head, Math.max(0, head.length - 3));
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(whole), java.nio.CharBuffer.allocate(whole.length), true).isUnderflow();
    }

    private static boolean starts(byte[] head, String ascii) {
        return starts(head, ascii.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean starts(byte[] head, int... magic) {
        byte[] bytes = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            bytes[i] = (byte) magic[i];
        }
        return starts(head, bytes);
    }

    private static boolean starts(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
