package org.redress.sync.protocol;

/** The kinds of mutation the hub understands; anything else is REJECTED as unknown. */
public final class MutationKind {

    /**
     * A new case, made where it was received (import, counter): entity id is the case's UUID, the
     * payload its number (leased, or provisional for the hub to replace), subject, disputed ledger
     * entries, grounds, statement and dates. The only way a case comes to exist at the hub.
     */
    public static final String CASE_CREATE = "case.create";

    /** A decision (draft or final) on a case; conflicts when the officer had not seen the hub's active decisions. */
    public static final String DECISION_RECORD = "decision.record";
    /** A note on a case; append-only, always accepted. */
    public static final String NOTE_ADD = "note.add";
    /** Evidence attached to a case (the bytes travel separately as a blob); append-only. */
    public static final String ATTACHMENT_ADD = "attachment.add";
    /** A case given to an officer; a mutable field, conflicting when its version moved on. */
    public static final String CASE_ASSIGN = "case.assign";
    /** A status change of a case by an action of the state machine (request information, withdraw …). */
    public static final String CASE_ACTION = "case.action";
    /**
     * A step of a case's clock (acknowledgement, request for information and its lapse, extension
     * asked, approved or refused, deadline breached); append-only, always accepted.
     */
    public static final String CASE_CLOCK = "case.clock";
    /** A supervisor's approval or return of a draft decision. */
    public static final String APPROVAL_GIVE = "approval.give";
    /** A supervisor's resolution of a decision conflict, naming every decision it resolves. */
    public static final String CONFLICT_RESOLVE = "conflict.resolve";
    /**
     * An officer's declaration of a relation that bars them (recusal): entity id the case's id (the
     * declaration covers its subject) or {@code agency:<code>}; payload {@code {relation, declaredAt}}.
     * The hub keeps it and bars the officer from reviewing, deciding and approving what it touches.
     */
    public static final String RECUSAL_DECLARE = "recusal.declare";
    /**
     * A decision letter issued on a workstation: entity id is the case's UUID, the payload the
     * letter's id, reference (leased to that workstation), language, issue time, the SHA-256 of its
     * file and of its record, and the letter it says it replaces. The hub keeps every letter of the
     * office and moves the case to LETTER_ISSUED.
     */
    public static final String LETTER_ISSUE = "letter.issue";
    /** An audit event of the workstation's hash chain (reveals of personal data, sign-ins …); append-only. */
    public static final String AUDIT_APPEND = "audit.append";

    private MutationKind() {
    }
}
