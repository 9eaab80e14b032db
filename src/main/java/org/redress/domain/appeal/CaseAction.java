package org.redress.domain.appeal;

/** What an officer can do to move a case along. Which ones are legal depends on its state. */
public enum CaseAction {
    ASSIGN("assigned"),
    START_REVIEW("taken into review"),
    REQUEST_INFORMATION("put on hold for information"),
    INFORMATION_RECEIVED("resumed with new information"),
    DRAFT_DECISION("given a draft decision"),
    SUBMIT_FOR_APPROVAL("submitted for approval"),
    APPROVE("approved"),
    RETURN_DRAFT("returned to its drafter"),
    DECIDE("decided"),
    ISSUE_LETTER("sent a decision letter"),
    CLOSE("closed"),
    WITHDRAW("withdrawn"),
    MARK_NOT_ADMISSIBLE("found not admissible"),
    REASSIGN("reassigned"),
    /** A supervisor takes a decided case back into review (new evidence, an error found); see {@link ReopenReason}. */
    REOPEN("reopened");

    private final String participle;

    CaseAction(String participle) {
        this.participle = participle;
    }

    /** Fits "the case cannot be …", for reasons in words. */
    public String participle() {
        return participle;
    }
}
