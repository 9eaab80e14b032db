package org.redress.casework;

import org.redress.domain.appeal.Ground;

import java.util.List;

/**
 * What the queue's reading pane shows of a case beside its row (issue 17): the applicant's grounds
 * and statement, so an officer can triage without opening each case. No identifier in full, no
 * ledger and no evidence: opening the case shows those (and reveals are audited there).
 */
public record CasePreview(long caseId, List<Ground> grounds, String groundText, String statement, String channel) {
}
