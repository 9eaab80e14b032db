package org.redress.casework;

import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.domain.appeal.AppealCase;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseActionGate;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.GateFacts;
import org.redress.domain.appeal.Rejection;
import org.redress.domain.appeal.RecusalVerdict;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.identity.IdentifierMask;
import org.redress.domain.ledger.LedgerDerivation;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.ReportedScores;
import org.redress.domain.ledger.ScorePoint;
import org.redress.domain.ledger.Standing;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.LocalizedText;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Scheme;
import org.redress.security.Authorization;
import org.redress.store.AgencyRepository;
import org.redress.store.AgencyRow;
import org.redress.store.CaseEventRow;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.Database;
import org.redress.store.LedgerEntryRow;
import org.redress.store.LedgerRepository;
import org.redress.store.NoteRepository;
import org.redress.store.StoreException;
import org.redress.store.SubjectRepository;
import org.redress.store.SubjectRow;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/** Reads a case's whole file for the case workspace, in one consistent snapshot. */
public final class CaseFileService {

    private final Database database;
    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public CaseFileService(Database database, Catalog catalog, WorkingDayCalendar calendar, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The case's id by its number, if the workspace has it. */
    public Optional<Long> idOf(Officer viewer, String caseNo) {
        Authorization.require(viewer, Permission.READ_CASES);
        return database.read(c -> new CaseRepository(c).byCaseNo(caseNo.strip()).map(CaseRow::id));
    }

    /**
     * The file of a case as {@code officer} sees it now.
     *
     * @throws org.redress.security.AccessDenied for an administrator, who sees no case
     */
    public CaseFile load(long caseId, Officer officer) {
        Authorization.require(officer, Permission.READ_CASES);
        return database.read(c -> read(c, caseId, officer));
    }

    private CaseFile read(Connection c, long caseId, Officer officer) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        CaseRepository cases = new CaseRepository(c);
        CaseRow row = cases.byId(caseId).orElseThrow(() -> new StoreException("no case with id " + caseId));
        SubjectRow subject = new SubjectRepository(c).byId(row.subjectId())
                .orElseThrow(() -> new StoreException("case " + row.caseNo() + " names no stored subject"));
        CaseRecords records = new CaseRecords(c);
        Map<Long, String> officers = records.officerNames();
        LedgerRepository ledgerRepository = new LedgerRepository(c);
        List<LedgerEntryRow> disputedRows = new ArrayList<>();
        for (long id : cases.disputedLedgerEventIds(caseId)) {
            ledgerRepository.byId(id).ifPresent(disputedRows::add);
        }
        List<LedgerEvent> ledger = ledgerRepository.bySubject(row.subjectId(), row.schemeCode()).stream()
                .map(LedgerEntryRow::event).toList();
        Scheme scheme = catalog.scheme(row.schemeCode()).orElse(null);
        Standing standing = null;
        if (scheme != null && !ledger.isEmpty()) {
            standing = LedgerDerivation.standingAt(scheme, catalog, ledger, today);
        }
        List<CaseEventRow> events = cases.history(caseId);
        RecusalVerdict recusal = CaseFacts.recusal(c, officer, row, disputedRows);
        AppealCase appeal = CaseFacts.appealCase(row, disputedRows.stream().map(LedgerEntryRow::id).toList(), events,
                clock.getZone());
        ApprovalNeed approval = FourEyes.latestDraft(c, row, catalog);
        GateFacts facts = CaseFacts.gateFacts(c, row, recusal, approval);
        var legal = CaseActionGate.legalActions(appeal, officer, facts);
        Rejection approveRefusal = row.status() == CaseStatus.AWAITING_APPROVAL
                ? CaseActionGate.refusal(appeal, CaseAction.APPROVE, officer, facts).orElse(null) : null;
        return new CaseFile(row, subject(subject), scheme, deductions(c, disputedRows, scheme), ledger,
                standing, history(events, officers, records.decisionOutcomes(caseId)), notes(c, caseId, officers), records.attachments(caseId, officers),
                otherOpenCases(cases, row), recusal, legal,
                row.assigneeId() == null ? null : officers.get(row.assigneeId()),
                WorkingDays.left(calendar, today, row.deadlineOn()), today, approval, approveRefusal);
    }

