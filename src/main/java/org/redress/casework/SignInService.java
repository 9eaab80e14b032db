package org.redress.casework;

import org.redress.domain.access.Officer;
import org.redress.security.LockoutPolicy;
import org.redress.security.OfflineSignIn;
import org.redress.security.PasswordHasher;
import org.redress.security.SignInAttempt;
import org.redress.store.Database;
import org.redress.store.OfficerRepository;
import org.redress.store.OfficerRow;

import java.time.Clock;
import java.util.Optional;

/**
 * Signs an officer in against the workspace's accounts, offline ({@link OfflineSignIn}: Argon2id,
 * lockout with back-off, every attempt audited). Slow by design (a few hundred milliseconds):
 * call it off the UI thread.
 */
public final class SignInService {

    private final Database database;
    private final OfflineSignIn signIn;

    public SignInService(Database database, PasswordHasher hasher) {
        this(database, hasher, LockoutPolicy.STANDARD, Clock.systemUTC());
    }

    public SignInService(Database database, PasswordHasher hasher, LockoutPolicy lockout, Clock clock) {
        this.database = database;
        this.signIn = new OfflineSignIn(database, hasher, lockout, clock);
    }

    /** The officer, when the name and password match an account that has a password; the password array is cleared. */
    public Optional<Officer> signIn(String username, char[] password) {
        return attempt(username, password) instanceof SignInAttempt.SignedIn(OfficerRow row)
                ? Optional.of(Officers.of(row)) : Optional.empty();
    }

    /** The whole outcome, so the sign-in screen can say when a locked account opens again. */
    public SignInAttempt attempt(String username, char[] password) {
        return signIn.attempt(username, password);
    }

    /**
     * The officer with this account name, without a password: for the screenshot command and tests,
     * which act as a demo officer on a workspace they were given.
     */
    public Optional<Officer> officer(String username) {
        String name = username.strip();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return database.read(c -> new OfficerRepository(c).byUsername(name)).map(Officers::of);
    }
}
