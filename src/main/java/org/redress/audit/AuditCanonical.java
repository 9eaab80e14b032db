package org.redress.audit;

import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical encoding of an audit row and its SHA-256. Every field is length-prefixed
 * ({@code <chars>:<text>;}), so no choice of text can make two different rows encode alike; the
 * previous hash is part of the encoding, which is what chains the rows.
 */
public final class AuditCanonical {

    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);
    static final String VERSION = "redress-audit-1";

    private AuditCanonical() {
    }

    public static String encode(long seq, String at, @Nullable Long actorId, String kind, String entityType,
                                String entityId, String payload, String prevHash) {
        StringBuilder out = new StringBuilder(96 + payload.length());
        field(out, VERSION);
        field(out, Long.toString(seq));
        field(out, at);
        field(out, actorId == null ? "-" : Long.toString(actorId));
        field(out, kind);
        field(out, entityType);
        field(out, entityId);
        field(out, payload);
        field(out, prevHash);
        return out.toString();
    }

    public static String hash(AuditEvent e) {
        return hash(e.seq(), e.at(), e.actorId(), e.kind(), e.entityType(), e.entityId(), e.payload(), e.prevHash());
    }

    public static String hash(long seq, String at, @Nullable Long actorId, String kind, String entityType,
                              String entityId, String payload, String prevHash) {
        return sha256(encode(seq, at, actorId, kind, entityType, entityId, payload, prevHash));
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    static void field(StringBuilder out, @Nullable String value) {
        if (value == null) {
            out.append("~;");
            return;
        }
        out.append(value.length()).append(':').append(value).append(';');
    }
}
