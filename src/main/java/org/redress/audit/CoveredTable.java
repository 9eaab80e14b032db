package org.redress.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * The append-only tables whose rows the chain vouches for: each row written by a change is named
 * in that change's audit event with the SHA-256 of its canonical content (decisions with their
 * outcomes), so a row edited later with the sqlite3 shell no longer matches. The first column of
 * every query is the row's id; a row may span several records (a decision and its outcomes).
 */
public enum CoveredTable {
    DECISION("decision", "d", """
            SELECT d.id, d.case_id, d.drafter_id, d.drafted_at, d.reasons, d.legal_basis, d.remedies, d.supersedes_id,
                   d.state, o.ledger_event_id, o.outcome, o.new_points, o.new_publication_until
            FROM decision d LEFT JOIN decision_outcome o ON o.decision_id = d.id""", ", o.ledger_event_id"),
    APPROVAL("approval", "a", """
            SELECT a.id, a.decision_id, a.approver_id, a.at, a.verdict, a.comment FROM approval a""", ""),
    NOTE("note", "n", """
            SELECT n.id, n.case_id, n.author_id, n.at, n.body, n.corrects_id FROM note n""", ""),
    LETTER("issued_letter", "l", """
            SELECT l.id, l.case_id, l.decision_id, l.reference_no, l.office_code, l.year, l.sequence, l.language,
                   l.issued_at, l.issued_by, l.sha256, l.record_sha256, l.file_path, l.signed, l.supersedes_id
            FROM issued_letter l""", ""),
    DECLARATION("recusal_declaration", "r", """
            SELECT r.id, r.officer_id, r.subject_id, r.agency_code, r.case_id, r.relation, r.statement, r.declared_at
            FROM recusal_declaration r""", "");

    private final String table;
    private final String alias;
    private final String select;
    private final String thenBy;

    CoveredTable(String table, String alias, String select, String thenBy) {
        this.table = table;
        this.alias = alias;
        this.select = select;
        this.thenBy = thenBy;
    }

    /** The SQL table name, also the name used in audit payloads. */
    public String table() {
        return table;
    }

    /** The table named {@code name} in a payload. */
    public static Optional<CoveredTable> named(String name) {
        for (CoveredTable t : values()) {
            if (t.table.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    String selectOne() {
        return select + " WHERE " + alias + ".id = ? ORDER BY " + alias + ".id" + thenBy;
    }

    String selectAll() {
        return select + " ORDER BY " + alias + ".id" + thenBy;
    }

    String selectUpTo() {
        return select + " WHERE " + alias + ".id <= ? ORDER BY " + alias + ".id" + thenBy;
    }

    String maxId() {
        return "SELECT ifnull(max(id), 0) FROM " + table;
    }
}
