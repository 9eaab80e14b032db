package org.redress.hub.push;

import com.fasterxml.jackson.databind.JsonNode;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.ReasonCode;
import org.redress.domain.appeal.ReopenReason;
import org.redress.hub.accounts.Caller;

/**
 * The hub's rule for reopening a decided case ({@code case.action} REOPEN, issue 19 item 6): only a
 * supervisor, naming the reason code ({@link ReopenReason}). The rest is the action gate's, as for
 * every action: the case is the caller's office's (else unknown to them), it is decided (decided,
 * its letter issued, or closed), only a supervisor reopens ({@code CaseActionGate}), and the
 * supervisor need not stand aside from it.
 */
final class Reopens {

    private Reopens() {
    }

    /**
     * Asked after the action gate (which refuses the wrong state first, then an officer, then a
     * supervisor who must stand aside): the role once more, then the payload's reason code.
     */
    static void check(Caller caller, JsonNode payload) throws Rejection {
        if (caller.role() != Role.SUPERVISOR) {
            throw Rejection.of(org.redress.domain.appeal.Rejection.of(ReasonCode.ONLY_SUPERVISOR_REOPENS,
                    Rules.roleWords(caller.role())));
        }
        String reason = payload.path("reopenReason").asText("");
        try {
            ReopenReason.valueOf(reason);
        } catch (IllegalArgumentException e) {
            throw Rejection.of(org.redress.domain.appeal.Rejection.of(ReasonCode.REOPEN_REASON_REQUIRED));
        }
    }
}
