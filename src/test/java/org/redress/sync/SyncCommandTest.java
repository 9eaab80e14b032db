package org.redress.sync;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.cli.RedressCommand;
import org.redress.cli.SignInOption;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code redress sync} runs one round and says what moved. */
class SyncCommandTest {

    private static SyncTestbed bed;

    @BeforeAll
    static void start() {
        bed = SyncTestbed.shared();
    }


    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        return runWith(null, args);
    }

    /** Runs with the officer's password in $REDRESS_PASSWORD, as a script gives it. */
    private static Run runWith(String password, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new RedressCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        try (AutoCloseable ignored = SignInOption.environmentForTests(password == null ? Map.of()
                : Map.of(SignInOption.PASSWORD_VARIABLE, password))) {
            int exit = cli.execute(args);
            return new Run(exit, out.toString(), err.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_sync_without_a_signed_in_officer_is_refused_and_sends_nothing() {
        var station = bed.station("zhang.min");
        SyncCases.note(station.database(), bed.account("zhang.min").asOfficer(),
                SyncCases.anyCases(station.database(), 1).getFirst(), "Not without a sign-in");
        Path root = station.root();
        station.close();

        Run nobody = run("sync", "--workspace", root.toString(), "--hub", bed.hub.baseUrl());
        Run wrong = runWith("not-the-password", "sync", "--workspace", root.toString(), "--hub", bed.hub.baseUrl(),
                "--user", "zhang.min");

        assertThat(nobody.exit()).isEqualTo(SignInOption.REFUSED);
        assertThat(nobody.err()).contains("sign in with --user");
        assertThat(wrong.exit()).isEqualTo(SignInOption.REFUSED);
        assertThat(wrong.err()).contains("sign-in refused");
        String pending = password("zhang.min");
        Run right = runWith(pending, "sync", "--workspace", root.toString(), "--user", "zhang.min");
        assertThat(right.out()).as("the note waited for a signed-in sync").contains("sent: 1 taken");
    }

    private static String password(String username) {
        return bed.account(username).password();
    }

    @Test
    void a_workspace_without_a_hub_is_told_to_name_one() {
        Path root = bed.copyTemplate("no-hub");
        Run run = run("sync", "--workspace", root.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--hub");
    }

    @Test
    void sync_sends_the_outbox_and_prints_what_moved_then_remembers_the_hub() {
        var station = bed.station("wang.fang");
        SyncCases.note(station.database(), bed.account("wang.fang").asOfficer(),
                SyncCases.anyCases(station.database(), 1).getFirst(), "Via the command line");
        Path root = station.root();
        station.close();

        Run first = runWith(password("wang.fang"), "sync", "--workspace", root.toString(), "--hub", bed.hub.baseUrl(),
                "--user", "wang.fang");
        Run again = runWith(password("wang.fang"), "sync", "--workspace", root.toString(), "--user", "wang.fang");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("synced").contains("sent: 1 taken").contains("waiting: 0 to send");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("sent: 0 taken");
        assertThat(first.out()).as("a new workstation's first sync brings it numbers")
                .contains("new blocks of case numbers and letter references");
        assertThat(again.out()).doesNotContain("new blocks");
    }

    @Test
    void an_unreachable_hub_is_reported_in_words_and_nothing_is_lost() {
        var station = bed.station("li.qiang");
        SyncCases.note(station.database(), bed.account("li.qiang").asOfficer(),
                SyncCases.anyCases(station.database(), 1).getFirst(), "Kept for later");
        Path root = station.root();
        station.close();

        Run run = runWith(password("li.qiang"), "sync", "--workspace", root.toString(), "--hub", "http://127.0.0.1:9",
                "--user", "li.qiang");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Could not reach the hub");
        assertThat(run.out()).contains("waiting: 1 to send");
    }

    @Test
    void a_plain_http_hub_on_another_machine_is_refused_before_anything_is_sent() {
        Path root = bed.copyTemplate("plain-http");

        Run run = run("sync", "--workspace", root.toString(), "--hub", "http://hub.office:8470");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("not encrypted").contains("https://hub.office:8470");
    }

    @Test
    void a_new_workstation_is_told_it_waits_for_approval_and_shows_its_key_and_sign_out_ends_the_session() throws Exception {
        Path root = bed.copyTemplate("enrol-cli");
        // The testbed's hub knows one password for everyone; give chen.jing the same one here, as an
        // office's accounts have (the demo's hub is seeded with the workstation's hashes).
        try (var db = org.redress.store.Database.open(new org.redress.store.Workspace(root))) {
            String hash = new org.redress.security.PasswordHasher().hash(SyncTestbed.PASSWORD.toCharArray());
            db.writeAndWait(c -> {
                var repo = new org.redress.store.OfficerRepository(c);
                repo.changePasswordHash(repo.byUsername("chen.jing").orElseThrow().id(), hash);
                return null;
            });
        }

        Run pending = runWith(SyncTestbed.PASSWORD, "sync", "--workspace", root.toString(), "--hub", bed.hub.baseUrl(),
                "--user", "chen.jing", "--trust-hub-key", bed.hub.fingerprint());
        DeviceKey key;
        try (var db = org.redress.store.Database.open(new org.redress.store.Workspace(root))) {
            key = DeviceKeyFile.load(db.workspace()).orElseThrow();
        }
        bed.hub.accounts().devices().approve(key.deviceId().toString(), "operator", null);
        Run signedIn = runWith(SyncTestbed.PASSWORD, "sync", "--workspace", root.toString(), "--user", "chen.jing");
        Run signedOut = runWith(SyncTestbed.PASSWORD, "sync", "--workspace", root.toString(), "--sign-out",
                "--user", "chen.jing");
        String token;
        try (var db = org.redress.store.Database.open(new org.redress.store.Workspace(root))) {
            token = db.read(c -> new SyncMetaTable(c).read()).hubToken();
        }
        Run after = run("sync", "--workspace", root.toString());

        assertThat(pending.exit()).isEqualTo(1);
        assertThat(pending.err()).contains("waits for a supervisor").contains(key.deviceId().toString())
                .contains(org.redress.sync.protocol.KeyFingerprint.display(key.fingerprint()));
        assertThat(signedIn.exit()).as(signedIn.err()).isZero();
        assertThat(signedOut.exit()).isZero();
        assertThat(signedOut.out()).contains("signed out of the hub");
        assertThat(token).as("signing out forgets the hub's token").isNull();
        assertThat(after.exit()).isEqualTo(SignInOption.REFUSED);
        assertThat(after.err()).contains("sign in with --user");
    }
}
