package org.redress.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.Queue;

/**
 * Decodes a feed as UTF-8 (a byte-order mark skipped) and reads on past bytes that are not UTF-8:
 * each run of them becomes one U+FFFD in the text and a {@link BadBytes} saying where it was and
 * what it held, so a reader can refuse just the record it falls in and a clerk can find it. Line
 * numbers count line breaks as RFC 4180 and JSON parsers do: CR LF, LF or CR alone.
 */
final class Utf8Reader extends Reader {
    /** Bytes that are not UTF-8: the line they are on, their offset in the file, and their hex. */
    record BadBytes(long line, long byteOffset, String hex) {
        String describe() {
            return "line " + line + " (byte " + byteOffset + "): bytes " + hex + " are not valid UTF-8; save the file as UTF-8";
        }
    }

    private static final int BUFFER = 1 << 16;
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private final Queue<BadBytes> bad = new ArrayDeque<>();
    private boolean started;
    private boolean eof;
    private boolean done;
    /** File offset of {@code bytes.position()}. */
    private long consumed;
    private long line = 1;
    private boolean afterCr;
    /** The run of bad bytes being read, while no good character has come since. */
    private java.io.ByteArrayOutputStream run;
    private long runLine;
    private long runOffset;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    /** The runs of bad bytes read so far, oldest first; the caller takes them off as it places them. */
    Queue<BadBytes> badBytes() {
        return bad;
    }

    @Override
    public int read(char[] into, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !decodeMore()) {
            return -1;
        }
        int n = Math.min(len, chars.remaining());
        chars.get(into, off, n);
        return n;
    }

    private boolean decodeMore() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !done) {
            if (!started) {
                started = true;
                fill();
                skipByteOrderMark();
            }
            int charsBefore = chars.position();
            int bytesBefore = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, eof);
            consumed += bytes.position() - bytesBefore;
            if (chars.position() > charsBefore) {
                endRun();
                countLines(charsBefore, chars.position());
            }
            if (result.isError()) {
                if (run == null) {
                    if (!chars.hasRemaining()) {
                        break; // no room for the replacement yet; the bytes wait for the next call
                    }
                    chars.put('\uFFFD');
                    afterCr = false;
                    run = new java.io.ByteArrayOutputStream();
                    runLine = line;
                    runOffset = consumed;
                }
                int length = result.length();
                run.write(bytes.array(), bytes.arrayOffset() + bytes.position(), length);
                bytes.position(bytes.position() + length);
                consumed += length;
            } else if (result.isUnderflow()) {
                if (eof) {
                    endRun();
                    decoder.flush(chars);
                    done = true;
                } else {
                    fill();
                }
            } else {
                break; // the char buffer is full
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    private void fill() throws IOException {
        bytes.compact();
        while (bytes.hasRemaining()) {
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
                break;
            }
            bytes.position(bytes.position() + n);
            if (bytes.position() >= 3) {
                break;
            }
        }
        bytes.flip();
    }

    private void skipByteOrderMark() {
        if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
                && (bytes.get(2) & 0xFF) == 0xBF) {
            bytes.position(3);
            consumed = 3;
        }
    }

    private void endRun() {
        if (run != null) {
            bad.add(new BadBytes(runLine, runOffset, HEX.formatHex(run.toByteArray())));
            run = null;
        }
    }

    private void countLines(int from, int to) {
        char[] a = chars.array();
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c == '\n') {
                if (!afterCr) {
                    line++;
                }
                afterCr = false;
            } else if (c == '\r') {
                line++;
                afterCr = true;
            } else {
                afterCr = false;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
