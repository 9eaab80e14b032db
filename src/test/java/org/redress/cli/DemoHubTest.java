package org.redress.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.NoteService;
import org.redress.demo.DemoBuilder;
import org.redress.demo.DemoOfficer;
import org.redress.demo.DemoRequest;
import org.redress.demo.DemoResult;
import org.redress.domain.access.Role;
import org.redress.intake.FeedImporter;
import org.redress.intake.ImportMode;
import org.redress.store.Database;
import org.redress.store.Workspace;
import org.redress.sync.DeviceKeyFile;
import org.redress.sync.SyncEngine;
import org.redress.sync.SyncMeta;
import org.redress.sync.SyncMetaTable;
import org.redress.sync.SyncReport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code redress demo}'s hub speaks TLS: the demo workstation pins it and is approved by it at once.
 * It holds the demo's cases when it is first made, with the office series set past them and the
 * workspace's blocks of numbers leased to its device, so the demo workstation syncs as an office's
 * would: a case it imports takes a leased number the hub accepts. (One hub for both: each embedded
 * PostgreSQL costs seconds.)
 */
class DemoHubTest {

    @TempDir
    Path dir;

    @Test
    void the_demo_workstation_pins_its_hub_over_https_and_the_hub_holds_the_demos_cases_and_numbers() throws Exception {
        Path ws = dir.resolve("ws");
        DemoResult demo = new DemoBuilder(new DemoRequest(25, 3L, CaseworkFixture.TODAY)).build(ws);
        DemoOfficer officer = demo.accounts().stream().filter(o -> o.role() == Role.OFFICER).findFirst().orElseThrow();
        List<String> local;
        try (Database db = Database.open(new Workspace(ws))) {
            local = strings(db, "SELECT case_uuid || ' ' || case_no FROM appeal_case ORDER BY 1");
        }

        try (DemoHub hub = DemoHub.start(ws, null, null)) {
            assertThat(hubStrings(hub, "SELECT case_id::text || ' ' || case_no FROM hub_case ORDER BY 1")).isEqualTo(local);
            assertThat(hubStrings(hub, "SELECT kind || ' ' || prefix || ' ' || year || ' ' || first || '-' || last FROM number_lease ORDER BY 1"))
                    .as("the workspace's first blocks, leased to it at the hub too").hasSize(2);
            String tag = "DH1";
            try (Database db = Database.open(new Workspace(ws))) {
                Path feed = dir.resolve("feed.json");
                Files.writeString(feed, """
                        {"ledgerEvents": [{"reference": "L-%1$s", "agency": "RC-RCB", "subject_id": "11010519491231002X",
                          "subject_name": "张三", "scheme": "RONGCHENG_POINTS", "rule": "RC-FIN-03", "points": -20,
                          "imposed_on": "2026-03-02"}],
                         "appeals": [{"reference": "A-%1$s", "agency": "RC-RCB", "subject_id": "11010519491231002X",
                          "subject_name": "张三", "disputed": ["L-%1$s"], "grounds": ["FACTS_WRONG"], "statement": "s",
                          "received_on": "2026-11-20"}]}""".formatted(tag), StandardCharsets.UTF_8);
                new FeedImporter(db, CaseworkFixture.CATALOG, CaseworkFixture.CALENDAR,
                        CaseworkFixture.clockOn(CaseworkFixture.TODAY)).importFile(feed, ImportMode.ALL_OR_NOTHING);
                String imported = strings(db, """
                        SELECT a.case_no FROM appeal_intake i JOIN appeal_case a ON a.id = i.case_id WHERE i.reference = 'A-DH1'""")
                        .getFirst();
                long caseId = Long.parseLong(strings(db, "SELECT id FROM appeal_case WHERE case_no = '" + imported + "'").getFirst());
                new NoteService(db, CaseworkFixture.clockOn(CaseworkFixture.TODAY)).add(caseId, officer.asOfficer(), "demo note");
                SyncMeta meta = db.read(c -> new SyncMetaTable(c).read());
                try (SyncEngine engine = SyncEngine.connect(db, meta.hubUrl(), CaseworkFixture.clockOn(CaseworkFixture.TODAY),
                        new SyncEngine.Settings(Duration.ofHours(1), Duration.ofMillis(5), Duration.ofMillis(50), 500, 2_000,
                                64 * 1024))) {
                    engine.signIn(officer.username(), officer.password().toCharArray(), "demo");
                    SyncReport report = engine.syncOnce();
                    assertThat(report.error()).isNull();
                    assertThat(report.rejected()).as("the demo's own block is leased to its device at the hub").isZero();
                }
                assertThat(hub.url()).startsWith("https://127.0.0.1:");
                assertThat(meta.hubUrl()).isEqualTo(hub.url());
                assertThat(meta.hubPin()).hasSize(64);
                // Issue #16, item 2: the demo hub endorsed the workstation, so its letters carry signed QR codes.
                java.util.Map<String, String> settings = db.read(c -> new org.redress.store.SettingsRepository(c).all());
                assertThat(settings).containsKey(org.redress.letters.qr.QrSigning.ENDORSEMENT_KEY)
                        .containsEntry(org.redress.letters.qr.QrSigning.VERIFY_URL, hub.url() + "/v");
                assertThat(db.read(c -> new SyncMetaTable(c).read()).clientId())
                        .isEqualTo(DeviceKeyFile.load(db.workspace()).orElseThrow().deviceId());
                assertThat(imported).as("the first number of the demo's own block").matches("RD-2026-\\d{6}");
                assertThat(hubStrings(hub, "SELECT case_no FROM hub_case WHERE case_no = '" + imported + "'")).hasSize(1);
                assertThat(hubStrings(hub, "SELECT payload->>'body' FROM case_fact WHERE kind = 'note'")).containsExactly("demo note");
                assertThat(db.read(c -> new SyncMetaTable(c).read()).lastAckedSeq()).isGreaterThanOrEqualTo(2);
            }
            DemoHub.seed(ws, hub.server());
            assertThat(hubStrings(hub, "SELECT count(*)::text FROM hub_case")).as("seeded once, not at every start")
                    .containsExactly(Integer.toString(local.size() + 1));
        }
    }

    private static List<String> strings(Database db, String sql) {
        return db.read(c -> {
            List<String> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(rs.getString(1));
                }
            }
            return list;
        });
    }

    private static List<String> hubStrings(DemoHub hub, String sql) throws Exception {
        try (Connection c = hub.server().database().connection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            List<String> list = new ArrayList<>();
            while (rs.next()) {
                list.add(rs.getString(1));
            }
            return list;
        }
    }
}
