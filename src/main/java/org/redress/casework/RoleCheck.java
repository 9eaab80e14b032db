package org.redress.casework;

import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.ReasonCode;
import org.redress.domain.appeal.Rejection;

import java.util.Optional;

/**
 * The role half of authorisation for case actions, asked before anything is read: services that
 * answer with a refusal (rather than {@link org.redress.security.AccessDenied}) word it as the
 * domain's gate would, so the screen shows the same reason either way.
 */
final class RoleCheck {

    private RoleCheck() {
    }

    static Optional<Rejection> refusal(Officer actor, CaseAction action) {
        Permission needed = action == CaseAction.APPROVE || action == CaseAction.RETURN_DRAFT
                ? Permission.APPROVE : Permission.WORK_CASES;
        if (actor.role().may(needed)) {
            return Optional.empty();
        }
        return Optional.of(switch (actor.role()) {
            case AUDITOR -> Rejection.of(ReasonCode.AUDITOR_READ_ONLY);
            case ADMINISTRATOR -> Rejection.of(ReasonCode.ADMINISTRATOR_NOT_CASEWORKER);
            case OFFICER, SUPERVISOR -> Rejection.of(ReasonCode.ONLY_SUPERVISOR_APPROVES, actor.role().name());
        });
    }

    static boolean isRoleRefusal(ReasonCode code) {
        return code == ReasonCode.AUDITOR_READ_ONLY || code == ReasonCode.ADMINISTRATOR_NOT_CASEWORKER
                || code == ReasonCode.ONLY_SUPERVISOR_APPROVES;
    }
}
