package org.redress.domain.access;

import java.util.EnumSet;
import java.util.Set;

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

    private static final Set<Permission> CASEWORK = EnumSet.of(Permission.READ_CASES, Permission.REVEAL_IDENTIFIER,
            Permission.WORK_CASES, Permission.ADD_NOTE, Permission.DECLARE_RECUSAL, Permission.ISSUE_LETTER,
            Permission.IMPORT_FEED);

    /**
     * The allow matrix every service checks. An auditor reads everything, the audit log included,
     * and changes nothing (producing a subject's record is reading); an administrator manages
     * accounts and settings and sees no case at all.
     */
    public boolean may(Permission permission) {
        if (permission == Permission.CHANGE_PREFERENCES) {
            return true;
        }
        return switch (this) {
            case OFFICER -> CASEWORK.contains(permission);
            case SUPERVISOR -> CASEWORK.contains(permission) || permission == Permission.APPROVE
                    || permission == Permission.EXPORT_SUBJECT;
            case AUDITOR -> permission == Permission.READ_CASES || permission == Permission.REVEAL_IDENTIFIER
                    || permission == Permission.READ_AUDIT || permission == Permission.EXPORT_SUBJECT;
            case ADMINISTRATOR -> permission == Permission.MANAGE_ACCOUNTS || permission == Permission.CHANGE_SETTINGS;
        };
    }

    /** Whether this role may review, draft, decide, assign and move cases along. */
    public boolean worksCases() {
        return this == OFFICER || this == SUPERVISOR;
    }

    /** Whether this role may approve or return another officer's draft. */
    public boolean approves() {
        return this == SUPERVISOR;
    }
}
