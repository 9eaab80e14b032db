package org.redress.cli;

import org.redress.security.PasswordHasher;
import org.redress.store.Database;
import org.redress.store.OfficerRepository;
import org.redress.store.OfficerRow;
import org.redress.store.Workspace;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** Runs the real command line in-process and keeps what it printed on each stream. */
abstract class CommandTestSupport {
    protected final StringWriter out = new StringWriter();
    protected final StringWriter err = new StringWriter();

    protected int run(String... args) {
        var cmd = new CommandLine(new RedressCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    /** Runs the command line with {@code password} in {@code $REDRESS_PASSWORD}, as a script would give it. */
    protected int runAs(String password, String... args) {
        try (AutoCloseable ignored = SignInOption.environmentForTests(Map.of(SignInOption.PASSWORD_VARIABLE, password))) {
            return run(args);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds an account with a password to the workspace at {@code root} (as its administrator would have). */
    static long addAccount(Path root, String username, String role, String password) {
        String hash = new PasswordHasher().hash(password.toCharArray());
        try (Database db = Database.open(new Workspace(root))) {
            return db.writeAndWait(c -> new OfficerRepository(c).insert(new OfficerRow(0, username, username, role, null,
                    hash, Instant.parse("2026-01-05T01:00:00Z")))).id();
        }
    }

    protected void forgetOutput() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }
}
