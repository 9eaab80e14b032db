package org.redress.casework;

import org.redress.domain.access.Officer;
import org.redress.domain.appeal.AppealCase;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.Decision;
import org.redress.domain.appeal.DecisionValidator;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.Problem;
import org.redress.domain.appeal.RuleBounds;
import org.redress.domain.appeal.RuleBoundsLookup;
import org.redress.domain.appeal.Ruling;
import org.redress.domain.ledger.Correction;
import org.redress.domain.ledger.Hypothesis;
import org.redress.domain.ledger.LedgerDerivation;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.StandingChange;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.Rule;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.Database;
import org.redress.store.LedgerRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Drafting a decision: what is still wrong with a draft (the domain's validator, every problem at
 * once), what it would do to the subject's standing today (the ledger's what-if), and saving it —
 * a new append-only decision row with one outcome per disputed entry, the case moved to
 * DECISION_DRAFTED through the gate. The previous draft, if any, stays and is superseded.
 */
public final class DecisionService {

    private final Database database;
    private final Catalog catalog;
    private final Clock clock;

    public DecisionService(Database database, Catalog catalog, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Everything wrong with the draft; empty when it may be saved. Pure: no store access. */
    public List<Problem> problems(CaseFile file, Officer drafter, List<DeductionOutcome> outcomes, String reasons,
                                  String legalBasis) {
        AppealCase appeal = CaseFacts.appealCase(file.appeal(), file.disputed().stream().map(d -> d.entry().id())
                .toList(), List.of(), clock.getZone());
        Map<Long, LedgerEvent> ledger = file.ledger().stream().collect(Collectors.toMap(LedgerEvent::id,
                Function.identity(), (a, b) -> a));
        file.disputed().forEach(d -> ledger.putIfAbsent(d.entry().id(), d.entry()));
        return DecisionValidator.validate(draft(file.appeal().id(), drafter, outcomes, reasons, legalBasis), appeal,
                ledger, bounds());
    }

    /** The standing today before and after the outcomes, or empty when the scheme or the entries do not allow it. */
    public Optional<StandingChange> effect(Officer drafter, CaseFile file, List<DeductionOutcome> outcomes) {
        org.redress.security.Authorization.require(drafter, org.redress.domain.access.Permission.READ_CASES);
        if (file.scheme() == null || file.ledger().isEmpty()) {
            return Optional.empty();
        }
        List<Correction> corrections = new ArrayList<>();
        for (DeductionOutcome o : outcomes) {
            switch (o.kind()) {
                case REVERSED -> corrections.add(new Correction.Reverse(o.ledgerEventId()));
                case AMENDED -> {
                    if (o.newPoints() != null || o.newPublicationUntil() != null) {
                        corrections.add(new Correction.Amend(o.ledgerEventId(), o.newPoints(), o.newPublicationUntil()));
                    }
                }
                default -> { }
            }
        }
        try {
            return Optional.of(LedgerDerivation.whatIf(file.scheme(), catalog, file.ledger(), LocalDate.now(clock),
                    new Hypothesis(corrections)));
        } catch (IllegalArgumentException e) {
            // An outcome the ledger cannot take (the validator names it); no preview until it is fixed.
            return Optional.empty();
        }
    }

    /**
     * Whether the draft, saved as it stands, would need a supervisor's approval and why. Reads the
     * workspace's four-eyes settings and the case's earlier drafts: call it off the UI thread.
     */
    public ApprovalNeed approvalNeed(long caseId, Officer drafter, List<DeductionOutcome> outcomes) {
        return database.read(c -> FourEyes.draft(c, new CaseRepository(c).byId(caseId).orElseThrow(
                () -> new org.redress.store.StoreException("no case with id " + caseId)), catalog, drafter.id(), outcomes));
    }

    /**
     * Saves the draft as {@code drafter}: refused with the gate's reason, or with the first problem
     * the validator finds on the stored case.
     *
     * @throws org.redress.store.StaleCaseException when the case changed since {@code expectedVersion}
     */
    public ActionResult saveDraft(long caseId, long expectedVersion, Officer drafter, List<DeductionOutcome> outcomes,
                                  String reasons, String legalBasis) {
        var byRole = RoleCheck.refusal(drafter, CaseAction.DRAFT_DECISION);
        if (byRole.isPresent()) {
            return new ActionResult.Refused(byRole.get());
        }
        return database.writeAndWait(c -> save(c, caseId, expectedVersion, drafter, outcomes, reasons.strip(),
                legalBasis.strip()));
    }

    private ActionResult save(Connection c, long caseId, long expectedVersion, Officer drafter,
                              List<DeductionOutcome> outcomes, String reasons, String legalBasis) throws SQLException {
        GateCheck gate = GateCheck.read(c, caseId, expectedVersion, drafter, clock, catalog);
        Ruling<AppealCase> ruling = gate.apply(c, CaseAction.DRAFT_DECISION, drafter, null, LocalDate.now(clock));
        if (ruling.refusal().isPresent()) {
            return new ActionResult.Refused(ruling.refusal().get());
        }
        CaseRow row = gate.row();
        Map<Long, LedgerEvent> ledger = new java.util.HashMap<>();
        new LedgerRepository(c).bySubject(row.subjectId(), row.schemeCode()).forEach(e -> ledger.put(e.id(), e.event()));
        gate.disputed().forEach(e -> ledger.putIfAbsent(e.id(), e.event()));
        List<Problem> problems = DecisionValidator.validate(draft(caseId, drafter, outcomes, reasons, legalBasis),
                gate.appeal(), ledger, bounds());
        if (!problems.isEmpty()) {
            return new ActionResult.Refused(problems.getFirst().rejection());
        }
        long drafterId = Officers.storeId(drafter);
        Long previous = new CaseRecords(c).latestDecision(caseId);
        long decisionId = new DecisionRecords(c).insertDraft(caseId, drafterId, clock.instant(), reasons, legalBasis,
                outcomes, previous);
        CaseRepository cases = new CaseRepository(c, clock);
        CaseRow now = ruling.grantedValue().orElseThrow().status() == row.status()
                ? row
                : cases.changeStatus(caseId, row.version(), ruling.grantedValue().orElseThrow().status(), drafterId,
                "decision=" + decisionId);
        if (now == row) {
            cases.appendEvent(caseId, drafterId, CaseAction.DRAFT_DECISION.name(), "decision=" + decisionId);
        }
        database.journal().record(c, Changes.decision(row, decisionId, previous, drafterId, outcomes, reasons,
                legalBasis, clock.instant()));
        return new ActionResult.Done(now);
    }

    private Decision draft(long caseId, Officer drafter, List<DeductionOutcome> outcomes, String reasons,
                           String legalBasis) {
        return new Decision("draft-" + caseId, Long.toString(caseId), drafter.id(), clock.instant(), outcomes, reasons,
                legalBasis, outcomes.stream().map(DeductionOutcome::remedy).filter(r -> !r.isBlank()).toList(), null,
                null);
    }

    private RuleBoundsLookup bounds() {
        return entry -> catalog.rule(entry.schemeCode(), entry.ruleCode(), entry.imposedOn()).map(DecisionService::bounds);
    }

    private static RuleBounds bounds(Rule rule) {
        return new RuleBounds(rule.code(), rule.points().min(), rule.points().max(),
                rule.publication() == null ? null : rule.publication().minimum());
    }
}
