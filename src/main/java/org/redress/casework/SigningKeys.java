package org.redress.casework;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.letters.LetterException;
import org.redress.letters.LetterSigner;
import org.redress.letters.sign.OfficerKeys;
import org.redress.store.Database;
import org.redress.sync.HubException;
import org.redress.sync.HubOfficeServices;
import org.redress.sync.OfficeSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * An officer's letter-signing key on this workstation (issue 16, item 3): whether one is enrolled,
 * enrolling (or renewing) it with the office CA over the officer's own hub session, and the signer
 * letters of the officer's own decisions are signed with — time-stamped (PAdES B-T/B-LT) while the
 * hub answers, B-B when it does not. Every method acts for the signed-in officer and touches that
 * officer's key only. Enrolling and {@link #signerFor} may talk to the hub: call them off the UI thread.
 */
public final class SigningKeys {

    /** Why an enrolment did not happen. */
    public enum Problem {
        /** The workspace knows no hub: it never synced. */
        NO_HUB,
        /** The workspace holds no current hub session of this officer. */
        NOT_SIGNED_IN_TO_HUB,
        /** The hub could not be reached, or could not answer now. */
        HUB_UNREACHABLE,
        /** The hub gives this officer's role no signing certificate (administrators, auditors). */
        NOT_A_SIGNER,
        /** A key is enrolled already (renewing replaces it). */
        ALREADY_ENROLLED,
        /** Anything else; the message says what. */
        FAILED
    }

    /** An enrolment that did not happen, with why. */
    public static final class Failure extends RuntimeException {
        private final Problem problem;

        Failure(Problem problem, String message, @Nullable Throwable cause) {
            super(message, cause);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** The officer's key as this workstation holds it; all null when none is enrolled. */
    public record Status(@Nullable String subject, @Nullable String issuer, @Nullable Instant validUntil,
                         @Nullable Instant revokedAt) {
        public boolean enrolled() {
            return subject != null;
        }
    }

    private final Database database;
    private final Clock clock;
    private final OfficerKeys keys;

    public SigningKeys(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.keys = new OfficerKeys(database);
    }

    /** The officer's enrolled key on this workstation (and whether the office revoked it, as last learnt). */
    public Status status(Officer officer) {
        try {
            Optional<X509Certificate> certificate = keys.certificate(officer.username());
            if (certificate.isEmpty()) {
                return new Status(null, null, null, null);
            }
            X509Certificate c = certificate.get();
            return new Status(c.getSubjectX500Principal().getName(), c.getIssuerX500Principal().getName(),
                    c.getNotAfter().toInstant(), keys.revoked(officer.username()).orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Enrols a new signing key for {@code officer} with the office CA, over the officer's hub session;
     * refused ({@link Failure}) when one is enrolled and {@code renew} is false, and in words when the
     * hub is unknown, unreachable, or gives the officer's role no certificate.
     */
    public X509Certificate enrol(Officer officer, boolean renew) {
        Status before = status(officer);
        if (before.enrolled() && before.revokedAt() == null && !renew) {
            throw new Failure(Problem.ALREADY_ENROLLED, officer.username() + " already has a signing key on this "
                    + "workstation (" + before.subject() + ", valid until " + before.validUntil() + "); renewing "
                    + "replaces it", null);
        }
        if (!OfficeSession.hubKnown(database)) {
            throw new Failure(Problem.NO_HUB, "this workspace has no hub: the office CA that certifies signing keys "
                    + "is at the hub (sync with the hub first)", null);
        }
        HubOfficeServices hub = OfficeSession.of(database, officer.username()).orElseThrow(() -> new Failure(
                Problem.NOT_SIGNED_IN_TO_HUB, officer.username() + " is not signed in to the hub on this workstation;"
                + " sign in to the hub first", null));
        try {
            return keys.enrol(officer.username(), officer.displayName(), hub, clock.instant());
        } catch (IOException e) {
            throw failure(e);
        } catch (LetterException e) {
            throw new Failure(Problem.FAILED, e.getMessage(), e);
        }
    }

    private static Failure failure(IOException e) {
        if (e.getCause() instanceof HubException hub) {
            if (hub.status() == 403) {
                return new Failure(Problem.NOT_A_SIGNER, "the hub gives this account no signing certificate: only"
                        + " officers and supervisors who issue letters sign them", e);
            }
            if (hub.status() == 401) {
                return new Failure(Problem.NOT_SIGNED_IN_TO_HUB, "the hub no longer accepts this workstation's "
                        + "session; sign in to the hub again", e);
            }
            if (hub.retryable()) {
                return new Failure(Problem.HUB_UNREACHABLE, "the hub could not be reached to certify the key: "
                        + hub.getMessage(), e);
            }
        }
        return new Failure(Problem.FAILED, e.getMessage(), e);
    }

    /**
     * The signer of {@code officer}'s letters: their enrolled key, for their own decisions only (a
     * letter of another officer's decision goes unsigned), time-stamped through their hub session when
     * the hub answers; empty when no key is enrolled or the role issues no letters. Refused
     * ({@link OfficerKeys.Revoked}) when the office revoked the key — before any letter takes a number.
     */
    public Optional<LetterSigner> signerFor(Officer officer) {
        if (!officer.role().may(Permission.ISSUE_LETTER)) {
            return Optional.empty();
        }
        try {
            return keys.signer(officer.username(), OfficeSession.of(database, officer.username()).orElse(null),
                    clock.instant()).map(LetterSigner::ownDecisionsOnly);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
