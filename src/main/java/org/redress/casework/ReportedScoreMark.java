package org.redress.casework;

import org.redress.domain.ledger.ReportedScores;

import java.time.LocalDate;
import java.util.List;

/**
 * A score the agency reported after one of the subject's entries that differs from the score the
 * ledger gives at the end of that entry's day: both numbers, and the entries that would explain
 * the difference (not counted by the agency, counted twice, counted before it was imposed).
 */
public record ReportedScoreMark(String agencyCode, String reference, LocalDate at, int reported, int recomputed,
                                List<ReportedScores.Explanation> explanations) {
}
