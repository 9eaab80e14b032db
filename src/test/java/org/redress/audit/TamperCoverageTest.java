package org.redress.audit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.audit.IntegrityBreak.Area;
import org.redress.store.Database;
import org.redress.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edits of issue 15's review, each made with the SQL an attacker would type into the stock
 * sqlite3 shell (run here through JDBC; triggers dropped first where the attack would need it),
 * each once reported "Intact" and now named by {@code verify}; and the careful forger who edits a
 * decision, empties the audit log and seals it again, caught with no hub by the signed checkpoints.
 */
class TamperCoverageTest {

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

    private static long one(Path ws, String sql) {
        try (Connection c = TamperedWorkspace.raw(ws)) {
            return TamperedWorkspace.one(c, sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static VerificationReport verify(Path ws) {
        return TamperedWorkspace.verify(ws, null);
    }

    @Test
    void a_minus_100_deduction_inserted_into_the_ledger_without_dropping_a_trigger_is_named() {
        Path ws = workspace.copy(temp);
        long next = one(ws, "SELECT max(id) FROM ledger_event") + 1;
        TamperedWorkspace.sql(ws, """
                INSERT INTO ledger_event (subject_id, scheme_code, rule_code, kind, points, agency_code, imposed_on,
                    reference, source, created_at)
                SELECT subject_id, scheme_code, rule_code, 'DEDUCTION', -100, agency_code, imposed_on, 'FORGED-1',
                    source, created_at FROM ledger_event ORDER BY id LIMIT 1""");

        VerificationReport report = verify(ws);

        assertThat(report.breaks()).anySatisfy(b -> {
            assertThat(b.area()).isEqualTo(Area.ROWS);
            assertThat(b.where()).isEqualTo("ledger_event " + next);
            assertThat(b.what()).contains("written outside the workstation");
        });
    }

    @Test
    void a_case_set_to_withdrawn_no_longer_agrees_with_its_history() {
        Path ws = workspace.copy(temp);
        long caseId = one(ws, "SELECT min(id) FROM appeal_case WHERE status = 'IN_REVIEW'");
        TamperedWorkspace.sql(ws, "UPDATE appeal_case SET status = 'WITHDRAWN' WHERE id = " + caseId);

        VerificationReport report = verify(ws);

        assertThat(report.breaks()).anySatisfy(b -> {
            assertThat(b.where()).isEqualTo("appeal_case " + caseId);
            assertThat(b.what()).contains("is WITHDRAWN, but its history ends at IN_REVIEW");
        });
    }

    @Test
    void a_subjects_name_and_identifier_changed_break_the_range_that_vouched_for_them() {
        Path ws = workspace.copy(temp);
        long subject = one(ws, "SELECT min(id) FROM subject WHERE kind = 'PERSON'");
        TamperedWorkspace.sql(ws, "UPDATE subject SET name = '王五', identifier = '110105199003070011' WHERE id = " + subject);

        VerificationReport report = verify(ws);

        assertThat(report.breaks()).anySatisfy(b -> {
            assertThat(b.area()).isEqualTo(Area.ROWS);
            assertThat(b.what()).startsWith("subject rows ").contains("no longer match: were changed");
        });
    }

    @Test
    void an_officer_made_supervisor_is_named() {
        Path ws = workspace.copy(temp);
        long officer = one(ws, "SELECT id FROM officer WHERE username = 'wang.fang'");
        TamperedWorkspace.sql(ws, "UPDATE officer SET role = 'SUPERVISOR' WHERE id = " + officer);

        VerificationReport report = verify(ws);

        assertThat(report.breaks()).anySatisfy(b -> {
            assertThat(b.where()).isEqualTo("officer " + officer);
            assertThat(b.what()).isEqualTo("account " + officer + " was changed after audit event " + b.eventSeq()
                    + " recorded it");
        });
    }

    @Test
    void another_officers_password_hash_replaced_is_named() {
        Path ws = workspace.copy(temp);
        long victim = one(ws, "SELECT id FROM officer WHERE username = 'chen.jing'");
        TamperedWorkspace.sql(ws, "UPDATE officer SET password_hash = (SELECT password_hash FROM officer "
                + "WHERE username = 'wang.fang') WHERE id = " + victim);

        VerificationReport report = verify(ws);

        assertThat(report.breaks()).anySatisfy(b -> {
            assertThat(b.where()).isEqualTo("officer " + victim);
            assertThat(b.what()).contains("was changed after audit event");
        });
    }

    @Test
    void the_four_eyes_sample_rate_set_to_zero_is_named() {
        Path ws = workspace.copy(temp);
        TamperedWorkspace.sql(ws, "UPDATE settings SET value = '0' WHERE key = 'four_eyes.sample_rate'");

        VerificationReport report = verify(ws);

        assertThat(report.breaks()).anySatisfy(b -> {
            assertThat(b.where()).isEqualTo("settings four_eyes.sample_rate");
            assertThat(b.what()).contains("setting four_eyes.sample_rate was changed after audit event");
        });
    }

    @Test
    void five_attachment_rows_deleted_are_counted_missing() {
        Path ws = workspace.copy(temp);
        TamperedWorkspace.sql(ws, """
                DROP TRIGGER attachment_append_only_delete;
                DELETE FROM attachment WHERE id IN (SELECT id FROM attachment ORDER BY id LIMIT 5)""");

        VerificationReport report = verify(ws);

        assertThat(report.breaks()).anySatisfy(b -> {
            assertThat(b.area()).isEqualTo(Area.ROWS);
            assertThat(b.what()).startsWith("attachment rows 1..").contains("5 of ").contains("rows are missing");
        });
        assertThat(report.breaks()).anySatisfy(b -> assertThat(b.what())
                .isEqualTo("the append-only guard attachment_append_only_delete is gone"));
    }

    @Test
    void the_last_50_history_lines_deleted_are_caught_as_surely_as_an_edit() {
        Path ws = workspace.copy(temp);
        TamperedWorkspace.sql(ws, """
                DROP TRIGGER case_event_append_only_delete;
                DELETE FROM case_event WHERE id > (SELECT max(id) - 50 FROM case_event)""");

        VerificationReport report = verify(ws);

        assertThat(report.breaks()).anySatisfy(b -> {
            assertThat(b.area()).isEqualTo(Area.ROWS);
            assertThat(b.what()).startsWith("case_event rows ").contains("rows are missing");
        });
    }

    @Test
    void a_decision_edited_and_the_log_emptied_and_sealed_again_is_caught_by_the_signed_checkpoints() throws Exception {
        Path ws = workspace.copy(temp);
        TamperedWorkspace.sql(ws, """
                DROP TRIGGER decision_append_only_update;
                DROP TRIGGER audit_event_append_only_delete;
                UPDATE decision SET reasons = 'The deduction is reversed.' WHERE id = """ + workspace.decisionId + """
                ;
                DELETE FROM audit_event;
                DELETE FROM audit_watermark""");
        try (Connection c = TamperedWorkspace.raw(ws)) {
            AuditChain.sealExisting(c, Instant.parse("2026-11-27T03:00:00Z"));
        }

        VerificationReport report = verify(ws);

        assertThat(report.breaks()).noneMatch(b -> b.area() == Area.CHAIN || b.area() == Area.ROWS);
        assertThat(report.breaks()).anySatisfy(b -> {
            assertThat(b.area()).isEqualTo(Area.ANCHOR);
            assertThat(b.what()).startsWith("history was rewritten: event 1 is not the one signed at ")
                    .contains("later checkpoint(s) do not match either");
        });
    }

    @Test
    void the_same_forgery_done_through_the_workstations_own_code_still_fails_the_older_checkpoints() throws Exception {
        Path ws = workspace.copy(temp);
        TamperedWorkspace.sql(ws, """
                DROP TRIGGER decision_append_only_update;
                DROP TRIGGER audit_event_append_only_delete;
                UPDATE decision SET reasons = 'The deduction is reversed.' WHERE id = """ + workspace.decisionId + """
                ;
                DELETE FROM audit_event;
                DELETE FROM audit_watermark""");
        try (Database db = Database.open(new Workspace(ws))) {
            db.writeAndWait(c -> {
                AuditChain.sealExisting(c, Instant.parse("2026-11-27T03:00:00Z"));
                return null;
            });
        }

        VerificationReport report = verify(ws);

        assertThat(report.breaks()).anySatisfy(b -> {
            assertThat(b.area()).isEqualTo(Area.ANCHOR);
            assertThat(b.what()).startsWith("history was rewritten: event 1 is not the one signed at ");
        });
    }

    @Test
    void a_forger_who_also_deletes_the_checkpoint_log_is_told_it_is_gone() throws Exception {
        Path ws = workspace.copy(temp);
        TamperedWorkspace.sql(ws, """
                DROP TRIGGER audit_event_append_only_delete;
                DELETE FROM audit_event;
                DELETE FROM audit_watermark""");
        try (Connection c = TamperedWorkspace.raw(ws)) {
            AuditChain.sealExisting(c, Instant.parse("2026-11-27T03:00:00Z"));
        }
        Files.delete(ws.resolve(Workspace.CHECKPOINTS_FILE));

        VerificationReport report = verify(ws);

        assertThat(report.breaks()).anySatisfy(b -> {
            assertThat(b.area()).isEqualTo(Area.ANCHOR);
            assertThat(b.what()).contains("begun again");
        });
    }

    @Test
    void an_untouched_copy_says_what_it_checked_and_what_it_did_not() {
        VerificationReport report = verify(workspace.copy(temp));

        assertThat(report.breaks()).isEmpty();
        assertThat(report.checked()).anySatisfy(s -> assertThat(s).startsWith("signed checkpoints: "))
                .anySatisfy(s -> assertThat(s).startsWith("ledger entries, subjects"))
                .anySatisfy(s -> assertThat(s).startsWith("accounts (names, roles, password hashes) and settings"))
                .anySatisfy(s -> assertThat(s).startsWith("each case's status, replayed"))
                .anySatisfy(s -> assertThat(s).startsWith("the append-only guards"));
        assertThat(report.notChecked()).anySatisfy(s -> assertThat(s).startsWith("cases' assignee"));
    }
}
