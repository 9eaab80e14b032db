package org.redress.hub.accounts;

import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HttpProblem;
import org.redress.sync.protocol.ChallengeResponse;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * Sign-in challenges without a write per challenge: a nonce is 16 random bytes, its expiry and an
 * HMAC of both under a key every hub instance of the database shares ({@code hub_secret}). A nonce
 * signs in once: on use its hash goes into {@code sign_in_nonce} until it expires.
 */
final class Challenges {

    static final Duration LIFETIME = Duration.ofMinutes(2);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RANDOM_BYTES = 16;
    private static final int MAC_BYTES = 16;

    private final HubDatabase db;
    private final Clock clock;
    private volatile byte[] key;

    Challenges(HubDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    ChallengeResponse issue() throws SQLException {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        Instant expires = clock.instant().plus(LIFETIME);
        ByteBuffer body = ByteBuffer.allocate(RANDOM_BYTES + Long.BYTES + MAC_BYTES);
        body.put(random).putLong(expires.getEpochSecond());
        body.put(mac(Arrays.copyOf(body.array(), RANDOM_BYTES + Long.BYTES)));
        return new ChallengeResponse(Base64.getUrlEncoder().withoutPadding().encodeToString(body.array()),
                Instant.ofEpochSecond(expires.getEpochSecond()));
    }

    /** When {@code nonce} expires; 401 when it is not one of the hub's or has expired. */
    Instant check(String nonce) throws SQLException {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(nonce);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (bytes.length != RANDOM_BYTES + Long.BYTES + MAC_BYTES) {
            throw invalid();
        }
        byte[] signed = Arrays.copyOf(bytes, RANDOM_BYTES + Long.BYTES);
        byte[] mac = Arrays.copyOfRange(bytes, RANDOM_BYTES + Long.BYTES, bytes.length);
        if (!MessageDigest.isEqual(mac, mac(signed))) {
            throw invalid();
        }
        Instant expires = Instant.ofEpochSecond(ByteBuffer.wrap(bytes, RANDOM_BYTES, Long.BYTES).getLong());
        if (!expires.isAfter(clock.instant())) {
            throw invalid();
        }
        return expires;
    }

    /** Marks {@code nonce} used in the caller's transaction; 401 when it was used before. */
    void consume(Connection c, String nonce, Instant expires) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sign_in_nonce (nonce_sha256, expires_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            ps.setBytes(1, Tokens.sha256(nonce));
            ps.setTimestamp(2, Timestamp.from(expires));
            if (ps.executeUpdate() == 0) {
                throw HttpProblem.unauthorized("this sign-in challenge was used already; ask for a new one")
                        .withCode("CHALLENGE_INVALID");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sign_in_nonce WHERE expires_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.executeUpdate();
        }
    }

    private static HttpProblem invalid() {
        return HttpProblem.unauthorized("the sign-in challenge is not valid or has expired; ask for a new one")
                .withCode("CHALLENGE_INVALID");
    }

    private byte[] mac(byte[] data) throws SQLException {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(data), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    private byte[] key() throws SQLException {
        byte[] k = key;
        if (k == null) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            k = db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO hub_secret (name, secret) VALUES ('sign-in-challenge', ?) ON CONFLICT DO NOTHING")) {
                    ps.setBytes(1, fresh);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT secret FROM hub_secret WHERE name = 'sign-in-challenge'");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBytes(1);
                }
            });
            key = k;
        }
        return k;
    }
}
