package org.redress.casework;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.domain.appeal.ReasonCode;
import org.redress.domain.appeal.Rejection;
import org.redress.security.Authorization;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.Database;
import org.redress.store.StoreException;
import org.redress.store.SubjectRepository;
import org.redress.store.SubjectRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Shows a subject's full identifier inside the case view and records that it was shown, by whom,
 * on which case and on what grounds: to the officer an open case of the subject is assigned to,
 * or to anyone whose role may read identifiers when they record why (the reason is kept in the
 * case's history, which the audit chain vouches for; the audit event names only the grounds).
 * An officer who must stand aside from the case sees nothing. A view of personal data is an event.
 */
public final class IdentifierReveal {

    /** The history action a reveal is recorded under. */
    public static final String ACTION = "IDENTIFIER_REVEALED";
    /** The grounds of a reveal as the audit event names them. */
    static final String ASSIGNED = "ASSIGNED";
    static final String REASON = "REASON";

    private final Database database;
    private final Clock clock;

    public IdentifierReveal(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Records the reveal, then returns the full identifier; nothing is shown unless the record was written.
     *
     * @param reason why the officer needs the identifier; needed unless an open case of the subject is theirs
     * @throws org.redress.security.AccessDenied for a role that may not see identifiers
     * @throws Refused                           when the officer must stand aside from the case, or gives no reason
     *                                           where one is needed
     */
    public String reveal(long caseId, Officer officer, @Nullable String reason) {
        Authorization.require(officer, Permission.REVEAL_IDENTIFIER);
        String why = reason == null ? "" : reason.strip();
        return database.writeAndWait(c -> {
            CaseRepository cases = new CaseRepository(c, clock);
            CaseRow row = cases.byId(caseId).orElseThrow(() -> new StoreException("no case with id " + caseId));
            CaseFacts.requireNotRecused(c, officer, row);
            boolean assigned = holdsOpenCaseOf(c, Officers.storeId(officer), row.subjectId());
            if (!assigned && why.isEmpty()) {
                throw new Refused(Rejection.of(ReasonCode.REVEAL_NEEDS_REASON));
            }
            SubjectRow subject = new SubjectRepository(c).byId(row.subjectId())
                    .orElseThrow(() -> new StoreException("case " + row.caseNo() + " names no stored subject"));
            cases.appendEvent(caseId, Officers.storeId(officer), ACTION, assigned && why.isEmpty()
                    ? "subject identifier shown in the case view to the assigned officer"
                    : "subject identifier shown in the case view; reason: " + why);
            database.journal().record(c, Changes.reveal(row, Officers.storeId(officer), assigned ? ASSIGNED : REASON,
                    clock.instant()));
            return subject.identifier();
        });
    }

    /** Whether an open case of the subject is assigned to the officer. */
    private static boolean holdsOpenCaseOf(Connection c, long officerId, long subjectId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT status FROM appeal_case WHERE subject_id = ? AND assignee_id = ?")) {
            ps.setLong(1, subjectId);
            ps.setLong(2, officerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (org.redress.domain.appeal.CaseStatus.valueOf(rs.getString(1)).isOpen()) {
                        return true;
                    }
                }
                return false;
            }
        }
    }
}