    /**
     * The subject's standing over time under the case's scheme, for the chart; empty without a
     * scheme or entries. Pure but slow on a long ledger (each point derives the standing afresh),
     * so the case paints first and the chart follows: call it off the UI thread.
     */
    public List<ScorePoint> timeline(Officer viewer, CaseFile file) {
        Authorization.require(viewer, Permission.READ_CASES);
        if (file.scheme() == null || file.ledger().isEmpty()) {
            return List.of();
        }
        return LedgerDerivation.timeline(file.scheme(), catalog, file.ledger(), file.today());
    }

    /**
     * The scores the agency reported under the case's scheme that the subject's ledger does not give
     * ({@code LedgerDerivation.checkReported} at the end of each entry's day), each with the entries
     * that explain it; empty when every reported score agrees. Off the UI thread, as the timeline.
     */
    public List<ReportedScoreMark> reportedScores(Officer viewer, CaseFile file) {
        Authorization.require(viewer, Permission.READ_CASES);
        Scheme scheme = file.scheme();
        if (scheme == null || scheme.base() == null || file.ledger().isEmpty()) {
            return List.of();
        }
        List<LedgerEntryRow> rows = database.read(c -> new LedgerRepository(c).bySubject(file.subject().id(),
                scheme.code()));
        List<ReportedScores.Reported> reported = rows.stream().filter(r -> r.reportedScore() != null)
                .map(r -> new ReportedScores.Reported(r.id(), r.reportedScore())).toList();
        if (reported.isEmpty()) {
            return List.of();
        }
        List<LedgerEvent> ledger = rows.stream().map(LedgerEntryRow::event).toList();
        List<ReportedScoreMark> marks = new ArrayList<>();
        for (ReportedScores.Check check : ReportedScores.check(scheme, catalog, ledger, reported)) {
            if (check.differs() && check.recomputed() != null) {
                LedgerEntryRow row = rows.stream().filter(r -> r.id() == check.eventId()).findFirst().orElseThrow();
                marks.add(new ReportedScoreMark(row.event().agencyCode(), row.event().reference(), check.at(),
                        check.reported(), check.recomputed(), ReportedScores.explain(scheme, catalog, ledger, check)));
            }
        }
        return List.copyOf(marks);
    }

    /**
     * The case's latest decision — the draft awaiting approval or the decision that stands — with
     * its effect on the subject's standing and, once decided, by when the agency must act; empty
     * when nothing has been drafted. Reads the store: call it off the UI thread.
     */
    public Optional<DecisionOnFile> decisionOnFile(Officer viewer, CaseFile file) {
        Authorization.require(viewer, Permission.READ_CASES);
        long caseId = file.appeal().id();
        var stored = database.read(c -> new DecisionRecords(c).latest(caseId));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        DecisionRecords.Stored d = stored.get();
        Map<Long, String> names = database.read(c -> new CaseRecords(c).officerNames());
        var effect = new DecisionService(database, catalog, clock).effect(viewer, file, d.outcomes()).orElse(null);
        java.time.Instant decidedAt = file.appeal().status() == CaseStatus.DECIDED ? file.history().stream()
                .filter(h -> h.toStatus() == CaseStatus.DECIDED).map(CaseFile.HistoryLine::at)
                .reduce((a, b) -> b).orElse(null) : null;
        int days = agencyActionDays();
        boolean agencyActs = d.outcomes().stream().anyMatch(o -> o.kind() == org.redress.domain.appeal.OutcomeKind.REVERSED
                || o.kind() == org.redress.domain.appeal.OutcomeKind.AMENDED);
        LocalDate actBy = decidedAt != null && agencyActs
                ? calendar.addWorkingDays(decidedAt.atZone(clock.getZone()).toLocalDate(), days).value() : null;
        return Optional.of(new DecisionOnFile(d.id(), names.getOrDefault(d.drafterId(), "#" + d.drafterId()),
                d.draftedAt(), d.reasons(), d.legalBasis(), d.outcomes(), effect,
                d.approverId() == null ? null : names.getOrDefault(d.approverId(), "#" + d.approverId()),
                decidedAt, actBy, days, d.texts()));
    }

