package org.redress.casework;

import org.redress.domain.appeal.Rejection;

/**
 * A service refused what the officer asked for a reason of the case, not of their role: they must
 * stand aside from it, or a reveal needs a recorded reason. Nothing was read or written.
 */
public final class Refused extends RuntimeException {

    private final Rejection rejection;

    public Refused(Rejection rejection) {
        super(rejection.reason());
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
