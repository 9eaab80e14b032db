package org.redress.cli;

import org.jspecify.annotations.Nullable;
import org.redress.casework.SignInService;
import org.redress.domain.access.Officer;
import org.redress.security.PasswordHasher;
import org.redress.security.SignInAttempt;
import org.redress.store.Database;
import org.redress.vault.VolumePolicy;
import picocli.CommandLine.Option;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who a command that changes or exports data acts as: {@code --user NAME}, signed in offline like
 * the workstation (Argon2id, lockout with back-off, every attempt audited). The password is never
 * an argument: it is asked for at the terminal, or read from {@code $REDRESS_PASSWORD} by scripts.
 * A picocli mixin, shared by {@code import}, {@code export-subject}, {@code letters export} and
 * {@code sync}.
 */
public final class SignInOption {

    /** The environment variable a script gives the password in. */
    public static final String PASSWORD_VARIABLE = "REDRESS_PASSWORD";
    /** The exit code of a command whose sign-in was refused, or whose officer's role may not do it. */
    public static final int REFUSED = 3;

    /** Where the environment is read from; tests of the command line in-process set their own. */
    private static volatile Function<String, @Nullable String> environment = System::getenv;

    @Option(names = "--user", paramLabel = "NAME",
            description = "Sign in as this officer (the password is asked for, or read from $" + PASSWORD_VARIABLE + ").")
    @Nullable String user;

    /**
     * For in-process tests of the command line: the environment the commands see until the returned
     * handle is closed.
     */
    public static AutoCloseable environmentForTests(Map<String, String> variables) {
        Function<String, @Nullable String> before = environment;
        environment = variables::get;
        return () -> environment = before;
    }

    static @Nullable String variable(String name) {
        return environment.apply(name);
    }

    /** Whether a name was given. */
    boolean given() {
        return user != null && !user.isBlank();
    }

    /**
     * Signs the officer in on {@code database}; empty, with the reason on {@code err}, when no name
     * or password was given or the sign-in was refused.
     */
    Optional<Officer> signIn(Database database, PrintWriter err, String command) {
        Optional<SignedIn> signed = signInKeeping(database, err, command);
        signed.ifPresent(s -> java.util.Arrays.fill(s.password(), '\0'));
        return signed.map(SignedIn::officer);
    }

    /** What a command does once its officer is signed in; returns the exit code. */
    @FunctionalInterface
    interface SignedWork {
        int run(Database database, Officer officer) throws java.io.IOException;
    }

    /**
     * The preamble every data command shares: the workspace chosen ({@link WorkspaceOption#NO_WORKSPACE}
     * when there is none), opened, the officer signed in ({@link #REFUSED} with the reason when not),
     * then {@code work}; an {@link org.redress.security.AccessDenied} from it is {@link #REFUSED} too,
     * in one line naming the command.
     */
    int run(picocli.CommandLine.Model.CommandSpec spec, WorkspaceOption workspace, String command, SignedWork work)
            throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        java.nio.file.Path root = workspace.existing(spec);
        if (root == null) {
            return WorkspaceOption.NO_WORKSPACE;
        }
        try (Database database = Database.open(new org.redress.store.Workspace(root))) {
            Optional<Officer> officer = signIn(database, err, command);
            if (officer.isEmpty()) {
                return REFUSED;
            }
            return work.run(database, officer.get());
        } catch (org.redress.security.AccessDenied e) {
            err.println("redress " + command + ": " + e.getMessage());
            return REFUSED;
        }
    }

    /** What a command that needs the password again (for the hub, or a key slot) does once signed in. */
    @FunctionalInterface
    interface KeptWork {
        int run(Database database, Officer officer, char[] password) throws java.io.IOException;
    }

    /**
     * As {@link #run}, handing {@code work} a copy of the password as well, wiped when it returns;
     * a refused sign-in is {@link #REFUSED}.
     */
    int runKeeping(picocli.CommandLine.Model.CommandSpec spec, WorkspaceOption workspace, String command, KeptWork work)
            throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        java.nio.file.Path root = workspace.existing(spec);
        if (root == null) {
            return WorkspaceOption.NO_WORKSPACE;
        }
        try (Database database = Database.open(new org.redress.store.Workspace(root))) {
            Optional<SignedIn> signed = signInKeeping(database, err, command);
            if (signed.isEmpty()) {
                return REFUSED;
            }
            char[] password = signed.get().password();
            try {
                return work.run(database, signed.get().officer(), password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    /** An officer signed in, with a copy of the password for a second sign-in (the hub's); wipe it after use. */
    record SignedIn(Officer officer, char[] password) {
    }

    /** As {@link #signIn}, keeping a copy of the password (for {@code sync}, which signs in to the hub with it too). */
    Optional<SignedIn> signInKeeping(Database database, PrintWriter err, String command) {
        if (!given()) {
            err.println("redress " + command + ": sign in with --user NAME (the password is asked for, or read from $"
                    + PASSWORD_VARIABLE + ")");
            return Optional.empty();
        }
        char[] password = password(user);
        if (password == null) {
            err.println("redress " + command + ": no password for " + user + ": run it at a terminal, or set $"
                    + PASSWORD_VARIABLE);
            return Optional.empty();
        }
        char[] kept = password.clone();
        SignInAttempt attempt;
        try {
            attempt = new SignInService(database, new PasswordHasher()).attempt(user, password);
        } catch (VolumePolicy.Refused e) {
            java.util.Arrays.fill(kept, '\0');
            err.println("redress " + command + ": " + e.getMessage());
            return Optional.empty();
        }
        if (!(attempt instanceof SignInAttempt.SignedIn)) {
            java.util.Arrays.fill(kept, '\0');
        }
        return switch (attempt) {
            case SignInAttempt.SignedIn(var account) ->
                    Optional.of(new SignedIn(org.redress.casework.Officers.of(account), kept));
            case SignInAttempt.LockedOut(var until) -> {
                err.println("redress " + command + ": the account is locked after repeated failed sign-ins, until " + until);
                yield Optional.empty();
            }
            case SignInAttempt.Refused() -> {
                err.println("redress " + command + ": sign-in refused: wrong name or password");
                yield Optional.empty();
            }
        };
    }

    /** The password: {@code $REDRESS_PASSWORD} when set, else asked for at the terminal; null when neither. */
    static char @Nullable [] password(String user) {
        String fromEnvironment = variable(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null || !console.isTerminal()) {
            return null;
        }
        char[] typed = console.readPassword("Password for %s: ", user);
        return typed == null || typed.length == 0 ? null : typed;
    }
}
