package org.redress.demo;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A file attached to a case, with its chain of custody.
 *
 * @param addedBy null when it arrived without an officer (the applicant's upload through the hub)
 */
record DemoAttachment(long id, EvidenceFile file, String fileName, @Nullable Long addedBy, Instant addedAt,
                      String source, String reason) {
}
