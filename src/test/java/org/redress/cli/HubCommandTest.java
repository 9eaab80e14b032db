package org.redress.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.hub.EmbeddedHub;
import org.redress.hub.HubServer;
import org.redress.security.PasswordHasher;
import org.redress.sync.protocol.SignInRequest;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HubCommandTest {

    @TempDir
    Path dir;

    @Test
    void an_officer_added_on_the_command_line_signs_in_after_the_embedded_hub_restarts() throws SQLException {
        Path data = dir.resolve("hub");
        String verifier = new PasswordHasher().hash("s3cret-pass".toCharArray());
        StringWriter out = new StringWriter();

        int added = run(out, "hub", "add-officer", "--embedded", "--data", data.toString(), "--username", "zhou",
                "--role", "SUPERVISOR", "--office", "RC", "--verifier", verifier);
        int served = run(out, "hub", "--embedded", "--data", data.toString(), "--port", "0", "--stop-after-start");

        assertThat(added).as(out.toString()).isZero();
        assertThat(served).isZero();
        assertThat(out.toString()).contains("officer zhou (SUPERVISOR) of office RC is ready").contains("hub listening on http://");
        try (EmbeddedHub again = EmbeddedHub.start(data, 0); HubServer server = HubServer.start(again.config())) {
            var session = server.accounts().signIn(new SignInRequest("zhou", "s3cret-pass", UUID.randomUUID(), "ws"));
            assertThat(session.officeCode()).isEqualTo("RC");
        }
    }

    @Test
    void the_hub_needs_a_database_to_run_on() {
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new RedressCommand());
        cmd.setOut(new PrintWriter(new StringWriter()));
        cmd.setErr(new PrintWriter(err));

        int code = cmd.execute("hub", "--port", "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--db").contains("--embedded");
    }

    private static int run(StringWriter out, String... args) {
        CommandLine cmd = new CommandLine(new RedressCommand());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(out, true));
        return cmd.execute(args);
    }
}
