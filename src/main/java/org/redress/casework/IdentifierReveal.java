package org.redress.casework;

import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.security.Authorization;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.Database;
import org.redress.store.StoreException;
import org.redress.store.SubjectRepository;
import org.redress.store.SubjectRow;

import java.time.Clock;

/**
 * Shows a subject's full identifier inside the case view and records that it was shown, by whom
 * and on which case, in the case's history: a view of personal data is an event (audit-lite until
 * the hash-chained audit log takes these over).
 */
public final class IdentifierReveal {

    /** The history action a reveal is recorded under. */
    public static final String ACTION = "IDENTIFIER_REVEALED";

    private final Database database;
    private final Clock clock;

    public IdentifierReveal(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records the reveal, then returns the full identifier; nothing is shown unless the record was written. */
    public String reveal(long caseId, Officer officer) {
        Authorization.require(officer, Permission.REVEAL_IDENTIFIER);
        return database.writeAndWait(c -> {
            CaseRepository cases = new CaseRepository(c, clock);
            CaseRow row = cases.byId(caseId).orElseThrow(() -> new StoreException("no case with id " + caseId));
            SubjectRow subject = new SubjectRepository(c).byId(row.subjectId())
                    .orElseThrow(() -> new StoreException("case " + row.caseNo() + " names no stored subject"));
            cases.appendEvent(caseId, Officers.storeId(officer), ACTION, "subject identifier shown in the case view");
            database.journal().record(c, Changes.reveal(row, Officers.storeId(officer), clock.instant()));
            return subject.identifier();
        });
    }
}
