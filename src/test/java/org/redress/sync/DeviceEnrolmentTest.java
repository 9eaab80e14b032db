package org.redress.sync;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.demo.DemoOfficer;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A workstation's device: enrolled by its first sign-in, synced only once approved, under the id
 * the hub derives from its key; revoked, it is told so and sends nothing; signed out, its token no
 * longer works at the hub.
 */
class DeviceEnrolmentTest {

    private static SyncTestbed bed;

    @BeforeAll
    static void start() {
        bed = SyncTestbed.shared();
    }

    @Test
    void a_workstation_waits_for_approval_then_syncs_under_the_id_the_hub_derives_from_its_key() throws Exception {
        var station = bed.unenrolled("zhao.lei", Clock.systemUTC());
        DemoOfficer zhao = bed.account("zhao.lei");
        SyncCases.note(station.database(), zhao.asOfficer(), SyncCases.anyCases(station.database(), 1).getFirst(), "Enrolled");

        assertThatThrownBy(() -> station.engine().signIn("zhao.lei", SyncTestbed.PASSWORD.toCharArray(), "test"))
                .isInstanceOfSatisfying(HubException.class, e -> assertThat(e.kind()).isEqualTo(HubException.Kind.DEVICE_PENDING))
                .hasMessageContaining("approve");
        DeviceKey key = DeviceKeyFile.load(station.database().workspace()).orElseThrow();
        assertThat(station.meta().hubToken()).isNull();
        bed.hub.accounts().devices().approve(key.deviceId().toString(), "chen.jing", null);
        station.engine().signIn("zhao.lei", SyncTestbed.PASSWORD.toCharArray(), "test");
        SyncReport report = station.sync();

        assertThat(Files.getPosixFilePermissions(DeviceKeyFile.path(station.database().workspace())))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(station.meta().clientId()).isEqualTo(key.deviceId());
        assertThat(report.error()).isNull();
        assertThat(report.pushed()).isGreaterThanOrEqualTo(1);
        assertThat(bed.hubCount("SELECT count(*) FROM applied_mutation WHERE client_id = '" + key.deviceId() + "'"))
                .isEqualTo(station.outbox().size());
    }

    @Test
    void a_revoked_workstation_is_told_so_and_its_work_waits() throws Exception {
        var station = bed.station("wu.haitao");
        DeviceKey key = DeviceKeyFile.load(station.database().workspace()).orElseThrow();
        bed.hub.accounts().devices().revoke(key.deviceId().toString(), "chen.jing", null);
        SyncCases.note(station.database(), bed.account("wu.haitao").asOfficer(),
                SyncCases.anyCases(station.database(), 1).getFirst(), "After the revocation");

        SyncReport report = station.sync();

        assertThat(report.failure()).isEqualTo(HubException.Kind.DEVICE_REVOKED);
        assertThat(report.error()).contains("withdrew");
        assertThat(station.engine().status().pending()).isGreaterThanOrEqualTo(1);
        assertThat(bed.hubCount("SELECT count(*) FROM case_fact WHERE payload->>'body' = 'After the revocation'")).isZero();
    }

    @Test
    void signing_out_revokes_the_token_at_the_hub() {
        var station = bed.station("li.qiang");
        String token = station.meta().hubToken();

        boolean told = station.engine().signOut();
        HubClient withOldToken = new HubClient(bed.hub.baseUrl(), () -> token, new HubTrust(bed.hub.fingerprint()));

        assertThat(told).isTrue();
        assertThat(station.meta().hubToken()).isNull();
        assertThatThrownBy(() -> withOldToken.pull(null, 10, null))
                .isInstanceOfSatisfying(HubException.class, e -> assertThat(e.kind()).isEqualTo(HubException.Kind.UNAUTHORIZED));
    }

    @Test
    void a_workstation_that_becomes_a_new_device_sends_its_history_again_and_the_hub_keeps_it_once() throws Exception {
        var station = bed.station("zhang.min");
        SyncCases.note(station.database(), bed.account("zhang.min").asOfficer(),
                SyncCases.anyCases(station.database(), 1).getFirst(), "Kept once across devices");
        assertThat(station.sync().error()).isNull();

        DeviceKeyFile.replace(station.database().workspace());
        bed.approve(station);
        station.engine().signIn("zhang.min", SyncTestbed.PASSWORD.toCharArray(), "test");
        long reopened = station.engine().status().pending();
        SyncReport again = station.sync();

        assertThat(reopened).as("every row waits to be sent under the new id").isEqualTo(station.outbox().size());
        assertThat(again.error()).isNull();
        assertThat(station.outbox()).allSatisfy(r -> assertThat(r.state()).isNotEqualTo(OutboxState.PENDING));
        assertThat(bed.hubCount("SELECT count(*) FROM case_fact WHERE payload->>'body' = 'Kept once across devices'"))
                .isEqualTo(1);
    }

    @Test
    void a_copied_workspace_becomes_a_new_device_and_keeps_its_work() throws Exception {
        var original = bed.station("wang.fang");
        var officer = bed.account("wang.fang").asOfficer();
        String caseNo = SyncCases.anyCases(original.database(), 1).getFirst();
        SyncCases.note(original.database(), officer, caseNo, "Clone test: before the copy");
        assertThat(original.sync().error()).isNull();
        original.close();
        java.nio.file.Path copyRoot = original.root().resolveSibling(original.root().getFileName() + "-copy");
        try (var paths = java.nio.file.Files.walk(original.root())) {
            for (var p : paths.toList()) {
                var target = copyRoot.resolve(original.root().relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(p, target);
                }
            }
        }
        var first = reopen(original.username(), original.root());
        var copy = reopen(original.username(), copyRoot);
        SyncCases.note(first.database(), officer, caseNo, "Clone test: made on the original");
        SyncCases.note(copy.database(), officer, caseNo, "Clone test: made on the copy");
        assertThat(first.sync().error()).isNull();

        DeviceKey key = DeviceRenewal.renew(copy.database());
        bed.approve(copy);
        copy.engine().signIn("wang.fang", SyncTestbed.PASSWORD.toCharArray(), "copy");
        SyncReport report = copy.sync();

        assertThat(report.error()).isNull();
        assertThat(copy.meta().clientId()).isEqualTo(key.deviceId());
        for (String body : java.util.List.of("before the copy", "made on the original", "made on the copy")) {
            assertThat(bed.hubCount("SELECT count(*) FROM case_fact WHERE payload->>'body' = 'Clone test: " + body + "'"))
                    .as(body).isEqualTo(1);
        }
        assertThat(first.sync().error()).isNull();
        assertThat(SyncEngineHubTest.notes(first, "Clone test: %")).isEqualTo(3);
        assertThat(SyncEngineHubTest.notes(copy, "Clone test: %")).isEqualTo(3);
        first.close();
        copy.close();
    }

    private static SyncTestbed.Station reopen(String username, java.nio.file.Path root) throws Exception {
        var database = org.redress.store.Database.open(new org.redress.store.Workspace(root));
        var engine = SyncEngine.connect(database, bed.hub.baseUrl(), java.time.Clock.systemUTC(), SyncTestbed.FAST);
        return new SyncTestbed.Station(username, root, database, engine);
    }
}
