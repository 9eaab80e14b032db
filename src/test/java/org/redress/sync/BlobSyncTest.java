package org.redress.sync;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.sync.protocol.Endpoints;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** G7: evidence bytes verified end to end, an interrupted upload resumed where it stopped, a missing file "pending". */
class BlobSyncTest {

    private static SyncTestbed bed;

    @BeforeAll
    static void start() {
        bed = SyncTestbed.shared();
    }

    @Test
    void an_interrupted_large_upload_resumes_from_the_hubs_offset_and_arrives_whole() throws Exception {
        try (FaultyProxy proxy = new FaultyProxy(bed.hub.baseUrl())) {
            var direct = bed.station("wang.fang");
            direct.engine().close();
            SyncEngine engine = SyncEngine.connect(direct.database(), proxy.url(), Clock.systemUTC(), SyncTestbed.FAST);
            var a = new SyncTestbed.Station("wang.fang", direct.root(), direct.database(), engine);
            byte[] bytes = new byte[3 * 1024 * 1024 + 123];
            new Random(7).nextBytes(bytes);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            Path file = BlobSender.evidenceFile(a.database().workspace(), sha);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            a.database().writeAndWait(c -> {
                new BlobUploads(c).expect(sha, bytes.length, Instant.now());
                return null;
            });
            int chunks = (bytes.length + 64 * 1024 - 1) / (64 * 1024);
            for (int i = 0; i < 10; i++) {
                proxy.plan(Endpoints.BLOBS, FaultyProxy.Fault.PASS);
            }
            proxy.plan(Endpoints.BLOBS, FaultyProxy.Fault.CUT_BEFORE);

            SyncReport cut = a.sync();
            assertThat(cut.failure()).isEqualTo(HubException.Kind.OFFLINE);
            assertThat(a.engine().status().filesPending()).isEqualTo(1);
            int before = proxy.patches();
            assertThat(before).isEqualTo(9);

            SyncReport resumed = a.sync();
            assertThat(resumed.error()).isNull();
            assertThat(resumed.blobsSent()).isEqualTo(1);
            assertThat(proxy.patches()).as("only the chunks the hub lacked were sent again").isEqualTo(chunks);
            assertThat(a.engine().status().filesPending()).isZero();

            byte[] back = a.engine().hub().downloadBlob(sha, 0);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(back))).isEqualTo(sha);
            byte[] tail = a.engine().hub().downloadBlob(sha, bytes.length - 100);
            assertThat(tail).hasSize(100);
            assertThat(a.sync().blobsSent()).as("a file at the hub is not sent again").isZero();
            a.close();
        }
    }

    @Test
    void evidence_attached_on_one_workstation_arrives_on_another_with_its_bytes_checked_and_is_not_copied_back()
            throws Exception {
        var a = bed.station("wang.fang");
        var b = bed.station("li.qiang");
        String caseNo = SyncCases.decidable(a.database(), 1).getFirst();
        byte[] bytes = new byte[200_000];
        new Random(11).nextBytes(bytes);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Path file = Files.createTempFile("evidence", ".bin");
        Files.write(file, bytes);
        var attached = new org.redress.casework.AttachmentService(a.database(),
                new org.redress.evidence.EvidenceStore(a.database().workspace().evidenceDir()), Clock.systemUTC())
                .attach(SyncCases.caseId(a.database(), caseNo), file, bed.account("wang.fang").asOfficer(),
                        "applicant", "Receipt of payment");
        assertThat(attached).isInstanceOf(org.redress.casework.AttachResult.Attached.class);

        assertThat(a.sync().error()).isNull();
        SyncReport pulled = b.sync();

        assertThat(pulled.error()).isNull();
        Path arrived = b.database().workspace().evidenceFile(sha);
        assertThat(arrived).exists();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(arrived))))
                .isEqualTo(sha);
        assertThat(attachments(b, caseNo, sha)).isEqualTo(1);
        assertThat(a.sync().error()).isNull();
        assertThat(attachments(a, caseNo, sha)).as("a's own attachment comes back recognised").isEqualTo(1);
        Files.delete(file);
    }

    private static int attachments(SyncTestbed.Station station, String caseNo, String sha) {
        Integer n = station.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM attachment a JOIN appeal_case k ON k.id = a.case_id "
                    + "WHERE k.case_no = ? AND a.sha256 = ?")) {
                ps.setString(1, caseNo);
                ps.setString(2, sha);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        return n;
    }

    @Test
    void a_file_missing_from_the_evidence_folder_is_marked_pending_and_holds_nothing_up() {
        var a = bed.station("li.qiang");
        String sha = "ab".repeat(32);
        a.database().writeAndWait(c -> {
            new BlobUploads(c).expect(sha, 10, Instant.now());
            return null;
        });
        SyncCases.note(a.database(), bed.account("li.qiang").asOfficer(), SyncCases.anyCases(a.database(), 1).getFirst(),
                "Not held up by a missing file");

        SyncReport report = a.sync();

        assertThat(report.error()).isNull();
        assertThat(report.pushed()).isEqualTo(1);
        java.util.List<BlobUploads.Pending> pending = a.database().read(c -> new BlobUploads(c).notDone(10));
        assertThat(pending).singleElement().satisfies(p -> assertThat(p.state()).isEqualTo("MISSING"));
    }
}
