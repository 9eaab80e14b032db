package org.redress.audit;

import org.redress.audit.IntegrityBreak.Area;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The triggers that keep append-only tables append-only, and those that tell the chain which
 * accounts and settings changed. They guard against mistakes, not against someone who holds the
 * file (who can drop them), but one that is gone says someone did.
 */
final class GuardCheck {

    /** Triggers that refuse an UPDATE or DELETE (their SQL raises an abort). */
    static final List<String> GUARDS = List.of(
            "ledger_event_append_only_update", "ledger_event_append_only_delete",
            "case_event_append_only_update", "case_event_append_only_delete",
            "note_append_only_update", "note_append_only_delete",
            "decision_append_only_update", "decision_append_only_delete",
            "decision_outcome_append_only_update", "decision_outcome_append_only_delete",
            "approval_append_only_update", "approval_append_only_delete", "approval_never_by_the_drafter",
            "evidence_blob_append_only_update", "evidence_blob_append_only_delete",
            "attachment_append_only_update", "attachment_append_only_delete",
            "recusal_declaration_append_only_update", "recusal_declaration_append_only_delete",
            "issued_letter_append_only_update", "issued_letter_append_only_delete",
            "letter_reference_counter_forward_only", "letter_reference_counter_never_deleted",
            "audit_event_append_only_update", "audit_event_append_only_delete",
            "subject_append_only_delete", "officer_never_deleted");

    /** Triggers that note changed accounts and settings for the next audit event. */
    static final List<String> NOTES = List.of(
            "officer_audit_pending_insert", "officer_audit_pending_update", "officer_audit_pending_delete",
            "settings_audit_pending_insert", "settings_audit_pending_update", "settings_audit_pending_delete");

    private GuardCheck() {
    }

    /** Returns the triggers checked. */
    static int check(Connection c, AuditVerifier.Breaks breaks) throws SQLException {
        Map<String, String> present = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                present.put(rs.getString(1), rs.getString(2));
            }
        }
        for (String name : GUARDS) {
            String sql = present.get(name);
            if (sql == null || !sql.contains("RAISE(ABORT")) {
                breaks.add(new IntegrityBreak(Area.GUARDS, null, "the append-only guard " + name
                        + (sql == null ? " is gone" : " no longer refuses anything"), "sqlite_master " + name));
            }
        }
        for (String name : NOTES) {
            if (!present.containsKey(name)) {
                breaks.add(new IntegrityBreak(Area.GUARDS, null, "the trigger " + name
                        + " that tells the audit chain of changed accounts and settings is gone", "sqlite_master " + name));
            }
        }
        return GUARDS.size() + NOTES.size();
    }
}
