package org.redress.domain.appeal;

/** The closed list of grounds of appeal; free text always travels beside them. */
public enum Ground {
    NOT_ME, FACTS_WRONG, EVIDENCE_INSUFFICIENT, PROCEDURE_NOT_FOLLOWED, RULE_NOT_APPLICABLE,
    DISPROPORTIONATE, ALREADY_RECTIFIED, PUBLISHED_PAST_PERIOD, DUPLICATE, OTHER
}
