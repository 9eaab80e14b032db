package org.redress.cli;

import org.jspecify.annotations.Nullable;
import org.redress.casework.SigningKeys;
import org.redress.domain.access.Officer;
import org.redress.letters.LetterSigner;
import org.redress.store.Database;
import org.redress.sync.HubException;
import org.redress.sync.OfficeSession;

import java.io.PrintWriter;
import java.time.Clock;

/** The signer {@code letters export} uses when no --sign-with is given: the officer's enrolled key, if any. */
final class EnrolledSigner {

    private EnrolledSigner() {
    }

    /**
     * The officer's enrolled key for their own decisions, with the hub's time-stamps when the hub can be
     * signed in to (said on {@code err} when it cannot: the letters are signed B-B); null when none is
     * enrolled. Refused ({@link org.redress.letters.LetterException}) when the office revoked it.
     */
    static @Nullable LetterSigner forExport(Database database, Officer officer, char[] password, PrintWriter err) {
        SigningKeys keys = new SigningKeys(database, Clock.systemUTC());
        if (!keys.status(officer).enrolled()) {
            return null;
        }
        String offline = null;
        if (OfficeSession.hubKnown(database)) {
            HubException refused = HubSignIn.ensure(database, officer.username(), password);
            if (refused != null) {
                offline = refused.getMessage();
            } else {
                try {
                    // A session does not mean the hub answers now: asked once, so the officer is told.
                    OfficeSession.of(database, officer.username()).orElseThrow().crl();
                } catch (java.io.IOException e) {
                    offline = e.getMessage();
                }
            }
        } else {
            offline = "this workspace has no hub";
        }
        if (offline != null) {
            err.println("note: the hub cannot time-stamp the signatures (" + offline + "); letters are signed PAdES B-B");
        }
        return keys.signerFor(officer).orElse(null);
    }
}
