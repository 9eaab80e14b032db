package org.redress.security;

import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;

/** The check every service makes first, before it reads or writes anything for {@code actor}. */
public final class Authorization {

    private Authorization() {
    }

    /** @throws AccessDenied when {@code actor}'s role may not do {@code permission} */
    public static void require(Officer actor, Permission permission) {
        if (!actor.role().may(permission)) {
            throw new AccessDenied(actor.role(), permission);
        }
    }
}
