package org.redress.domain.identity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An officer's decision to accept an identifier despite a checksum mismatch: real registered
 * codes exist that fail their own check. The reason is required; a format problem can never be
 * overridden.
 *
 * @param identifier the normalised identifier accepted
 * @param kind       its kind
 * @param mismatches the failed checks the officer saw and accepted
 * @param reason     why it was accepted, e.g. "matches the business licence on file"
 * @param acceptedBy the officer's account name
 * @param acceptedAt when
 */
public record ChecksumOverride(
        String identifier,
        IdentifierKind kind,
        List<ChecksumMismatch> mismatches,
        String reason,
        String acceptedBy,
        Instant acceptedAt) {

    public ChecksumOverride {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        mismatches = List.copyOf(mismatches);
        if (mismatches.isEmpty()) {
            throw new IllegalArgumentException("an override must name the failed checks it accepts");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("an override needs a reason");
        }
        if (acceptedBy.isBlank()) {
            throw new IllegalArgumentException("an override must say who accepted it");
        }
        reason = reason.strip();
        acceptedBy = acceptedBy.strip();
    }

    /**
     * Accepts the checked identifier despite its checksum mismatch.
     *
     * @throws IllegalArgumentException if the check found a format problem (never overridable), if
     *                                  it was valid (nothing to override), or if the reason is blank
     */
    public static ChecksumOverride accept(IdentifierCheck check, String reason, String acceptedBy, Instant at) {
        return switch (check.verdict()) {
            // The explanation quotes digits of the identifier: keep it out of messages that may be logged.
            case FORMAT -> throw new IllegalArgumentException("a format problem can never be overridden");
            case VALID -> throw new IllegalArgumentException("the identifier is valid: there is nothing to override");
            case CHECKSUM_MISMATCH -> new ChecksumOverride(Objects.requireNonNull(check.normalized()),
                    check.kind(), check.mismatches(), reason, acceptedBy, at);
        };
    }

    /** Whether this override accepts {@code check}: the same identifier failing the same checks. */
    public boolean covers(IdentifierCheck check) {
        return check.verdict() == Verdict.CHECKSUM_MISMATCH
                && identifier.equals(check.normalized())
                && mismatches.equals(check.mismatches());
    }
}
