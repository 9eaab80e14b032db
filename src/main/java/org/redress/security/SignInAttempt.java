package org.redress.security;

import org.redress.store.OfficerRow;

import java.time.Instant;

/** How an offline sign-in ended. */
public sealed interface SignInAttempt {

    /** The name and password match; the account's hash may just have been upgraded. */
    record SignedIn(OfficerRow account) implements SignInAttempt {
    }

    /** Unknown name, no local password, or the wrong password: the caller cannot tell which. */
    record Refused() implements SignInAttempt {
    }

    /** Too many failures: no password is checked until {@code until}. */
    record LockedOut(Instant until) implements SignInAttempt {
    }
}
