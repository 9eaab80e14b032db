package org.redress.audit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.audit.IntegrityBreak.Area;
import org.redress.store.Database;
import org.redress.store.Workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each tampering an attacker with the sqlite3 shell and a file manager could do to a workspace is
 * detected by the verifier and named. The attacker first drops the append-only triggers, as one
 * would: they guard against mistakes, not against someone who holds the file.
 */
class TamperDetectionTest {

    private static final String DROP_GUARDS = """
            DROP TRIGGER decision_append_only_update;
            DROP TRIGGER audit_event_append_only_update;
            DROP TRIGGER audit_event_append_only_delete;
            """;

    private static TamperedWorkspace workspace;
    @TempDir
    Path temp;

    @BeforeAll
    static void build() {
        workspace = TamperedWorkspace.create();
    }

    @AfterAll
    static void close() {
        workspace.fixture.close();
    }

    @Test
    void an_untouched_workspace_verifies_and_every_check_ran() {
        VerificationReport report = TamperedWorkspace.verify(workspace.copy(temp), null);

        assertThat(report.breaks()).isEmpty();
        assertThat(report.events()).isGreaterThanOrEqualTo(5);
        assertThat(report.rows()).isPositive();
        assertThat(report.evidenceFiles()).isPositive();
        assertThat(report.letters()).isEqualTo(1);
    }

    @Test
    void a_decision_row_changed_with_the_shell_is_named_with_the_event_that_recorded_it() {
        Path ws = workspace.copy(temp);
        TamperedWorkspace.sqlite3(ws, DROP_GUARDS
                + "UPDATE decision SET reasons = 'The deduction is reversed.' WHERE id = " + workspace.decisionId + ";");

        IntegrityBreak first = TamperedWorkspace.verify(ws, null).firstBreak().orElseThrow();

        assertThat(first.area()).isEqualTo(Area.ROWS);
        assertThat(first.where()).isEqualTo("decision " + workspace.decisionId);
        assertThat(first.eventSeq()).isNotNull();
        assertThat(first.what()).contains("changed after audit event " + first.eventSeq());
    }

    @Test
    void a_decision_sealed_by_the_baseline_and_changed_later_is_detected() {
        Path ws = workspace.copy(temp);
        TamperedWorkspace.sqlite3(ws, DROP_GUARDS + "UPDATE decision SET state = 'FINAL' WHERE id = 1;");

        IntegrityBreak first = TamperedWorkspace.verify(ws, null).firstBreak().orElseThrow();

        assertThat(first.area()).isEqualTo(Area.ROWS);
        assertThat(first.eventSeq()).isEqualTo(1L);
        assertThat(first.what()).contains("baseline");
    }

    @Test
    void a_deleted_audit_row_is_named_as_the_missing_event() {
        Path ws = workspace.copy(temp);
        TamperedWorkspace.sqlite3(ws, DROP_GUARDS + "DELETE FROM audit_event WHERE seq = 3;");

        IntegrityBreak first = TamperedWorkspace.verify(ws, null).firstBreak().orElseThrow();

        assertThat(first.area()).isEqualTo(Area.CHAIN);
        assertThat(first.eventSeq()).isEqualTo(3L);
        assertThat(first.what()).contains("event 3 is missing");
        assertThat(first.where()).isEqualTo("audit_event 4");
    }

    @Test
    void two_audit_rows_swapped_are_named_at_the_first_of_them() {
        Path ws = workspace.copy(temp);
        TamperedWorkspace.sqlite3(ws, DROP_GUARDS + """
                UPDATE audit_event SET seq = -3 WHERE seq = 3;
                UPDATE audit_event SET seq = 3 WHERE seq = 4;
                UPDATE audit_event SET seq = 4 WHERE seq = -3;
                """);

        IntegrityBreak first = TamperedWorkspace.verify(ws, null).firstBreak().orElseThrow();

        assertThat(first.area()).isEqualTo(Area.CHAIN);
        assertThat(first.eventSeq()).isEqualTo(3L);
        assertThat(first.where()).isEqualTo("audit_event 3");
    }

