package org.redress.domain.appeal;

/** Urgent cases (essential services denied, or a minor applicant) come before the rest; then by deadline. */
public enum Priority {
    URGENT, NORMAL
}
