package org.redress.domain.access;

/** What a service may be asked to do on someone's behalf; {@link Role#may} holds the matrix. */
public enum Permission {
    /** Open the queue and a case file (identifiers masked). */
    READ_CASES,
    /** See a subject's full identifier in the case view (each reveal audited). */
    REVEAL_IDENTIFIER,
    /** Assign, review, request information, draft and decide. */
    WORK_CASES,
    /** Write a note on a case. */
    ADD_NOTE,
    /** Approve or return another officer's draft. */
    APPROVE,
    /** Record a relation that bars the declarant from a subject, agency or case. */
    DECLARE_RECUSAL,
    /** Read the audit log and run the integrity check. */
    READ_AUDIT,
    /** Produce a subject's own record for an access request. */
    EXPORT_SUBJECT,
    /** Create accounts, reset passwords, change roles. */
    MANAGE_ACCOUNTS,
    /** Change the workstation's settings: four eyes, idle lock, office, letters (administrators). */
    CHANGE_SETTINGS,
    /** Change the screen's own preferences: language, theme, scale (anyone signed in). */
    CHANGE_PREFERENCES,
    /** Issue a decided case's letter. */
    ISSUE_LETTER,
    /** Import an agency's feed of ledger entries and appeals. */
    IMPORT_FEED
}