    private int agencyActionDays() {
        String value = new WorkstationSettings(database, clock).all()
                .get(org.redress.letters.LetterSettings.AGENCY_ACTION_DAYS);
        try {
            int days = value == null ? DEFAULT_AGENCY_ACTION_DAYS : Integer.parseInt(value.strip());
            return days > 0 ? days : DEFAULT_AGENCY_ACTION_DAYS;
        } catch (NumberFormatException e) {
            return DEFAULT_AGENCY_ACTION_DAYS;
        }
    }

    /** As the letters say when the workspace sets nothing (LetterSettings). */
    private static final int DEFAULT_AGENCY_ACTION_DAYS = 10;

    private static CaseFile.Subject subject(SubjectRow s) {
        return new CaseFile.Subject(s.id(), s.kind(), s.name(), IdentifierMask.apply(s.identifier()), s.idKind(),
                s.idVerdict(), s.idOverrideReason(), s.region(), s.birthDate());
    }

    private List<CaseFile.Deduction> deductions(Connection c, List<LedgerEntryRow> rows, Scheme scheme)
            throws SQLException {
        AgencyRepository agencies = new AgencyRepository(c);
        Map<String, LocalizedText> names = new HashMap<>();
        List<CaseFile.Deduction> deductions = new ArrayList<>();
        for (LedgerEntryRow row : rows) {
            LedgerEvent e = row.event();
            Rule rule = scheme == null ? null : scheme.rule(e.ruleCode(), e.imposedOn()).orElse(null);
            boolean flagged = rule != null && scheme.flagsNonFinancial(rule);
            if (!names.containsKey(e.agencyCode())) {
                names.put(e.agencyCode(), agencies.byCode(e.agencyCode()).map(CaseFileService::name)
                        .orElse(new LocalizedText(e.agencyCode(), e.agencyCode())));
            }
            deductions.add(new CaseFile.Deduction(e, rule, flagged, names.get(e.agencyCode())));
        }
        return deductions;
    }

    private static LocalizedText name(AgencyRow a) {
        return new LocalizedText(a.nameZh(), a.nameEn());
    }

    /** "officer 5" (the store's assignment), "assignee=5 (…)" (the demo's): the officer a line gives the case to. */
    private static final java.util.regex.Pattern NAMED_OFFICER =
            java.util.regex.Pattern.compile("^(?:officer |assignee=)(\\d+)\\b");
    /** "decision=12": the decision a line records, drafts, approves or returns. */
    private static final java.util.regex.Pattern NAMED_DECISION = java.util.regex.Pattern.compile("^decision=(\\d+)\\b");

    private static List<CaseFile.HistoryLine> history(List<CaseEventRow> events, Map<Long, String> officers,
                                                      Map<Long, List<org.redress.domain.appeal.OutcomeKind>> outcomes) {
        return events.stream().map(e -> {
            String detail = e.detail() == null ? "" : e.detail();
            var officer = NAMED_OFFICER.matcher(detail);
            var decision = NAMED_DECISION.matcher(detail);
            String named = officer.find() ? officers.get(Long.parseLong(officer.group(1))) : null;
            var decided = decision.find() ? outcomes.getOrDefault(Long.parseLong(decision.group(1)), List.of())
                    : List.<org.redress.domain.appeal.OutcomeKind>of();
            return new CaseFile.HistoryLine(e.at(),
                    e.actorId() == null ? null : officers.getOrDefault(e.actorId(), "#" + e.actorId()), e.action(),
                    e.fromStatus(), e.toStatus(), e.detail(), named, decided);
        }).toList();
    }

    private static List<CaseFile.NoteLine> notes(Connection c, long caseId, Map<Long, String> officers)
            throws SQLException {
        return new NoteRepository(c).forCase(caseId).stream().map(n -> new CaseFile.NoteLine(n.at(),
                officers.getOrDefault(n.authorId(), "#" + n.authorId()), n.body(), n.correctsId() != null)).toList();
    }

    private static List<CaseFile.OtherCase> otherOpenCases(CaseRepository cases, CaseRow row) throws SQLException {
        return cases.bySubject(row.subjectId()).stream()
                .filter(other -> other.id() != row.id() && other.status().isOpen())
                .map(other -> new CaseFile.OtherCase(other.id(), other.caseNo(), other.status())).toList();
    }
}
