package org.redress.casework;

import org.redress.domain.access.Officer;
import org.redress.domain.appeal.AppealCase;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseActionGate;
import org.redress.domain.appeal.RecusalVerdict;
import org.redress.domain.appeal.Ruling;
import org.redress.domain.scheme.Catalog;
import org.redress.store.CaseEventRow;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.LedgerEntryRow;
import org.redress.store.LedgerRepository;
import org.redress.store.StaleCaseException;
import org.redress.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The domain's gate, asked on the writer's connection just before a change: the case as stored
 * (at the version the officer saw), its disputed entries and history, and the officer's recusal.
 */
record GateCheck(CaseRow row, List<LedgerEntryRow> disputed, List<CaseEventRow> history, RecusalVerdict recusal,
                 AppealCase appeal, Catalog catalog) {

    static GateCheck read(Connection c, long caseId, long expectedVersion, Officer actor, Clock clock, Catalog catalog)
            throws SQLException {
        CaseRepository cases = new CaseRepository(c, clock);
        CaseRow row = cases.byId(caseId).orElseThrow(() -> new StoreException("no case with id " + caseId));
        if (row.version() != expectedVersion) {
            throw new StaleCaseException(caseId, expectedVersion);
        }
        List<CaseEventRow> history = cases.history(caseId);
        LedgerRepository ledger = new LedgerRepository(c);
        List<LedgerEntryRow> disputed = new ArrayList<>();
        for (long id : cases.disputedLedgerEventIds(caseId)) {
            ledger.byId(id).ifPresent(disputed::add);
        }
        RecusalVerdict recusal = CaseFacts.recusal(c, actor, row, disputed);
        AppealCase appeal = CaseFacts.appealCase(row, disputed.stream().map(LedgerEntryRow::id).toList(), history,
                clock.getZone());
        return new GateCheck(row, disputed, history, recusal, appeal, catalog);
    }

    Ruling<AppealCase> apply(Connection c, CaseAction action, Officer actor, String assigneeId, LocalDate on)
            throws SQLException {
        return CaseActionGate.apply(appeal, action, actor, CaseFacts.gateFacts(c, row, recusal, FourEyes.latestDraft(c, row, catalog)), assigneeId, on);
    }
}
