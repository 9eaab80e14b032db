package org.redress.domain.appeal;

/** Why an officer asks for more time to decide; the words are the UI's ({@code extension.reason.*}). */
public enum ExtensionReason {
    /** The facts are complicated: several entries, agencies or years to untangle. */
    COMPLEX_FACTS,
    /** The issuing agency has still to send its records. */
    AGENCY_RECORDS_AWAITED,
    /** An expert's opinion or another authority's finding is needed. */
    EXPERT_OPINION_NEEDED,
    /** Much evidence came in late in the review. */
    LATE_EVIDENCE,
    /** Anything else; the request says what. */
    OTHER
}
