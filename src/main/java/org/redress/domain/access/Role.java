package org.redress.domain.access;

/**
 * What an officer's account may do. Four eyes hold for every role: nobody approves their own
 * draft, an administrator included.
 */
public enum Role {
    /** Reviews assigned cases, drafts and (where no approval is needed) decides them. */
    OFFICER,
    /** Everything an officer does, plus approving or returning other officers' drafts. */
    SUPERVISOR,
    /** Reads everything and changes nothing, so that an audit never alters what it audits. */
    AUDITOR,
    /**
     * Runs the workstation (accounts, settings). Deliberately not a case worker: a role that
     * could both manage accounts and decide cases could approve its own work under another name.
     */
    ADMINISTRATOR;

    /** Whether this role may review, draft, decide, assign and move cases along. */
    public boolean worksCases() {
        return this == OFFICER || this == SUPERVISOR;
    }

    /** Whether this role may approve or return another officer's draft. */
    public boolean approves() {
        return this == SUPERVISOR;
    }
}
