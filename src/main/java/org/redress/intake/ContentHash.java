package org.redress.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** A SHA-256 over a record's fields in name order, blank fields left out, values trimmed. */
final class ContentHash {
    private ContentHash() {}

    static String of(RawRecord record) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        for (Map.Entry<String, String> field : new TreeMap<>(record.fields()).entrySet()) {
            String value = field.getValue() == null ? "" : field.getValue().strip();
            if (value.isEmpty()) {
                continue;
            }
            digest.update(field.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(value.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }
}
