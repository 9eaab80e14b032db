package org.redress.sync;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.casework.SignInService;
import org.redress.security.PasswordHasher;
import org.redress.setup.OfficeConnection;
import org.redress.setup.OfficeConnection.Outcome;
import org.redress.store.Database;
import org.redress.store.OfficerRepository;
import org.redress.store.Workspace;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Connecting a new workstation to its office as the first-run screen does, against the real hub
 * over TLS: the hub's key is learnt for the officer to compare; the first connection enrols the
 * device and waits for approval, keeping the workspace; once approved the officer's account is kept
 * with the role the hub gave and signs in offline; a refused sign-in or another key leaves nothing.
 */
class OfficeConnectionTest {

    private static SyncTestbed bed;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() {
        bed = SyncTestbed.shared();
    }

    private OfficeConnection connection(Path workspace) {
        return new OfficeConnection(workspace, new PasswordHasher(), Clock.systemUTC());
    }

    @Test
    void meeting_the_hub_shows_the_key_it_serves_and_stores_nothing() throws Exception {
        OfficeConnection.HubMet met = OfficeConnection.meet(bed.hub.baseUrl());

        assertThat(met.fingerprint()).isEqualTo(bed.hub.fingerprint());
        assertThat(met.displayed()).isEqualTo(org.redress.sync.protocol.KeyFingerprint.display(bed.hub.fingerprint()));
    }

    @Test
    void the_first_connection_waits_for_approval_and_the_next_keeps_the_account_the_hub_vouched_for() throws Exception {
        Path office = folder.resolve("office");
        OfficeConnection.HubMet met = OfficeConnection.meet(bed.hub.baseUrl());

        Outcome first = connection(office).connect(met, "zhao.lei", SyncTestbed.PASSWORD.toCharArray(), "first run");
        assertThat(first).isInstanceOf(Outcome.AwaitingApproval.class);
        Outcome.AwaitingApproval waiting = (Outcome.AwaitingApproval) first;
        assertThat(office.resolve(Workspace.DATABASE_FILE)).as("kept for the retry, with its device key").exists();
        bed.hub.accounts().devices().approve(waiting.deviceId(), "chen.jing", null);

        Outcome second = connection(office).connect(met, "zhao.lei", SyncTestbed.PASSWORD.toCharArray(), "first run");

        assertThat(second).isInstanceOfSatisfying(Outcome.Connected.class, c -> {
            assertThat(c.workspace()).isEqualTo(office);
            assertThat(c.firstRound().error()).isNull();
        });
        try (Database database = Database.open(new Workspace(office))) {
            SyncMeta meta = database.read(conn -> new SyncMetaTable(conn).read());
            assertThat(meta.hubPin()).isEqualTo(bed.hub.fingerprint());
            assertThat(meta.hubUrl()).isEqualTo(bed.hub.baseUrl());
            assertThat(database.read(conn -> new OfficerRepository(conn).byUsername("zhao.lei")).orElseThrow().role())
                    .isEqualTo(bed.account("zhao.lei").role().name());
            SignInService signIn = new SignInService(database, new PasswordHasher());
            assertThat(signIn.signIn("zhao.lei", SyncTestbed.PASSWORD.toCharArray())).as("offline, from now on").isPresent();
            assertThat(signIn.signIn("zhao.lei", "not the password".toCharArray())).isEmpty();
        }
    }

    @Test
    void a_refused_sign_in_leaves_no_workspace_behind() throws Exception {
        Path office = folder.resolve("office");
        OfficeConnection.HubMet met = OfficeConnection.meet(bed.hub.baseUrl());

        Outcome outcome = connection(office).connect(met, "nobody.here", "no such account".toCharArray(), "first run");

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(office).doesNotExist();
    }

    @Test
    void a_hub_showing_another_key_than_the_one_compared_gets_no_password_and_leaves_nothing() {
        Path office = folder.resolve("office");
        OfficeConnection.HubMet forged = new OfficeConnection.HubMet(bed.hub.baseUrl(), "ab".repeat(32));

        Outcome outcome = connection(office).connect(forged, "zhao.lei", SyncTestbed.PASSWORD.toCharArray(), "first run");

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class,
                r -> assertThat(r.reason()).containsIgnoringCase("key"));
        assertThat(office).doesNotExist();
    }

    @Test
    void a_folder_holding_other_files_is_left_as_it_is() throws Exception {
        java.nio.file.Files.writeString(folder.resolve("notes.txt"), "mine");
        OfficeConnection.HubMet met = OfficeConnection.meet(bed.hub.baseUrl());

        Outcome outcome = connection(folder).connect(met, "zhao.lei", SyncTestbed.PASSWORD.toCharArray(), "first run");

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, r -> assertThat(r.reason()).contains("other files"));
        assertThat(folder.resolve("notes.txt")).hasContent("mine");
        assertThat(folder.resolve(Workspace.DATABASE_FILE)).doesNotExist();
    }

    @Test
    void plain_http_to_another_machine_is_refused_before_any_request() {
        assertThatThrownBy(() -> OfficeConnection.meet("http://10.20.30.40:8470"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https://10.20.30.40:8470");
    }
}
