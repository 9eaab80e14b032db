package org.redress.domain.ledger;

/**
 * The entry that set the grade when it is not what the points alone (or the default rating) give:
 * a "drops straight to grade D" entry, a rating cap, or a rating lift.
 */
public record GradeOverride(long eventId, String ruleCode, String grade) {
}
