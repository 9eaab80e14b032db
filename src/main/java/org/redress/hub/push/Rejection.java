package org.redress.hub.push;

/** A mutation refused for good (not allowed, invalid): REJECTED, and the queue moves on. */
final class Rejection extends Exception {

    Rejection(String reason) {
        super(reason, null, false, false);
    }
}
