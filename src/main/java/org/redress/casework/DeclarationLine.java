package org.redress.casework;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A recorded recusal declaration as the case view shows it: who declared what relation, to the
 * subject, an agency or the case, and when. Declarations are never edited or withdrawn.
 */
public record DeclarationLine(long id, long officerId, String officerName, @Nullable Long subjectId,
                              @Nullable String agencyCode, @Nullable Long caseId, String relation, String statement,
                              Instant declaredAt) {
}
