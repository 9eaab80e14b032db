package org.redress.demo;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A file attached to a case, with its chain of custody. The file is named by its place in the
 * evidence library (kind and variant), whose digest the writer looks up, so cases can be generated
 * while the library is still being drawn.
 *
 * @param ruleCode   the rule of the entry the file is about (with {@code agencyCode}); null for a file about none
 * @param addedBy null when it arrived without an officer (the applicant's upload through the hub)
 */
record DemoAttachment(long id, EvidenceKind kind, int variant, String fileName, @Nullable Long addedBy,
                      Instant addedAt, String source, String reason, @Nullable String ruleCode,
                      @Nullable String agencyCode) {
}
