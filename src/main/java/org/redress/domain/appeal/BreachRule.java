package org.redress.domain.appeal;

/** What the office does with a case whose decision deadline passed (an office setting). */
public enum BreachRule {
    /** The case is flagged to the supervisors, and stays with its officer. */
    FLAG_SUPERVISOR,
    /** The case is flagged and reassigned to the office's duty supervisor. */
    REASSIGN
}
