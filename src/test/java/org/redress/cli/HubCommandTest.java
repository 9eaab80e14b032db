package org.redress.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.hub.EmbeddedHub;
import org.redress.hub.HubServer;
import org.redress.hub.PostgresBinariesUnavailable;
import org.redress.hub.RealBinariesJar;
import org.redress.security.PasswordHasher;
import org.redress.store.Workspace;
import org.redress.sync.DeviceKey;
import org.redress.sync.DeviceKeyFile;
import org.redress.sync.protocol.KeyFingerprint;
import org.redress.sync.protocol.SignInRequest;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;

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
        assertThat(out.toString()).contains("officer zhou (SUPERVISOR) of office RC is ready")
                .contains("hub listening on https://").contains("certificate key fingerprint");
        try (EmbeddedHub again = EmbeddedHub.start(data, 0); HubServer server = HubServer.start(again.config())) {
            DeviceKey key = DeviceKeyFile.replace(new Workspace(dir.resolve("ws")));
            server.accounts().devices().enrolApproved(key.publicKeyEncoded(), "RC", "ws", "test");
            var session = server.accounts().signIn(request(server, key, "zhou", "s3cret-pass"), "127.0.0.1");
            assertThat(session.officeCode()).isEqualTo("RC");
            assertThat(session.deviceId()).isEqualTo(key.deviceId());
        }
    }

    @Test
    void admin_commands_use_the_running_hubs_postgresql_and_leave_it_serving() throws Exception {
        Path data = dir.resolve("live");
        String verifier = new PasswordHasher().hash("s3cret-pass".toCharArray());
        try (EmbeddedHub live = EmbeddedHub.start(data, 0); HubServer server = HubServer.start(live.config())) {
            StringWriter out = new StringWriter();
            int office = run(out, "hub", "add-office", "--embedded", "--data", data.toString(), "--code", "RC",
                    "--name", "Rongcheng review office");
            int agency = run(out, "hub", "add-agency", "--embedded", "--data", data.toString(), "--code", "RC-COURT",
                    "--name", "Rongcheng People's Court");
            int officer = run(out, "hub", "add-officer", "--embedded", "--data", data.toString(), "--username", "qian",
                    "--role", "OFFICER", "--office", "RC", "--verifier", verifier);

            assertThat(office + agency + officer).as(out.toString()).isZero();
            assertThat(out.toString()).contains("using the PostgreSQL the running hub uses").doesNotContain("embedded PostgreSQL in")
                    .contains("office RC is ready").contains("agency RC-COURT is ready");
            // The live hub's database still serves, and holds what the commands added.
            try (var c = server.database().connection(); var st = c.createStatement();
                 var rs = st.executeQuery("SELECT (SELECT count(*) FROM agency WHERE code = 'RC-COURT')"
                         + " + (SELECT count(*) FROM officer WHERE username = 'qian')"
                         + " + (SELECT count(*) FROM office WHERE name = 'Rongcheng review office')")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
            }
        }
    }

    @Test
    void devices_are_listed_approved_and_revoked_on_the_command_line_and_weak_verifiers_refused() throws Exception {
        try (EmbeddedHub pg = EmbeddedHub.start(dir.resolve("hub"), 0); HubServer server = HubServer.start(pg.config())) {
            String db = "postgresql://postgres:" + pg.password() + "@localhost:" + pg.postgresPort() + "/postgres";
            StringWriter out = new StringWriter();
            String pbkdf2 = new PasswordHasher(new SecureRandom(), PasswordHasher.MIN_ITERATIONS).hash("s3cret-pass".toCharArray());
            int weak = run(out, "hub", "add-officer", "--db", db, "--username", "li", "--role", "OFFICER", "--office", "RC",
                    "--verifier", pbkdf2);
            int added = run(out, "hub", "add-officer", "--db", db, "--username", "li", "--role", "OFFICER", "--office", "RC",
                    "--verifier", new PasswordHasher().hash("s3cret-pass".toCharArray()));
            DeviceKey key = DeviceKeyFile.replace(new Workspace(dir.resolve("ws")));
            assertThatThrownBy(() -> server.accounts().signIn(request(server, key, "li", "s3cret-pass"), "127.0.0.1"))
                    .hasMessageContaining("waits for a supervisor");

            int listed = run(out, "hub", "devices", "list", "--pending", "--db", db);
            int approved = run(out, "hub", "devices", "approve", key.deviceId().toString().substring(0, 8), "--db", db,
                    "--by", "zhou");
            var session = server.accounts().signIn(request(server, key, "li", "s3cret-pass"), "127.0.0.1");
            int revoked = run(out, "hub", "devices", "revoke", key.deviceId().toString(), "--db", db);

            assertThat(weak).as(out.toString()).isEqualTo(2);
            assertThat(out.toString()).contains("only Argon2id password verifiers");
            assertThat(added).isZero();
            assertThat(listed).isZero();
            assertThat(out.toString()).contains(key.deviceId().toString().substring(0, 8) + "  RC  PENDING")
                    .contains(KeyFingerprint.display(key.fingerprint()))
                    .contains("approved: " + key.deviceId().toString().substring(0, 8));
            assertThat(approved).isZero();
            assertThat(session.deviceId()).isEqualTo(key.deviceId());
            assertThat(revoked).isZero();
            assertThatThrownBy(() -> server.accounts().authenticate("Bearer " + session.token()))
                    .hasMessageContaining("withdrawn");
        }
    }

    private static SignInRequest request(HubServer server, DeviceKey key, String username, String password)
            throws SQLException {
        String nonce = server.accounts().challenge().nonce();
        return new SignInRequest(username, password, "ws", key.publicKeyBase64(), nonce, key.signSignIn(nonce, username));
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
        assertThat(out.toString()).contains("hub listening on https://");
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
