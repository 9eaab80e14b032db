package org.redress.security;

import org.redress.domain.access.Permission;
import org.redress.domain.access.Role;

/** A service was asked to do something the caller's role does not allow; nothing was done. */
public final class AccessDenied extends RuntimeException {

    private final Role role;
    private final Permission permission;

    public AccessDenied(Role role, Permission permission) {
        super(article(role.name().toLowerCase(java.util.Locale.ROOT)) + " may not " + permission.name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        this.role = role;
        this.permission = permission;
    }

    /** "an administrator", "an auditor", "a supervisor". */
    private static String article(String role) {
        return ("aeiou".indexOf(role.charAt(0)) >= 0 ? "an " : "a ") + role;
    }

    public Role role() {
        return role;
    }

    public Permission permission() {
        return permission;
    }
}
