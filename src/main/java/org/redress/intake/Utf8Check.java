package org.redress.intake;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the first byte sequence that is not UTF-8 and says where it is (line and byte offset), so a
 * clerk can open the file and fix it. Decoding with replacement would silently turn a name into "�".
 */
public final class Utf8Check {
    private Utf8Check() {}

    /** Where the first malformed sequence starts, or null when the whole stream is UTF-8. */
    public record Malformed(long byteOffset, long line, String bytesHex) {
        public String describe() {
            return "line " + line + " (byte " + byteOffset + "): bytes " + bytesHex
                    + " are not valid UTF-8; save the file as UTF-8";
        }
    }

    public static @Nullable Malformed firstMalformed(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long consumedBefore = 0; // bytes fully decoded and dropped from the buffer
        long newlines = 0;
        boolean eof = false;
        while (true) {
            if (!eof) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            int start = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, eof);
            newlines += countNewlines(bytes.array(), start, bytes.position());
            if (result.isError()) {
                int at = bytes.position();
                int len = Math.min(result.length(), bytes.remaining());
                StringBuilder hex = new StringBuilder();
                for (int i = 0; i < len; i++) {
                    hex.append(String.format("%02X", bytes.get(at + i) & 0xFF));
                }
                return new Malformed(consumedBefore + at, newlines + 1, hex.toString());
            }
            consumedBefore += bytes.position();
            bytes.compact();
            chars.clear();
            if (eof && bytes.position() == 0) {
                CoderResult flush = decoder.flush(chars);
                return flush.isError() ? new Malformed(consumedBefore, newlines + 1, "") : null;
            }
            if (eof && result.isUnderflow()) {
                // leftover bytes at end of input that decode(…, true) accepted would have been consumed
                return bytes.position() == 0 ? null : new Malformed(consumedBefore, newlines + 1, "truncated");
            }
        }
    }

    private static long countNewlines(byte[] data, int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) {
            if (data[i] == '\n') {
                count++;
            }
        }
        return count;
    }
}
