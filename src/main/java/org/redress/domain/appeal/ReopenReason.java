package org.redress.domain.appeal;

/** Why a supervisor reopens a decided case. The names are stable: stored, synced and checked at the hub. */
public enum ReopenReason {
    /** Evidence that was not before the officer when the case was decided. */
    NEW_EVIDENCE,
    /** An error in the decision: of fact, of law, or of arithmetic. */
    ERROR_FOUND
}
