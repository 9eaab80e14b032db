package org.redress.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Legal records are never changed in place: the schema itself refuses updates and deletes. */
class AppendOnlyTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(Workspace.create(dir));
        db.writeAndWait(c -> {
            StoreFixtures.reference(c);
            long caseId = StoreFixtures.storedCase(c, "RD-2026-000001", "110105199005170012", "张三", "x").id();
            new NoteRepository(c).add(caseId, 1, "note", null);
            var s = c.createStatement();
            s.executeUpdate("INSERT INTO decision (id, case_id, drafter_id, drafted_at, reasons, legal_basis, state)"
                    + " VALUES (1, 1, 1, '2026-03-05T00:00:00.000Z', 'reasons', 'basis', 'DRAFT')");
            s.executeUpdate("INSERT INTO decision_outcome (decision_id, ledger_event_id, outcome) VALUES (1, 1, 'REVERSED')");
            s.executeUpdate("INSERT INTO approval (decision_id, approver_id, at, verdict) VALUES (1, 2, 'now', 'APPROVED')");
            s.executeUpdate("INSERT INTO evidence_blob (sha256, size, media_type) VALUES ('" + "a".repeat(64)
                    + "', 10, 'application/pdf')");
            s.executeUpdate("INSERT INTO attachment (case_id, sha256, file_name, added_by, added_at, source, reason)"
                    + " VALUES (1, '" + "a".repeat(64) + "', 'receipt.pdf', 1, 'now', 'APPLICANT', 'proof of payment')");
            s.executeUpdate("INSERT INTO recusal_declaration (officer_id, subject_id, relation, declared_at)"
                    + " VALUES (2, 1, 'NEIGHBOUR', 'now')");
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"note", "case_event", "decision", "decision_outcome", "approval", "attachment",
            "evidence_blob", "ledger_event", "recusal_declaration"})
    void updatesAndDeletesAreAborted(String table) {
        String column = switch (table) {
            case "decision_outcome" -> "outcome";
            case "evidence_blob" -> "media_type";
            case "ledger_event" -> "source";
            case "recusal_declaration" -> "relation";
            case "approval" -> "comment";
            case "attachment" -> "reason";
            case "decision" -> "reasons";
            case "case_event" -> "detail";
            default -> "body";
        };
        assertThatThrownBy(() -> db.writeAndWait(c -> c.createStatement()
                .executeUpdate("UPDATE " + table + " SET " + column + " = 'REVERSED'")))
                .isInstanceOf(StoreException.class).hasMessageContaining(table + " is append-only");
        assertThatThrownBy(() -> db.writeAndWait(c -> c.createStatement().executeUpdate("DELETE FROM " + table)))
                .isInstanceOf(StoreException.class).hasMessageContaining(table + " is append-only");
        int rows = db.read(c -> {
            var rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table);
            rs.next();
            return rs.getInt(1);
        });
        assertThat(rows).isPositive();
    }

    @Test
    void theDrafterOfADecisionCannotApproveIt() {
        assertThatThrownBy(() -> db.writeAndWait(c -> c.createStatement().executeUpdate(
                "INSERT INTO approval (decision_id, approver_id, at, verdict) VALUES (1, 1, 'now', 'APPROVED')")))
                .isInstanceOf(StoreException.class).hasMessageContaining("four eyes");
    }

    @Test
    void aDecisionNeedsWrittenReasons() {
        assertThatThrownBy(() -> db.writeAndWait(c -> c.createStatement().executeUpdate(
                "INSERT INTO decision (case_id, drafter_id, drafted_at, reasons, legal_basis, state)"
                        + " VALUES (1, 1, 'now', '   ', 'basis', 'DRAFT')")))
                .isInstanceOf(StoreException.class).hasMessageContaining("CHECK");
    }

    @Test
    void foreignKeysAreEnforced() {
        assertThatThrownBy(() -> db.writeAndWait(c -> c.createStatement().executeUpdate(
                "INSERT INTO note (case_id, author_id, at, body) VALUES (999, 1, 'now', 'orphan')")))
                .isInstanceOf(StoreException.class).hasMessageContaining("FOREIGN KEY");
    }
}
