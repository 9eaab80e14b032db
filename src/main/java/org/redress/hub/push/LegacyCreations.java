package org.redress.hub.push;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.domain.appeal.CaseStatus;
import org.redress.hub.accounts.Caller;
import org.redress.sync.protocol.ReasonCodes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The law for a legacy creation ({@code case.create} with {@code legacy: true}): a case an upgraded
 * workstation made before cases were synced, announced late with the status and assignee it has
 * there. The hub takes no claim it cannot check on its own facts:
 *
 * <ul>
 *   <li>a status that states a decision ({@link #DECIDING}: drafted, awaiting approval, decided,
 *       letter issued, closed) is refused — the hub holds no decision of a case it never saw, so
 *       four eyes, validity and recusal could not be checked; such a case stays on its workstation
 *       (the Refused tab names it), or the hub's operator seeds it;</li>
 *   <li>an open status past RECEIVED needs an assignee, and RECEIVED has none;</li>
 *   <li>an assignee must be an active case worker of the caller's office who need not stand aside
 *       from the case (the check {@code case.assign} makes: {@code ASSIGNEE_UNKNOWN}, {@code RECUSED}).</li>
 * </ul>
 *
 * Every state it may then claim (received, assigned, in review, waiting for information, withdrawn,
 * not admissible) is one an office's officers reach by moves the gate allows without a decision.
 */
final class LegacyCreations {

    /** Statuses that state a decision the hub would have had to judge. */
    static final Set<CaseStatus> DECIDING = EnumSet.of(CaseStatus.DECISION_DRAFTED, CaseStatus.AWAITING_APPROVAL,
            CaseStatus.DECIDED, CaseStatus.LETTER_ISSUED, CaseStatus.CLOSED);
    private static final Set<CaseStatus> NEED_ASSIGNEE = EnumSet.of(CaseStatus.ASSIGNED, CaseStatus.IN_REVIEW,
            CaseStatus.AWAITING_INFORMATION);

    private LegacyCreations() {
    }

    /** Refuses the legacy creation of {@code caseId} unless its claimed state passes the checks above. */
    static void check(Connection c, Caller caller, UUID caseId, String caseNo, ObjectNode content)
            throws SQLException, Rejection {
        CaseStatus status = CaseStatus.valueOf(CaseFields.status(content.path("status").asText("RECEIVED")));
        String assignee = content.path("assignee").isTextual() && !content.get("assignee").asText().isBlank()
                ? content.get("assignee").asText() : null;
        if (DECIDING.contains(status)) {
            throw new Rejection(ReasonCodes.CASE_CREATE_INVALID, "Case " + caseNo + " was announced as made before "
                    + "sync, already " + status.name().toLowerCase().replace('_', ' ') + "; the hub holds none of its "
                    + "decisions and cannot check them, so it does not take it. It stays on this workstation.");
        }
        if (NEED_ASSIGNEE.contains(status) && assignee == null) {
            throw new Rejection(ReasonCodes.CASE_CREATE_INVALID, "a case " + status.name().toLowerCase().replace('_', ' ')
                    + " names its assignee");
        }
        if (status == CaseStatus.RECEIVED && assignee != null) {
            throw new Rejection(ReasonCodes.CASE_CREATE_INVALID, "a received case is unassigned");
        }
        HubCase proposed = new HubCase(caseNo, caller.officeCode(), 0, status.name(), 0, assignee, 0, null, 0, false,
                caseId, HubCase.Writers.NONE);
        CaseView view = CaseView.build(caller, proposed, content, CaseView.declarations(c, caller));
        if (assignee != null) {
            Rules.requireAssignable(c, caller, view, assignee);
        }
    }
}
