package org.redress.casework;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.domain.appeal.AppealCase;
import org.redress.domain.appeal.CaseClock;
import org.redress.domain.appeal.CaseNumber;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.DisputedEntry;
import org.redress.domain.appeal.GateFacts;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.RecusalPolicy;
import org.redress.domain.appeal.RecusalVerdict;
import org.redress.domain.calendar.Pause;
import org.redress.store.CaseEventRow;
import org.redress.store.CaseRow;
import org.redress.store.LedgerEntryRow;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The domain's view of a stored case, built on a connection: the {@link AppealCase}, the recusal
 * verdict and the gate facts for an officer, and the pauses of its deadline clock read from its
 * history (a pause runs from the day the case went to AWAITING_INFORMATION to the day it left).
 */
final class CaseFacts {

    private CaseFacts() {
    }

    static AppealCase appealCase(CaseRow row, List<Long> disputed, List<CaseEventRow> history, ZoneId zone) {
        LocalDate since = row.receivedOn();
        for (CaseEventRow event : history) {
            if (event.toStatus() == row.status()) {
                since = event.at().atZone(zone).toLocalDate();
            }
        }
        CaseClock clock = row.pausedSince() != null
                ? new CaseClock(row.ackDeadlineOn(), null, row.pausedSince(), 0)
                : new CaseClock(row.ackDeadlineOn(), row.deadlineOn(), null, 0);
        Set<Ground> grounds = row.grounds().isEmpty() ? Set.of(Ground.OTHER) : row.grounds();
        CaseNumber number = CaseNumber.tryParse(row.caseNo()).orElseGet(() -> new CaseNumber("RD", row.receivedOn().getYear(), 1));
        List<Long> ids = disputed.isEmpty() ? List.of(0L) : disputed;
        return new AppealCase(Long.toString(row.id()), number, Long.toString(row.subjectId()), row.schemeCode(), ids,
                grounds, row.groundText(), row.statement(), row.receivedOn(), row.channel(), row.status(), since,
                row.priority(), row.assigneeId() == null ? null : Long.toString(row.assigneeId()), row.version(), clock);
    }

    /** The officer's recusal from a stored case, its disputed entries read here. */
    static RecusalVerdict recusal(Connection c, Officer officer, CaseRow row) throws SQLException {
        org.redress.store.LedgerRepository ledger = new org.redress.store.LedgerRepository(c);
        List<LedgerEntryRow> disputed = new ArrayList<>();
        for (long id : new org.redress.store.CaseRepository(c).disputedLedgerEventIds(row.id())) {
            ledger.byId(id).ifPresent(disputed::add);
        }
        return recusal(c, officer, row, disputed);
    }

    /** Throws {@link Refused} (RECUSED, every reason) when the officer must stand aside from the case. */
    static void requireNotRecused(Connection c, Officer officer, CaseRow row) throws SQLException {
        RecusalVerdict verdict = recusal(c, officer, row);
        if (verdict.mustStandAside()) {
            throw new Refused(org.redress.domain.appeal.Rejection.of(org.redress.domain.appeal.ReasonCode.RECUSED,
                    verdict.summary()));
        }
    }

    static RecusalVerdict recusal(Connection c, Officer officer, CaseRow row, List<LedgerEntryRow> disputed)
            throws SQLException {
        List<DisputedEntry> entries = disputed.stream().map(e -> new DisputedEntry(e.event(),
                e.imposedByOfficer() == null ? null : Long.toString(e.imposedByOfficer()))).toList();
        return RecusalPolicy.assess(officer, Long.toString(row.subjectId()), entries,
                new CaseRecords(c).declarations(Officers.storeId(officer), row.subjectId(), row.id()));
    }

    /**
     * The gate's facts: the latest draft needs approval when the office's four-eyes rule gives a
     * reason for it ({@link FourEyes#latestDraft}); without one its drafter may decide alone.
     */
    static GateFacts gateFacts(Connection c, CaseRow row, RecusalVerdict recusal, ApprovalNeed approval)
            throws SQLException {
        Long drafter = new CaseRecords(c).latestDrafter(row.id());
        return new GateFacts(drafter != null && approval.needed(), drafter == null ? null : Long.toString(drafter),
                recusal);
    }

    /** The deadline clock's pauses, from the history's moves into and out of AWAITING_INFORMATION. */
    static List<Pause> pauses(List<CaseEventRow> history, ZoneId zone, @Nullable LocalDate openSince) {
        List<Pause> pauses = new ArrayList<>();
        LocalDate from = null;
        for (CaseEventRow event : history) {
            LocalDate day = event.at().atZone(zone).toLocalDate();
            if (event.toStatus() == CaseStatus.AWAITING_INFORMATION && from == null) {
                from = day;
            } else if (event.fromStatus() == CaseStatus.AWAITING_INFORMATION && event.toStatus() != CaseStatus.AWAITING_INFORMATION
                    && from != null) {
                pauses.add(new Pause(from, day.isBefore(from) ? from : day));
                from = null;
            }
        }
        if (from != null || openSince != null) {
            pauses.add(new Pause(openSince != null ? openSince : from, null));
        }
        return pauses;
    }
}
