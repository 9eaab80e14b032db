package org.redress.domain.scheme;

/** What an officer may do with a case whose request for information lapsed unanswered. */
public enum LapseChoice {
    /** Go on and decide on the file as it stands. */
    DECIDE_ON_FILE,
    /** Close the case as withdrawn by the applicant. */
    CLOSE_AS_WITHDRAWN
}
