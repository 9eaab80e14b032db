package org.redress.store;

import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Channel;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.Priority;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.RuleCategory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

/** Small hand-made rows for repository and search tests. */
final class StoreFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:30:00.123Z"), ZoneOffset.UTC);
    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    private StoreFixtures() {
    }

    /** One agency (AG01) and two officers (ids 1 and 2). */
    static void reference(Connection c) throws SQLException {
        new AgencyRepository(c).save(new AgencyRow("AG01", "荣成市市场监管局", "Rongcheng Market Regulation", "371082"));
        new OfficerRepository(c).insert(new OfficerRow(1, "li.na", "李娜", "OFFICER", "AG01", "hash1", CLOCK.instant()));
        new OfficerRepository(c).insert(new OfficerRow(2, "wang.qiang", "王强", "SUPERVISOR", null, null, CLOCK.instant()));
    }

    static SubjectRow person(String identifier, String name) {
        return new SubjectRow(0, SubjectKind.PERSON, identifier, "RESIDENT_ID", "VALID", null, name, "110105",
                LocalDate.of(1990, 5, 17));
    }

    static LedgerEntryRow deduction(long subjectId, String reference, int points) {
        return new LedgerEntryRow(subjectId, new LedgerEvent(0, "RONGCHENG", "RC-FIN-01", LedgerEventKind.DEDUCTION,
                points, "AG01", LocalDate.of(2025, 11, 3), reference, null, null), null, null, 960, "TEST",
                CLOCK.instant());
    }

    static NewCase newCase(String caseNo, long subjectId, String statement, List<Long> disputed) {
        return new NewCase(caseNo, subjectId, "RONGCHENG", CaseStatus.RECEIVED, Priority.NORMAL, RECEIVED,
                RECEIVED.plusDays(21), RECEIVED.plusDays(3), Channel.MANUAL,
                EnumSet.of(Ground.FACTS_WRONG, Ground.ALREADY_RECTIFIED), "已于2025年12月还清", statement, "110105",
                "AG01", RuleCategory.FINANCIAL, "RC-FIN-01", -10, null, disputed);
    }

    /** Stores a subject with one deduction and a case disputing it; returns the case. */
    static CaseRow storedCase(Connection c, String caseNo, String identifier, String name, String statement)
            throws SQLException {
        SubjectRow subject = new SubjectRepository(c).insert(person(identifier, name));
        long entry = new LedgerRepository(c).insert(deduction(subject.id(), "REF-" + caseNo, -10));
        return new CaseRepository(c, CLOCK).insert(newCase(caseNo, subject.id(), statement, List.of(entry)), 1L);
    }
}
