package org.redress.sync.protocol;

/**
 * Stable names of the hub's refusals ({@link MutationResult#code()}), so a workstation can act on
 * a refusal without reading its words.
 */
public final class ReasonCodes {

    /** The mutation names a case the hub does not hold (its {@code case.create} has not arrived, or was refused). */
    public static final String CASE_UNKNOWN = "CASE_UNKNOWN";
    /** A {@code case.create} for a case id the hub holds already. */
    public static final String CASE_EXISTS = "CASE_EXISTS";
    /** A {@code case.create} whose number another case holds: refused, never merged. */
    public static final String CASE_NUMBER_TAKEN = "CASE_NUMBER_TAKEN";
    /** A {@code case.create} whose final-looking number was never leased to the sending workstation. */
    public static final String CASE_NUMBER_NOT_LEASED = "CASE_NUMBER_NOT_LEASED";
    /** A {@code case.create} that lacks what the hub needs to hold the case, or names it wrongly. */
    public static final String CASE_CREATE_INVALID = "CASE_CREATE_INVALID";
    /** The case belongs to another office. */
    public static final String OTHER_OFFICE = "OTHER_OFFICE";

    /** Text the protocol does not carry: a control character, a broken character, a field or payload too long. */
    public static final String TEXT_INVALID = "TEXT_INVALID";
    /** A {@code letter.issue} whose reference was leased to another workstation of the office. */
    public static final String LETTER_REFERENCE_NOT_LEASED = "LETTER_REFERENCE_NOT_LEASED";
    /** A {@code letter.issue} whose reference another letter holds at the hub. */
    public static final String LETTER_REFERENCE_TAKEN = "LETTER_REFERENCE_TAKEN";
    /** A {@code letter.issue} that lacks what the hub needs to hold the letter. */
    public static final String LETTER_INVALID = "LETTER_INVALID";
    /** The officer a case is assigned to is no active case worker of the office. */
    public static final String ASSIGNEE_UNKNOWN = "ASSIGNEE_UNKNOWN";
    /** An approval or return naming a decision that is not the case's current draft. */
    public static final String DECISION_NOT_CURRENT = "DECISION_NOT_CURRENT";
    /** An attachment naming a file another office uploaded. */
    public static final String BLOB_OTHER_OFFICE = "BLOB_OTHER_OFFICE";

    /*
     * Refusals by the domain's rules (role, state machine, assignee, four eyes, recusal, decision
     * validity) carry the name of org.redress.domain.appeal.ReasonCode as their code and its
     * arguments under detail.arguments, so the workstation words them from its bundles
     * (reason.<CODE>) as it words its own refusals.
     */

    private ReasonCodes() {
    }
}
