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
        BAD_ANSWER
    }

    private final Kind kind;
    private final int status;

    public HubException(Kind kind, int status, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    public HubException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = 0;
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
