package org.redress.security;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.audit.AuditChain;
import org.redress.audit.AuditEntry;
import org.redress.store.Database;
import org.redress.store.OfficerRepository;
import org.redress.store.OfficerRow;
import org.redress.vault.VolumePolicy;
import org.redress.vault.WorkspaceKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Signs an officer in against the verifier stored in the workspace, with no network: lockout with
 * back-off after repeated failures ({@link LockoutPolicy}), a PBKDF2 hash upgraded to Argon2id on
 * the first successful sign-in, and every outcome in the audit log (an unknown name is recorded
 * without the name typed: it may be a mistyped password). The password is hashed off the writer
 * thread; slow by design, so callers run it off the UI thread.
 */
public final class OfflineSignIn {

    public static final String SUCCESS = "signin.success";
    public static final String FAILURE = "signin.failure";
    public static final String LOCKED = "signin.locked";
    public static final String LOCKOUT = "account.lockout";
    private static final Logger LOG = LoggerFactory.getLogger(OfflineSignIn.class);

    private final Database database;
    private final PasswordHasher hasher;
    private final LockoutPolicy policy;
    private final Clock clock;
    /** Checked for unknown accounts, so an unknown name costs as long as a wrong password. */
    private volatile @Nullable String decoyHash;

    public OfflineSignIn(Database database, PasswordHasher hasher, LockoutPolicy policy, Clock clock) {
        this.database = database;
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
    }

    /** Tries the name and password; the password array is cleared whatever happens. */
    public SignInAttempt attempt(String username, char[] password) {
        try {
            return check(username.strip(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private SignInAttempt check(String username, char[] password) {
        VolumePolicy.check(database);
        Optional<OfficerRow> account = username.isEmpty() ? Optional.empty()
                : database.read(c -> new OfficerRepository(c).byUsername(username));
        Instant now = clock.instant();
        if (account.isPresent()) {
            Instant lockedUntil = database.read(c -> lockedUntil(c, account.get().id()));
            if (lockedUntil != null && now.isBefore(lockedUntil)) {
                database.writeAndWait(c -> audit(c, now, account.get().id(), LOCKED,
                        json().put("lockedUntil", lockedUntil.toString())));
                return new SignInAttempt.LockedOut(lockedUntil);
            }
        }
        String stored = account.map(OfficerRow::passwordHash).orElse(null);
        boolean matches = hasher.verify(password, stored == null ? decoy() : stored) && stored != null;
        if (account.isEmpty()) {
            database.writeAndWait(c -> AuditChain.append(c, new AuditEntry(now, null, FAILURE, "account", "unknown",
                    json().put("reason", "unknown-account"))));
            return new SignInAttempt.Refused();
        }
        OfficerRow row = account.get();
        if (!matches) {
            return failed(row, now);
        }
        String upgraded = hasher.needsRehash(stored) ? hasher.hash(password) : null;
        database.writeAndWait(c -> {
            clear(c, row.id());
            if (upgraded != null) {
                new OfficerRepository(c).changePasswordHash(row.id(), upgraded);
            }
            audit(c, now, row.id(), SUCCESS, json().put("hashUpgraded", upgraded != null));
            return null;
        });
        if (upgraded != null) {
            LOG.info("password hash of account {} upgraded to Argon2id", row.id());
        }
        // The same password opens the officer's slot of the workspace key (or earns them one).
        WorkspaceKeys.Unlock unlock = new WorkspaceKeys(database, clock).signedIn(row.id(), password);
        if (unlock == WorkspaceKeys.Unlock.LOCKED) {
            LOG.info("account {} signed in without a key to the workspace's files", row.id());
        }
        return new SignInAttempt.SignedIn(row);
    }

    private SignInAttempt failed(OfficerRow row, Instant now) {
        Optional<Instant> lock = database.writeAndWait(c -> {
            int failures = failures(c, row.id()) + 1;
            Optional<Instant> until = policy.lockedUntil(failures, now);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO sign_in_guard (officer_id, failures, last_failure_at, locked_until) VALUES (?, ?, ?, ?)
                    ON CONFLICT (officer_id) DO UPDATE SET failures = excluded.failures,
                      last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until""")) {
                ps.setLong(1, row.id());
                ps.setInt(2, failures);
                ps.setString(3, now.toString());
                ps.setString(4, until.map(Instant::toString).orElse(null));
                ps.executeUpdate();
            }
            audit(c, now, row.id(), FAILURE, json().put("reason", "wrong-password").put("failures", failures));
            if (until.isPresent()) {
                audit(c, now, row.id(), LOCKOUT, json().put("failures", failures)
                        .put("lockedUntil", until.get().toString()));
            }
            return until;
        });
        if (lock.isPresent()) {
            LOG.warn("account {} locked until {} after repeated failed sign-ins", row.id(), lock.get());
            return new SignInAttempt.LockedOut(lock.get());
        }
        return new SignInAttempt.Refused();
    }

    private String decoy() {
        String decoy = decoyHash;
        if (decoy == null) {
            decoy = hasher.hash("decoy-password".toCharArray());
            decoyHash = decoy;
        }
        return decoy;
    }

    private static ObjectNode json() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static Void audit(Connection c, Instant at, long officerId, String kind, ObjectNode payload)
            throws SQLException {
        AuditChain.append(c, new AuditEntry(at, officerId, kind, "account", Long.toString(officerId), payload));
        return null;
    }

    private static @Nullable Instant lockedUntil(Connection c, long officerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT locked_until FROM sign_in_guard WHERE officer_id = ?")) {
            ps.setLong(1, officerId);
            try (ResultSet rs = ps.executeQuery()) {
                String until = rs.next() ? rs.getString(1) : null;
                return until == null ? null : Instant.parse(until);
            }
        }
    }

    private static int failures(Connection c, long officerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT failures FROM sign_in_guard WHERE officer_id = ?")) {
            ps.setLong(1, officerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void clear(Connection c, long officerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sign_in_guard WHERE officer_id = ?")) {
            ps.setLong(1, officerId);
            ps.executeUpdate();
        }
    }
}
