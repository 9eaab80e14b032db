package org.redress.audit;

import org.jspecify.annotations.Nullable;
import org.redress.keys.DeviceKey;
import org.redress.platform.PrivateFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The audit chain's heads, signed with the device's key and kept outside the database in
 * {@code audit-checkpoints}, one line per checkpoint:
 * <pre>KIND SEQ HASH AT KEYID PREV SIGNATURE</pre>
 * KIND is {@code G} (the key was made; SEQ is the chain's length then), {@code R} (the log was
 * found missing while the key existed, and begun again) or {@code C} (a checkpoint); PREV is the
 * SHA-256 of the line before (64 zeros for the first), so the lines form a chain of their own; the
 * Ed25519 signature covers every other field. Someone who rewrites the audit chain in the
 * database (edits rows, empties the log, seals it again) can no longer make it pass through the
 * heads signed here without the device's key.
 */
public final class AuditCheckpoints {

    static final String FORMAT = "redress-audit-checkpoint/1";
    static final String ZEROS = AuditCanonical.GENESIS;
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    /** One line of the log, as read. */
    record Line(int number, String kind, long seq, String hash, String at, String keyId, String prev, String signature,
                String text) {

        String message() {
            return FORMAT + "|" + keyId + "|" + kind + "|" + seq + "|" + hash + "|" + at + "|" + prev;
        }
    }

    private AuditCheckpoints() {
    }

    /**
     * Begins the log when there is none: with a {@code G} line when the key was just made, else an
     * {@code R} line (a log that went missing while its key stayed). Does nothing when it exists.
     */
    static void begin(Path log, DeviceKey key, boolean keyMade, @Nullable ChainHead head, Instant at) {
        synchronized (lock(log)) {
            if (Files.exists(log, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            append(log, key, keyMade ? "G" : "R", head, at, null);
        }
    }

    /** Appends a {@code C} line for {@code head} unless the log's last line already names it. */
    static void checkpoint(Path log, DeviceKey key, ChainHead head, Instant at) {
        synchronized (lock(log)) {
            append(log, key, "C", head, at, head);
        }
    }

    private static Object lock(Path log) {
        return LOCKS.computeIfAbsent(log.toAbsolutePath().normalize(), p -> new Object());
    }

    private static void append(Path log, DeviceKey key, String kind, @Nullable ChainHead head, Instant at,
                               @Nullable ChainHead skipIfLast) {
        try (FileChannel channel = PrivateFiles.open(log, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
            String last = lastLine(channel);
            if (skipIfLast != null && last != null) {
                Line previous = parse(0, last);
                if (previous != null && previous.seq() == skipIfLast.seq() && previous.hash().equals(skipIfLast.hash())) {
                    return;
                }
            }
            String prev = last == null ? ZEROS : AuditCanonical.sha256(last);
            long seq = head == null ? 0 : head.seq();
            String hash = head == null ? AuditCanonical.GENESIS : head.hash();
            String keyId = key.keyId();
            Line line = new Line(0, kind, seq, hash, at.toString(), keyId, prev, "", "");
            String signature = Base64.getEncoder().encodeToString(key.sign(DeviceKey.utf8(line.message())));
            String text = kind + " " + seq + " " + hash + " " + at + " " + keyId + " " + prev + " " + signature + "\n";
            channel.position(channel.size());
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit checkpoint log", e);
        }
    }

    /** The last complete line of the log; null when it is empty. */
    private static @Nullable String lastLine(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return null;
        }
        int window = (int) Math.min(size, 4096);
        ByteBuffer tail = ByteBuffer.allocate(window);
        channel.read(tail, size - window);
        String text = new String(tail.array(), 0, tail.position(), StandardCharsets.US_ASCII);
        int end = text.endsWith("\n") ? text.length() - 1 : text.length();
        int start = text.lastIndexOf('\n', end - 1) + 1;
        return text.substring(start, end);
    }

    /** Every line of the log; empty when there is no log. */
    static List<Line> read(Path log) throws IOException {
        List<Line> lines = new ArrayList<>();
        if (Files.isSymbolicLink(log)) {
            throw new IOException("the checkpoint log is a symbolic link");
        }
        List<String> texts;
        try {
            texts = Files.readAllLines(log, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return lines;
        }
        for (int i = 0; i < texts.size(); i++) {
            Line line = parse(i + 1, texts.get(i));
            lines.add(line == null ? new Line(i + 1, "?", -1, "", "", "", "", "", texts.get(i)) : line);
        }
        return lines;
    }

    private static @Nullable Line parse(int number, String text) {
        String[] f = text.split(" ", -1);
        if (f.length != 7) {
            return null;
        }
        try {
            return new Line(number, f[0], Long.parseLong(f[1]), f[2], f[3], f[4], f[5], f[6], text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether {@code line} is signed by {@code key}. */
    static boolean signedBy(Line line, PublicKey key) {
        try {
            return DeviceKey.verify(key, DeviceKey.utf8(line.message()), Base64.getDecoder().decode(line.signature()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The SHA-256 a line's successor names as its PREV. */
    static String digestOf(Line line) {
        return AuditCanonical.sha256(line.text());
    }
}
