package org.redress.sync;

/** A call to the hub that did not work, said in words an officer can act on. */
public final class HubException extends Exception {

    /** What kind of failure, which decides whether and when to try again. */
    public enum Kind {
        /** The hub could not be reached (no network, refused, timed out): try later. */
        OFFLINE,
        /** The hub answered that it cannot do it now (5xx): try later, nothing advanced. */
        TRANSIENT,
        /** The token is missing, expired or not for this device: the officer must sign in to the hub. */
        UNAUTHORIZED,
        /** The hub was restored from a backup: pull from scratch and push what it lost. */
        EPOCH_CHANGED,
        /** The hub refused the request for good (4xx): retrying the same request will not help. */
        REFUSED,
        /** The hub's answer made no sense (not the protocol). */
        BAD_ANSWER,
        /** The hub showed another certificate key than the one pinned at enrolment: nothing is sent until an officer decides. */
        CERTIFICATE_CHANGED,
        /** This workstation is enrolled and waits for a supervisor or an administrator to approve it at the hub. */
        DEVICE_PENDING,
        /** This workstation was withdrawn at the hub: it gets nothing until it is approved again. */
        DEVICE_REVOKED
    }

    private final Kind kind;
    private final int status;
    private final long retryAfterSeconds;

    public HubException(Kind kind, int status, String message) {
        this(kind, status, message, -1);
    }

    /** With the hub's {@code Retry-After} (seconds; -1 when it gave none). */
    public HubException(Kind kind, int status, String message, long retryAfterSeconds) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public HubException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = 0;
        this.retryAfterSeconds = -1;
    }

    /** Seconds the hub asked to wait before trying again, or -1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, 0 when there was none. */
    public int status() {
        return status;
    }

    public boolean retryable() {
        return kind == Kind.OFFLINE || kind == Kind.TRANSIENT;
    }
}
