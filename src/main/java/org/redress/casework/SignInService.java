package org.redress.casework;

import org.redress.domain.access.Officer;
import org.redress.security.PasswordHasher;
import org.redress.store.Database;
import org.redress.store.OfficerRepository;
import org.redress.store.OfficerRow;

import java.util.Arrays;
import java.util.Optional;

/**
 * Signs an officer in against the workspace's accounts, offline: the password is checked against
 * the stored PBKDF2 hash. Slow by design (a few hundred milliseconds): call it off the UI thread.
 */
public final class SignInService {

    private final Database database;
    private final PasswordHasher hasher;
    /**
     * Checked when the account is unknown, so an unknown name costs as long as a wrong password. Made
     * on the first sign-in (which runs in the background), not when the service is built.
     */
    private volatile String decoyHash;

    public SignInService(Database database, PasswordHasher hasher) {
        this.database = database;
        this.hasher = hasher;
    }

    private String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null) {
            decoy = hasher.hash("decoy-password".toCharArray());
            decoyHash = decoy;
        }
        return decoy;
    }

    /** The officer, when the name and password match an account that has a password; the password array is cleared. */
    public Optional<Officer> signIn(String username, char[] password) {
        try {
            Optional<OfficerRow> row = account(username);
            String hash = row.map(OfficerRow::passwordHash).orElse(null);
            boolean matches = hasher.verify(password, hash == null ? decoyHash() : hash) && hash != null;
            return matches ? row.map(Officers::of) : Optional.empty();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * The officer with this account name, without a password: for the screenshot command and tests,
     * which act as a demo officer on a workspace they were given.
     */
    public Optional<Officer> officer(String username) {
        return account(username).map(Officers::of);
    }

    private Optional<OfficerRow> account(String username) {
        String name = username.strip();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return database.read(c -> new OfficerRepository(c).byUsername(name));
    }
}
