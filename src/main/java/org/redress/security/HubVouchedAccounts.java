package org.redress.security;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.redress.audit.AuditChain;
import org.redress.audit.AuditEntry;
import org.redress.domain.access.Role;
import org.redress.store.Database;
import org.redress.store.OfficerRepository;
import org.redress.store.OfficerRow;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;

/**
 * Accounts the office's hub vouched for: its sign-in accepted the name and password over the pinned
 * TLS connection, from this enrolled device. A workstation that holds no password for the account
 * (a new office workspace, or one that only pulled the officer's name) keeps it from then on with
 * the role the hub gave and the password hashed here, so the officer signs in offline like anyone
 * else. An account with a password here is never touched: the hub vouches, it does not overwrite.
 * Audited as {@code account.vouched} (the role; never the password).
 */
public final class HubVouchedAccounts {

    private final Database database;
    private final PasswordHasher hasher;
    private final Clock clock;

    public HubVouchedAccounts(Database database, PasswordHasher hasher, Clock clock) {
        this.database = database;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Keeps {@code username} with {@code hubRole} and {@code password} (cleared here) when the
     * workspace has no password for it; returns whether it did.
     *
     * @throws IllegalArgumentException when the hub named a role this workstation does not know
     */
    public boolean adopt(String username, String hubRole, char[] password) {
        Role role;
        try {
            role = Role.valueOf(hubRole.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            Arrays.fill(password, '\0');
            throw new IllegalArgumentException("the hub signed " + username + " in with a role this workstation does not know: "
                    + hubRole, e);
        }
        String name = username.strip();
        boolean known = database.read(c -> new OfficerRepository(c).byUsername(name))
                .map(row -> row.passwordHash() != null).orElse(false);
        if (known) {
            Arrays.fill(password, '\0');
            return false;
        }
        String hash;
        try {
            hash = hasher.hash(password);
        } finally {
            Arrays.fill(password, '\0');
        }
        return database.writeAndWait(c -> {
            OfficerRepository officers = new OfficerRepository(c);
            var existing = officers.byUsername(name);
            long id;
            if (existing.isEmpty()) {
                id = officers.insert(new OfficerRow(0, name, name, role.name(), null, hash, clock.instant())).id();
            } else if (officers.adoptVouched(existing.get().id(), role.name(), hash)) {
                id = existing.get().id();
            } else {
                return false; // a password was set meanwhile: keep it
            }
            AuditChain.append(c, new AuditEntry(clock.instant(), id, "account.vouched", "account", Long.toString(id),
                    JsonNodeFactory.instance.objectNode().put("role", role.name())));
            return true;
        });
    }
}
