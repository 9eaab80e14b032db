package org.redress.casework;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.appeal.CaseStatus;
import org.redress.evidence.EvidenceStore;
import org.redress.store.CaseRepository;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentServiceTest {

    private static CaseworkFixture fixture;
    private static AttachmentService attachments;
    private static EvidenceStore store;

    @TempDir
    Path folder;

    @BeforeAll
    static void workspace() {
        fixture = CaseworkFixture.create();
        store = new EvidenceStore(fixture.database.workspace().evidenceDir());
        attachments = new AttachmentService(fixture.database, store, CaseworkFixture.clockOn(CaseworkFixture.TODAY));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static long openCase(int index) {
        return fixture.cases(CaseStatus.IN_REVIEW).get(index).caseId();
    }

    private static long rows(String table) {
        return fixture.database.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void the_free_text_custody_reason_stays_in_the_attachment_row_vouched_by_digest_never_in_the_audit_payload()
            throws IOException {
        long caseId = openCase(1);
        Path file = Files.writeString(folder.resolve("receipt.txt"), "Receipt 2026-0042, paid in cash.");
        String reason = "Handed in by 张伟 (110105199003072316) at the counter";

        AttachResult result = attachments.attach(caseId, file, fixture.officer("wang.fang"), "COUNTER", reason);

        assertThat(result).isInstanceOf(AttachResult.Attached.class);
        long id = ((AttachResult.Attached) result).line().id();
        String event = fixture.database.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT payload FROM audit_event WHERE kind = 'attachment.add' ORDER BY seq DESC LIMIT 1")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(event).doesNotContain("张伟").doesNotContain("110105199003072316").doesNotContain("counter")
                .contains("\"attachmentId\":" + id).contains("\"table\":\"attachment\"");
        assertThat(fixture.database.read(c -> new org.redress.audit.AuditVerifier(fixture.database.workspace())
                .verify(c, null)).breaks()).isEmpty();
    }

    @Test
    void an_attached_file_is_copied_and_recorded_with_who_when_where_from_and_why() throws IOException {
        long caseId = openCase(0);
        Path file = Files.writeString(folder.resolve("bank-letter.txt"), "The loan was repaid on 3 March.");

        AttachResult result = attachments.attach(caseId, file, fixture.officer("wang.fang"), "AGENCY_REPLY",
                "The bank confirms the repayment");

        assertThat(result).isInstanceOf(AttachResult.Attached.class);
        AttachmentLine line = ((AttachResult.Attached) result).line();
        assertThat(line.fileName()).isEqualTo("bank-letter.txt");
        assertThat(line.mediaType()).isEqualTo("text/plain");
        assertThat(line.addedBy()).isEqualTo("王芳");
        assertThat(line.source()).isEqualTo("AGENCY_REPLY");
        assertThat(line.reason()).isEqualTo("The bank confirms the repayment");
        assertThat(line.addedAt()).isEqualTo(CaseworkFixture.clockOn(CaseworkFixture.TODAY).instant());
        assertThat(store.file(line.sha256())).hasContent("The loan was repaid on 3 March.");
        assertThat(file).exists();
        CaseFile read = fixture.caseFiles().load(caseId, fixture.officer("wang.fang"));
        assertThat(read.attachments()).contains(line);
        assertThat(read.history().getLast().action()).isEqualTo(AttachmentService.ACTION);
    }

    @Test
    void the_same_bytes_twice_on_one_case_are_reported_and_not_added_again() throws IOException {
        long caseId = openCase(1);
        Path first = Files.writeString(folder.resolve("receipt.txt"), "Receipt 42");
        Path renamed = Files.writeString(folder.resolve("receipt (copy).txt"), "Receipt 42");
        attachments.attach(caseId, first, fixture.officer("wang.fang"), "OFFICER_SCAN", "Receipt of payment");
        long before = rows("attachment");

        AttachResult again = attachments.attach(caseId, renamed, fixture.officer("wang.fang"), "OFFICER_SCAN", "again");

        assertThat(again).isInstanceOfSatisfying(AttachResult.AlreadyAttached.class, a -> {
            assertThat(a.fileName()).isEqualTo("receipt (copy).txt");
            assertThat(a.existingName()).isEqualTo("receipt.txt");
        });
        assertThat(rows("attachment")).isEqualTo(before);
    }

    @Test
    void the_same_bytes_on_another_case_share_the_blob_with_a_new_attachment() throws IOException {
        Path file = Files.writeString(folder.resolve("court-ruling.txt"), "Judgment of the district court");
        attachments.attach(openCase(2), file, fixture.officer("wang.fang"), "AGENCY_REPLY", "Ruling");
        long blobs = rows("evidence_blob");
        long attached = rows("attachment");

        AttachResult other = attachments.attach(openCase(3), file, fixture.officer("wang.fang"), "AGENCY_REPLY", "Ruling");

        assertThat(other).isInstanceOfSatisfying(AttachResult.Attached.class, a -> assertThat(a.newlyStored()).isFalse());
        assertThat(rows("evidence_blob")).isEqualTo(blobs);
        assertThat(rows("attachment")).isEqualTo(attached + 1);
    }

    @Test
    void a_file_over_fifty_megabytes_is_refused_with_its_size() throws IOException {
        Path big = folder.resolve("dashcam.mp4");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(EvidenceStore.MAX_BYTES + 5 * 1024 * 1024);
        }
        long attached = rows("attachment");

        AttachResult result = attachments.attach(openCase(4), big, fixture.officer("wang.fang"), "OFFICER_SCAN", "video");

        assertThat(result).isEqualTo(new AttachResult.TooLarge("dashcam.mp4", EvidenceStore.MAX_BYTES + 5 * 1024 * 1024,
                EvidenceStore.MAX_BYTES));
        assertThat(rows("attachment")).isEqualTo(attached);
    }

    @Test
    void a_closed_case_and_an_auditor_take_no_evidence() throws IOException {
        Path file = Files.writeString(folder.resolve("late.txt"), "too late");
        long closed = fixture.cases(CaseStatus.CLOSED).getFirst().caseId();

        assertThat(attachments.attach(closed, file, fixture.officer("wang.fang"), "OFFICER_SCAN", "late"))
                .isEqualTo(new AttachResult.Refused("late.txt", "attach.refused.closed"));
        assertThat(attachments.attach(openCase(5), file, fixture.officer("sun.li"), "OFFICER_SCAN", "audit"))
                .isEqualTo(new AttachResult.Refused("late.txt", "attach.refused.role"));
    }

    @Test
    void a_missing_file_fails_with_its_name_and_a_reason_is_required() {
        assertThatThrownBy(() -> attachments.attach(openCase(6), folder.resolve("gone.pdf"), fixture.officer("wang.fang"),
                "OFFICER_SCAN", "x")).isInstanceOf(UncheckedIOException.class).hasMessageContaining("gone.pdf");
        assertThatThrownBy(() -> attachments.attach(openCase(6), folder.resolve("gone.pdf"), fixture.officer("wang.fang"),
                "OFFICER_SCAN", "  ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    }
}
