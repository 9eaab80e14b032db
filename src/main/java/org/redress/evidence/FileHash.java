package org.redress.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a file's bytes in lower-case hex: the name evidence is kept and checked under. */
public final class FileHash {

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(FileHash::newDigest);
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[1 << 16]);

    private FileHash() {
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        byte[] buffer = BUFFER.get();
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
