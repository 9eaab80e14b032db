package org.redress.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.hub.EmbeddedHub;
import org.redress.hub.HubServer;
import org.redress.hub.PostgresBinariesUnavailable;
import org.redress.hub.RealBinariesJar;
import org.redress.security.PasswordHasher;
import org.redress.sync.protocol.SignInRequest;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void the_embedded_hub_runs_on_a_binaries_jar_given_on_the_command_line() {
        StringWriter out = new StringWriter();

        int code = run(out, "hub", "--embedded", "--data", dir.resolve("hub").toString(),
                "--postgres-binaries", RealBinariesJar.path().toString(), "--port", "0", "--stop-after-start");

        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).contains("hub listening on http://");
    }

    @Test
    void a_binaries_jar_that_does_not_exist_is_named_and_nothing_starts() {
        Path absent = dir.resolve("absent.jar");
        StringWriter out = new StringWriter();

        int code = run(out, "hub", "--embedded", "--data", dir.resolve("hub").toString(),
                "--postgres-binaries", absent.toString(), "--port", "0", "--stop-after-start");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("redress hub: The PostgreSQL binaries jar " + absent).contains("does not exist")
                .doesNotContain("hub listening");
        assertThat(dir.resolve("hub")).doesNotExist();
    }

    @Test
    void the_demos_hub_takes_its_binaries_from_the_jar_given_too() {
        Path absent = dir.resolve("absent.jar");

        assertThatThrownBy(() -> DemoHub.start(dir.resolve("ws"), null, absent))
                .isInstanceOf(PostgresBinariesUnavailable.class)
                .hasMessageContaining(absent.toString());
    }

    @Test
    void postgres_binaries_go_with_embedded_not_with_a_real_database() {
        StringWriter out = new StringWriter();

        int code = run(out, "hub", "--db", "postgresql://u:p@127.0.0.1:1/db", "--postgres-binaries", "x.jar",
                "--port", "0", "--stop-after-start");

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).contains("--postgres-binaries goes with --embedded");
    }

    private static int run(StringWriter out, String... args) {
        CommandLine cmd = new CommandLine(new RedressCommand());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(out, true));
        return cmd.execute(args);
    }
}
