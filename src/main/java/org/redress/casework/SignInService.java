package org.redress.casework;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.redress.audit.AuditChain;
import org.redress.audit.AuditEntry;
import org.redress.domain.access.Officer;
import org.redress.security.LockoutPolicy;
import org.redress.security.OfflineSignIn;
import org.redress.security.PasswordHasher;
import org.redress.security.SignInAttempt;
import org.redress.store.Database;
import org.redress.store.OfficerRepository;
import org.redress.store.OfficerRow;
import org.redress.vault.WorkspaceKeys;

import java.time.Clock;
import java.util.Optional;

/**
 * Signs an officer in against the workspace's accounts, offline ({@link OfflineSignIn}: Argon2id,
 * lockout with back-off, every attempt audited). Slow by design (a few hundred milliseconds):
 * call it off the UI thread.
 */
public final class SignInService {

    /** The setting, and its value, that mark a workspace the demo generator made. */
    public static final String WORKSPACE_KIND = "workspace.kind";
    public static final String DEMO = "demo";
    /** The audit event of a sign-in without a password on a demo workspace. */
    public static final String DEMO_SIGN_IN = "signin.demo";

    /** Signing in without a password was asked of a workspace that is not a demo. */
    public static final class NotADemo extends RuntimeException {
        NotADemo() {
            super("signing in without a password is only for demo workspaces; sign in with --user and a password");
        }
    }

    private final Database database;
    private final OfflineSignIn signIn;
    private final Clock clock;

    public SignInService(Database database, PasswordHasher hasher) {
        this(database, hasher, LockoutPolicy.STANDARD, Clock.systemUTC());
    }

    public SignInService(Database database, PasswordHasher hasher, LockoutPolicy lockout, Clock clock) {
        this.database = database;
        this.clock = clock;
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

    /** The officer a successful attempt signed in; empty for a refused or locked-out one. */
    public static Optional<Officer> officer(SignInAttempt attempt) {
        return attempt instanceof SignInAttempt.SignedIn(OfficerRow row) ? Optional.of(Officers.of(row)) : Optional.empty();
    }

    /** Whether the workspace was made by the demo generator (its mark sealed by the audit chain's first event). */
    public boolean isDemo() {
        return database.read(c -> AuditChain.sealedSinceBaseline(c, WORKSPACE_KIND, DEMO));
    }

    /**
     * The officer with this account name, without a password: for pictures of the screens and
     * measured starts, on a workspace the demo generator made and nowhere else. Audited.
     *
     * @throws NotADemo on any other workspace
     */
    public Optional<Officer> demoOfficer(String username) {
        if (!isDemo()) {
            throw new NotADemo();
        }
        String name = username.strip();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<OfficerRow> row = database.read(c -> new OfficerRepository(c).byUsername(name));
        row.ifPresent(r -> database.writeAndWait(c -> AuditChain.append(c, new AuditEntry(clock.instant(), r.id(),
                DEMO_SIGN_IN, "account", Long.toString(r.id()), JsonNodeFactory.instance.objectNode()))));
        // A demo keeps its key in an open slot too, so that pictures without a password show its evidence.
        row.ifPresent(r -> new WorkspaceKeys(database, clock).unlockOpenSlot());
        return row.map(Officers::of);
    }
}
