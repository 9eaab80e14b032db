package org.redress.domain.appeal;

import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small, readable test values shared by the appeal tests. */
final class Examples {

    static final LocalDate RECEIVED_ON = LocalDate.of(2026, 3, 2);
    static final String SUBJECT = "subject-1";
    static final String SCHEME = "RONGCHENG";

    private Examples() {
    }

    static Officer officer(String id, Role role) {
        return new Officer(id, id, "Officer " + id, role, "REVIEW-OFFICE");
    }

    static Officer officer(String id, Role role, String agency) {
        return new Officer(id, id, "Officer " + id, role, agency);
    }

    static LedgerEvent deduction(long id, int points) {
        return new LedgerEvent(id, SCHEME, "R-" + id, LedgerEventKind.DEDUCTION, points, "AGENCY-A",
                LocalDate.of(2025, 6, 1), "REF-" + id, null, null);
    }

    static LedgerEvent listEntry(long id, LocalDate until) {
        return new LedgerEvent(id, SCHEME, "L-" + id, LedgerEventKind.LIST_ENTRY, 0, "COURT-1",
                LocalDate.of(2025, 6, 1), "REF-" + id, null, until);
    }

    static Map<Long, LedgerEvent> ledger(LedgerEvent... entries) {
        return List.of(entries).stream().collect(Collectors.toMap(LedgerEvent::id, Function.identity()));
    }

    static AppealCase received(long... disputed) {
        return AppealCase.received("case-1", CaseNumber.parse("RD-2026-000001"), SUBJECT, SCHEME,
                Arrays.stream(disputed).boxed().toList(), EnumSet.of(Ground.FACTS_WRONG), "",
                "statement", RECEIVED_ON, Channel.MANUAL, Priority.NORMAL);
    }

    /** A case in {@code status}, assigned to {@code assignee} (ignored for RECEIVED). */
    static AppealCase inStatus(CaseStatus status, String assignee, LocalDate since) {
        AppealCase c = received(11L);
        return (status == CaseStatus.RECEIVED ? c : c.withAssignee(assignee)).withStatus(status, since);
    }

    static Decision decision(String id, List<DeductionOutcome> outcomes) {
        return new Decision(id, "case-1", "drafter", Instant.parse("2026-03-10T09:00:00Z"), outcomes,
                "the evidence does not show the breach", "Rongcheng Measures art. 12", List.of(), null, null);
    }
}
