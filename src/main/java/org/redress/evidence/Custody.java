package org.redress.evidence;

import java.time.Instant;
import java.util.List;

/**
 * The chain of custody of one attachment: who added the file, when, where it came from and why it
 * is on the case. Kept with the attachment for good (the attachment table is append-only).
 *
 * @param source one of {@link #OFFICER_SOURCES}, or a code of the system's own intake
 */
public record Custody(long officerId, Instant at, String source, String reason) {

    /** Where a file an officer attaches by hand may come from. */
    public static final List<String> OFFICER_SOURCES = List.of("OFFICER_SCAN", "AGENCY_REPLY", "COUNTER_SCAN");

    public Custody {
        source = source.strip();
        reason = reason.strip();
        if (source.isEmpty()) {
            throw new IllegalArgumentException("the source of the file is required");
        }
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("the reason for attaching the file is required");
        }
    }
}
