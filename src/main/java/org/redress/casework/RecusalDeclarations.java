package org.redress.casework;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.security.Authorization;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.Database;
import org.redress.store.LocalChange;
import org.redress.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Officers' declarations of a relation that bars them (DOMAIN.md, recusal): recorded append-only,
 * audited, and shown with the case. Recusal ({@code CaseFacts.recusal}) reads them: a declaration
 * about a case's subject, the case itself or an agency that issued a disputed entry bars the
 * declarant from reviewing, deciding and approving it.
 */
public final class RecusalDeclarations {

    public static final String DECLARE = "recusal.declare";

    private final Database database;
    private final Clock clock;

    public RecusalDeclarations(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records {@code officer}'s relation to the subject of case {@code caseId} (and to the case). */
    public DeclarationLine declareForCase(long caseId, Officer officer, String relation, String statement) {
        Authorization.require(officer, Permission.DECLARE_RECUSAL);
        String what = requireRelation(relation);
        return database.writeAndWait(c -> {
            CaseRow row = new CaseRepository(c).byId(caseId).orElseThrow(() -> new StoreException("no case with id " + caseId));
            long id = insert(c, officer, row.subjectId(), null, caseId, what, statement.strip());
            journal(c, officer, "case", row.caseNo(), row.version(), id);
            return lines(c, "WHERE r.id = ?", id).getFirst();
        });
    }

    /** Records {@code officer}'s relation to an agency: every case disputing that agency's entries is barred. */
    public DeclarationLine declareForAgency(String agencyCode, Officer officer, String relation, String statement) {
        Authorization.require(officer, Permission.DECLARE_RECUSAL);
        String what = requireRelation(relation);
        return database.writeAndWait(c -> {
            long id = insert(c, officer, null, agencyCode, null, what, statement.strip());
            journal(c, officer, "agency", agencyCode, 0, id);
            return lines(c, "WHERE r.id = ?", id).getFirst();
        });
    }

    /** Every declaration touching the case: its subject, the case, or an agency that issued a disputed entry. */
    public List<DeclarationLine> forCase(long caseId, Officer viewer) {
        Authorization.require(viewer, Permission.READ_CASES);
        return database.read(c -> lines(c, """
                WHERE r.case_id = ?1 OR r.subject_id = (SELECT subject_id FROM appeal_case WHERE id = ?1)
                   OR r.agency_code IN (SELECT e.agency_code FROM case_deduction cd
                                        JOIN ledger_event e ON e.id = cd.ledger_event_id WHERE cd.case_id = ?1)""",
                caseId));
    }

    /** Every declaration an officer has made. */
    public List<DeclarationLine> byOfficer(long officerId, Officer viewer) {
        Authorization.require(viewer, Permission.READ_CASES);
        return database.read(c -> lines(c, "WHERE r.officer_id = ?", officerId));
    }

    private static String requireRelation(String relation) {
        String what = relation.strip();
        if (what.isEmpty()) {
            throw new IllegalArgumentException("a declaration names the relation");
        }
        return what;
    }

    private long insert(Connection c, Officer officer, @Nullable Long subjectId, @Nullable String agencyCode,
                        @Nullable Long caseId, String relation, String statement) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO recusal_declaration (officer_id, subject_id, agency_code, case_id, relation, statement, declared_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, Officers.storeId(officer));
            ps.setObject(2, subjectId);
            ps.setString(3, agencyCode);
            ps.setObject(4, caseId);
            ps.setString(5, relation);
            ps.setString(6, statement);
            ps.setString(7, clock.instant().toString());
            ps.executeUpdate();
        }
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void journal(Connection c, Officer officer, String entityType, String entityId, long version, long id)
            throws SQLException {
        database.journal().record(c, new LocalChange(DECLARE, entityType, entityId, Officers.storeId(officer), version,
                JsonNodeFactory.instance.objectNode().put("declarationId", id), clock.instant()));
    }

    private static List<DeclarationLine> lines(Connection c, String where, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT r.id, r.officer_id, o.display_name, r.subject_id, r.agency_code, r.case_id, r.relation,
                       r.statement, r.declared_at
                FROM recusal_declaration r JOIN officer o ON o.id = r.officer_id
                """ + where + " ORDER BY r.id")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                List<DeclarationLine> lines = new ArrayList<>();
                while (rs.next()) {
                    long subject = rs.getLong(4);
                    Long subjectId = rs.wasNull() ? null : subject;
                    long kase = rs.getLong(6);
                    Long caseId = rs.wasNull() ? null : kase;
                    lines.add(new DeclarationLine(rs.getLong(1), rs.getLong(2), rs.getString(3), subjectId,
                            rs.getString(5), caseId, rs.getString(7), rs.getString(8), Instant.parse(rs.getString(9))));
                }
                return lines;
            }
        }
    }
}
