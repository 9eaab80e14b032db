package org.redress.casework;

import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.store.OfficerRow;

/** The domain's view of a stored officer account: its id is the store's id as text. */
public final class Officers {

    /** Stands in for an account with no agency (the domain requires one): matches no issuing agency. */
    static final String NO_AGENCY = "-";

    private Officers() {
    }

    public static Officer of(OfficerRow row) {
        String agency = row.agencyCode() == null || row.agencyCode().isBlank() ? NO_AGENCY : row.agencyCode();
        return new Officer(Long.toString(row.id()), row.username(), row.displayName(), Role.valueOf(row.role()), agency);
    }

    /** The store's id of a signed-in officer. */
    public static long storeId(Officer officer) {
        return Long.parseLong(officer.id());
    }
}
