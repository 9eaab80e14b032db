package org.redress.demo;

import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;

import java.util.Objects;

/**
 * A demo account: the officer and the password printed once when the workspace is made (only its
 * hash is stored).
 */
public record DemoOfficer(long id, String username, String displayName, Role role, String agencyCode,
                          String password) {

    public DemoOfficer {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(password, "password");
    }

    /** The domain's view, whose id is the store's officer id as text. */
    public Officer asOfficer() {
        return new Officer(Long.toString(id), username, displayName, role, agencyCode);
    }

    /** Whether this officer comes from an agency that imposes entries (and must stand aside from its cases). */
    public boolean worksForIssuingAgency() {
        return !agencyCode.equals(ReviewOffice.OFFICE.code());
    }

    @Override
    public String toString() {
        return "DemoOfficer[" + id + ", " + username + ", " + role + "]";
    }
}