    @Test
    void an_edited_audit_payload_is_named() {
        Path ws = workspace.copy(temp);
        TamperedWorkspace.sqlite3(ws, DROP_GUARDS
                + "UPDATE audit_event SET actor_id = 1 WHERE seq = 2;");

        IntegrityBreak first = TamperedWorkspace.verify(ws, null).firstBreak().orElseThrow();

        assertThat(first.eventSeq()).isEqualTo(2L);
        assertThat(first.what()).contains("altered");
    }

    @Test
    void an_evidence_file_with_swapped_bytes_is_named_by_its_path() throws IOException {
        Path ws = workspace.copy(temp);
        Path file;
        try (Database db = Database.open(new Workspace(ws))) {
            String sha = db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT sha256 FROM evidence_blob ORDER BY sha256 LIMIT 1")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            file = db.workspace().evidenceDir().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);

        IntegrityBreak first = TamperedWorkspace.verify(ws, null).firstBreak().orElseThrow();

        assertThat(first.area()).isEqualTo(Area.EVIDENCE);
        assertThat(first.where()).endsWith(ws.relativize(file).toString());
        assertThat(first.what()).contains("does not match its recorded SHA-256");
    }

    @Test
    void a_truncated_letter_is_named_by_its_reference() throws IOException {
        Path ws = workspace.copy(temp);
        try (FileChannel ch = FileChannel.open(ws.resolve(workspace.letterPath), StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() / 2);
        }

        IntegrityBreak first = TamperedWorkspace.verify(ws, null).firstBreak().orElseThrow();

        assertThat(first.area()).isEqualTo(Area.LETTERS);
        assertThat(first.what()).startsWith("letter RD-L-2026-999001");
        assertThat(first.where()).contains(workspace.letterPath);
    }

    @Test
    void a_note_inserted_with_the_shell_is_not_vouched_for() {
        Path ws = workspace.copy(temp);
        TamperedWorkspace.sqlite3(ws, "INSERT INTO note (case_id, author_id, at, body) "
                + "SELECT case_id, author_id, at, 'backdated' FROM note WHERE id = " + workspace.noteId + ";");

        IntegrityBreak first = TamperedWorkspace.verify(ws, null).firstBreak().orElseThrow();

        assertThat(first.where()).isEqualTo("note " + (workspace.noteId + 1));
        assertThat(first.what()).contains("no audit event vouches for it");
    }

    @Test
    void a_chain_rewritten_after_the_hub_recorded_its_head_is_detected() {
        Path ws = workspace.copy(temp);
        ChainHead recorded;
        try (Database db = Database.open(new Workspace(ws))) {
            recorded = db.read(c -> AuditChain.head(c).orElseThrow());
        }
        // A careful attacker rewrites the whole tail consistently: every hash recomputed.
        TamperedWorkspace.sqlite3(ws, DROP_GUARDS + "DELETE FROM audit_event WHERE seq >= " + (recorded.seq() - 1) + ";");
        try (Database db = Database.open(new Workspace(ws))) {
            db.writeAndWait(c -> AuditChain.append(c, new AuditEntry(java.time.Instant.EPOCH, null, "note.add", "case",
                    "x", AuditChain.JSON.objectNode())));
            db.writeAndWait(c -> AuditChain.append(c, new AuditEntry(java.time.Instant.EPOCH, null, "note.add", "case",
                    "y", AuditChain.JSON.objectNode())));
        }

        VerificationReport alone = TamperedWorkspace.verify(ws, null);
        VerificationReport anchored = TamperedWorkspace.verify(ws, recorded);

        assertThat(alone.breaks()).noneMatch(b -> b.area() == Area.CHAIN);
        assertThat(anchored.breaks()).anySatisfy(b -> {
            assertThat(b.area()).isEqualTo(Area.ANCHOR);
            assertThat(b.eventSeq()).isEqualTo(recorded.seq());
        });
    }
}
