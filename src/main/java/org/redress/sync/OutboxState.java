package org.redress.sync;

/** Where an outbox row stands: waiting, taken by the hub, refused for good, or kept beside competing decisions. */
public enum OutboxState {
    PENDING, ACKED, REJECTED, CONFLICT
}
