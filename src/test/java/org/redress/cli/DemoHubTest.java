package org.redress.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.casework.CaseworkFixture;
import org.redress.demo.DemoBuilder;
import org.redress.demo.DemoOfficer;
import org.redress.demo.DemoRequest;
import org.redress.demo.DemoResult;
import org.redress.domain.access.Role;
import org.redress.store.Database;
import org.redress.store.Workspace;
import org.redress.sync.DeviceKeyFile;
import org.redress.sync.SyncEngine;
import org.redress.sync.SyncMeta;
import org.redress.sync.SyncMetaTable;
import org.redress.sync.SyncReport;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code redress demo}'s hub speaks TLS too: the demo workstation pins it and is approved by it at once. */
class DemoHubTest {

    @TempDir
    Path dir;

    @Test
    void the_demo_workstation_pins_its_hub_and_signs_in_over_https_without_waiting_for_approval() throws Exception {
        Path workspace = dir.resolve("demo");
        DemoResult demo = new DemoBuilder(new DemoRequest(20, 20261207L, CaseworkFixture.TODAY)).build(workspace);
        DemoOfficer officer = demo.accounts().stream().filter(a -> a.role() == Role.OFFICER).findFirst().orElseThrow();

        try (DemoHub hub = DemoHub.start(workspace, null, null);
             Database database = Database.open(new Workspace(workspace))) {
            SyncMeta meta = database.read(c -> new SyncMetaTable(c).read());
            try (SyncEngine engine = SyncEngine.connect(database, meta.hubUrl(), Clock.systemUTC(), SyncEngine.Settings.DEFAULT)) {
                engine.signIn(officer.username(), officer.password().toCharArray(), "demo");
                SyncReport report = engine.syncOnce();

                assertThat(hub.url()).startsWith("https://127.0.0.1:");
                assertThat(meta.hubUrl()).isEqualTo(hub.url());
                assertThat(meta.hubPin()).hasSize(64);
                assertThat(report.error()).isNull();
                assertThat(database.read(c -> new SyncMetaTable(c).read()).clientId())
                        .isEqualTo(DeviceKeyFile.load(database.workspace()).orElseThrow().deviceId());
            }
        }
    }
}
