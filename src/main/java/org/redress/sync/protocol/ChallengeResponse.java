package org.redress.sync.protocol;

import java.time.Instant;

/** A sign-in challenge: a single-use {@code nonce} the device signs, good until {@code expiresAt}. */
public record ChallengeResponse(String nonce, Instant expiresAt) {
}
