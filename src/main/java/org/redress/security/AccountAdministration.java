package org.redress.security;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.redress.audit.AuditChain;
import org.redress.audit.AuditEntry;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.domain.access.Role;
import org.redress.store.Database;
import org.redress.store.OfficerRepository;
import org.redress.store.OfficerRow;
import org.jspecify.annotations.Nullable;
import org.redress.vault.WorkspaceKeys;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.Arrays;

/**
 * Accounts, for administrators only: new accounts and password resets, hashed with Argon2id and
 * audited (the event names the account and role, never the password). A reset also lifts a lockout.
 */
public final class AccountAdministration {

    private final Database database;
    private final PasswordHasher hasher;
    private final Clock clock;

    public AccountAdministration(Database database, PasswordHasher hasher, Clock clock) {
        this.database = database;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** @throws AccessDenied unless {@code admin} is an administrator */
    public OfficerRow create(Officer admin, String username, String displayName, Role role, @Nullable String agencyCode,
                             char[] password) {
        Authorization.require(admin, Permission.MANAGE_ACCOUNTS);
        char[] kept = password.clone();
        String hash = hashAndWipe(password);
        OfficerRow created = database.writeAndWait(c -> {
            OfficerRow row = new OfficerRepository(c).insert(new OfficerRow(0, username.strip(), displayName.strip(),
                    role.name(), agencyCode, hash, clock.instant()));
            AuditChain.append(c, new AuditEntry(clock.instant(), Long.parseLong(admin.id()), "account.create", "account",
                    Long.toString(row.id()), JsonNodeFactory.instance.objectNode().put("role", role.name())));
            return row;
        });
        grantAndWipe(created.id(), kept);
        return created;
    }

    /** @throws AccessDenied unless {@code admin} is an administrator */
    public void resetPassword(Officer admin, long officerId, char[] password) {
        Authorization.require(admin, Permission.MANAGE_ACCOUNTS);
        char[] kept = password.clone();
        String hash = hashAndWipe(password);
        database.writeAndWait(c -> {
            new OfficerRepository(c).changePasswordHash(officerId, hash);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sign_in_guard WHERE officer_id = ?")) {
                ps.setLong(1, officerId);
                ps.executeUpdate();
            }
            AuditChain.append(c, new AuditEntry(clock.instant(), Long.parseLong(admin.id()), "account.password-reset",
                    "account", Long.toString(officerId), JsonNodeFactory.instance.objectNode()));
            return null;
        });
        grantAndWipe(officerId, kept);
    }

    /**
     * The officer changes their own password: the current one is checked, the new one hashed, and
     * their slot of the workspace key wrapped again under it (the old password opens nothing after).
     *
     * @return false when the current password is wrong (nothing is changed)
     */
    public boolean changeOwnPassword(Officer self, char[] current, char[] next) {
        long id = Long.parseLong(self.id());
        try {
            String stored = database.read(c -> new OfficerRepository(c).byId(id)).map(OfficerRow::passwordHash).orElse(null);
            if (stored == null || !hasher.verify(current, stored)) {
                return false;
            }
            WorkspaceKeys keys = new WorkspaceKeys(database, clock);
            // The slot is made from the key as the current password opens it, so a change works even
            // in a process where the workspace is not unlocked yet.
            keys.signedIn(id, current);
            String hash = hasher.hash(next);
            database.writeAndWait(c -> {
                new OfficerRepository(c).changePasswordHash(id, hash);
                AuditChain.append(c, new AuditEntry(clock.instant(), id, "account.password-change", "account",
                        Long.toString(id), JsonNodeFactory.instance.objectNode()));
                return null;
            });
            keys.grant(id, next);
            return true;
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(next, '\0');
        }
    }

    /** The account's slot of the workspace key under its new password, when the workspace has a key. */
    private void grantAndWipe(long officerId, char[] password) {
        try {
            new WorkspaceKeys(database, clock).grant(officerId, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private String hashAndWipe(char[] password) {
        try {
            return hasher.hash(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
