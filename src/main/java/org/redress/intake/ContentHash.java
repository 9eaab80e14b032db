package org.redress.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** A SHA-256 over a record's fields in name order, blank fields left out, values trimmed. */
final class ContentHash {
    private ContentHash() {}

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    });
    private static final Map<FeedKind, String[]> SORTED_FIELDS = new java.util.EnumMap<>(FeedKind.class);

    static {
        for (FeedKind kind : FeedKind.values()) {
            java.util.TreeSet<String> names = new java.util.TreeSet<>(kind.requiredFields());
            names.addAll(kind.optionalFields());
            SORTED_FIELDS.put(kind, names.toArray(String[]::new));
        }
    }

    static String of(RawRecord record) {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        for (String name : SORTED_FIELDS.get(record.kind())) {
            String raw = record.fields().get(name);
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                continue;
            }
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(value.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }
}
