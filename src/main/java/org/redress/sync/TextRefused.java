package org.redress.sync;

/**
 * A local change carries text the hub would refuse (a control character, a broken character, a
 * field or content too long): thrown inside the change's transaction, so neither the change nor
 * its outbox row is kept, and the officer reads why instead of a queue that stops at the hub.
 */
public final class TextRefused extends IllegalArgumentException {

    public TextRefused(String reason) {
        super(reason);
    }
}
