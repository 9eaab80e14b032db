package org.redress.hub.accounts;

import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HttpProblem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Back-off after failed sign-ins, per account and per address, kept in the database so that every
 * hub instance sees the same counts. After {@link Policy#free} failures each further one makes the
 * next attempt wait twice as long as the one before ({@link Policy#first}, doubling, at most
 * {@link Policy#longest}); an attempt during the wait is answered 429 with the wait that remains,
 * unheard (no password is checked). Failures are forgotten {@link Policy#forgetAfter} after the
 * last one; a success forgets the account's. Accounts and addresses are kept only as SHA-256.
 */
final class SignInThrottle {

    /** How many failures are free and how the waits grow. */
    record Policy(int free, Duration first, Duration longest, Duration forgetAfter) {

        /** The wait after {@code failures} failures (zero while they are free). */
        Duration waitAfter(int failures) {
            if (failures <= free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - free - 1, 30);
            long millis = first.toMillis() << Math.min(doublings, 20);
            return Duration.ofMillis(Math.min(millis, longest.toMillis()));
        }
    }

    /** An officer mistyping three times waits 5 s, then 10 s, 20 s … at most 15 minutes. */
    static final Policy ACCOUNT = new Policy(3, Duration.ofSeconds(5), Duration.ofMinutes(15), Duration.ofHours(24));
    /** One address (an office behind one router) may fail more often before it waits. */
    static final Policy ADDRESS = new Policy(20, Duration.ofSeconds(5), Duration.ofMinutes(15), Duration.ofHours(24));

    private final HubDatabase db;
    private final Clock clock;

    SignInThrottle(HubDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    static String accountKey(String username) {
        return "account:" + sha256(username);
    }

    static String addressKey(String address) {
        return "address:" + sha256(address);
    }

    /** Refuses (429 with Retry-After) while the account or the address must wait. */
    void check(String account, String address) throws SQLException {
        Instant now = now();
        Duration wait = Duration.ZERO;
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT subject, failures, last_failure_at FROM sign_in_failure WHERE subject IN (?, ?)")) {
            ps.setString(1, account);
            ps.setString(2, address);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Policy policy = rs.getString(1).equals(account) ? ACCOUNT : ADDRESS;
                    Instant last = rs.getTimestamp(3).toInstant();
                    Duration waitAfter = policy.waitAfter(rs.getInt(2));
                    if (waitAfter.isZero() || last.plus(policy.forgetAfter()).isBefore(now)) {
                        continue;
                    }
                    // A failure stamped ahead of this instance's clock counts from now, never from the future.
                    Instant from = last.isAfter(now) ? now : last;
                    Duration left = Duration.between(now, from.plus(waitAfter));
                    if (left.compareTo(wait) > 0) {
                        wait = left;
                    }
                }
            }
        }
        if (wait.toMillis() > 0) {
            long seconds = (wait.toMillis() + 999) / 1000;
            throw new HttpProblem(429, "too many failed sign-ins; try again in " + seconds + " s")
                    .withCode("SIGN_IN_BACK_OFF").retryAfter(seconds);
        }
    }

    /** Counts a failure against both; returns the account's count (for the log). */
    int failed(String account, String address) throws SQLException {
        int accountFailures = record(account, ACCOUNT);
        record(address, ADDRESS);
        return accountFailures;
    }

    /** The account signed in: its failures are forgotten (the address's decay on their own). */
    void succeeded(String account) throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "DELETE FROM sign_in_failure WHERE subject = ? OR last_failure_at < ?")) {
            ps.setString(1, account);
            ps.setTimestamp(2, Timestamp.from(clock.instant().minus(ACCOUNT.forgetAfter())));
            ps.executeUpdate();
        }
    }

    /** The clock to the millisecond, as stored and compared (PostgreSQL keeps microseconds, rounded). */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private int record(String subject, Policy policy) throws SQLException {
        Instant now = now();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("""
                     INSERT INTO sign_in_failure (subject, failures, last_failure_at) VALUES (?, 1, ?)
                     ON CONFLICT (subject) DO UPDATE SET
                         failures = CASE WHEN sign_in_failure.last_failure_at < ? THEN 1 ELSE sign_in_failure.failures + 1 END,
                         last_failure_at = EXCLUDED.last_failure_at
                     RETURNING failures""")) {
            ps.setString(1, subject);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setTimestamp(3, Timestamp.from(now.minus(policy.forgetAfter())));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
