package org.redress.casework;

import org.redress.domain.access.Officer;
import org.redress.domain.appeal.AppealCase;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.Decision;
import org.redress.domain.appeal.DecisionValidator;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.Problem;
import org.redress.domain.appeal.ReasonCode;
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
import org.redress.store.SettingsRepository;
import org.redress.letters.DecisionText;
import org.redress.letters.LetterLanguage;
import org.redress.letters.LetterSettings;
import org.jspecify.annotations.Nullable;

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
        return problems(file, drafter, outcomes, DecisionWording.single(reasons, legalBasis), null);
    }

    /**
     * Everything wrong with the draft, including a language the office's letters are written in
     * ({@code letters}, from {@link #letterLanguage()}) without its reasons or legal basis: a letter
     * is printed in the text of its own language. Pure: no store access.
     *
     * @param letters null to require no language in particular
     */
    public List<Problem> problems(CaseFile file, Officer drafter, List<DeductionOutcome> outcomes,
                                  DecisionWording wording, @Nullable LetterLanguage letters) {
        DecisionWording.Text primary = wording.primary();
        List<Problem> problems = new ArrayList<>(validate(file, drafter, outcomes, primary.reasons(),
                primary.legalBasis()));
        if (letters != null && !primary.reasons().isEmpty()) {
            for (DecisionText.Language language : DecisionText.Language.values()) {
                boolean needed = language == DecisionText.Language.ZH ? letters.showsChinese() : letters.showsEnglish();
                DecisionWording.Text text = wording.in(language);
                boolean zh = language == DecisionText.Language.ZH;
                if (needed && (text == null || text.reasons().isEmpty())) {
                    problems.add(Problem.of("reasons." + language.code(),
                            zh ? ReasonCode.REASONS_ZH_REQUIRED : ReasonCode.REASONS_EN_REQUIRED));
                }
                if (needed && (text == null || text.legalBasis().isEmpty()) && !primary.legalBasis().isEmpty()) {
                    problems.add(Problem.of("legalBasis." + language.code(),
                            zh ? ReasonCode.LEGAL_BASIS_ZH_REQUIRED : ReasonCode.LEGAL_BASIS_EN_REQUIRED));
                }
            }
        }
        return problems;
    }

    /** The language of the office's letters (the workspace's {@code letters.language}, bilingual by default). */
    public LetterLanguage letterLanguage() {
        String value = database.read(c -> new SettingsRepository(c).all()).get(LetterSettings.LANGUAGE);
        try {
            return value == null || value.isBlank() ? LetterLanguage.BILINGUAL : LetterLanguage.parse(value);
        } catch (IllegalArgumentException e) {
            return LetterLanguage.BILINGUAL;
        }
    }

    private List<Problem> validate(CaseFile file, Officer drafter, List<DeductionOutcome> outcomes, String reasons,
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

    /** Who drafted a draft awaiting approval, and why it needs a second pair of eyes. */
    public record AwaitingApproval(String drafterName, ApprovalNeed need) {
    }

    /**
     * For the approvals list: per case (of those given that have a draft), who drafted its latest
     * draft and why it needs approval. Reads the store: call it off the UI thread.
     */
    public Map<Long, AwaitingApproval> awaitingApproval(Officer viewer, java.util.Collection<Long> caseIds) {
        org.redress.security.Authorization.require(viewer, org.redress.domain.access.Permission.READ_CASES);
        return database.read(c -> {
            Map<Long, String> names = new CaseRecords(c).officerNames();
            CaseRepository cases = new CaseRepository(c);
            DecisionRecords decisions = new DecisionRecords(c);
            Map<Long, AwaitingApproval> found = new java.util.HashMap<>();
            for (long id : caseIds) {
                Optional<CaseRow> row = cases.byId(id);
                Optional<DecisionRecords.Stored> latest = decisions.latest(id);
                if (row.isPresent() && latest.isPresent()) {
                    long drafter = latest.get().drafterId();
                    found.put(id, new AwaitingApproval(names.getOrDefault(drafter, "#" + drafter),
                            FourEyes.latestDraft(c, row.get(), catalog)));
                }
            }
            return found;
        });
    }

    /**
     * Saves the draft as {@code drafter}: refused with the gate's reason, or with the first problem
     * the validator finds on the stored case.
     *
     * @throws org.redress.store.StaleCaseException when the case changed since {@code expectedVersion}
     */
    public ActionResult saveDraft(long caseId, long expectedVersion, Officer drafter, List<DeductionOutcome> outcomes,
                                  String reasons, String legalBasis) {
        return saveDraft(caseId, expectedVersion, drafter, outcomes, DecisionWording.single(reasons, legalBasis));
    }

    /** Saves the draft with its text in each language written (see {@link #problems} for what the screen requires). */
    public ActionResult saveDraft(long caseId, long expectedVersion, Officer drafter, List<DeductionOutcome> outcomes,
                                  DecisionWording wording) {
        var byRole = RoleCheck.refusal(drafter, CaseAction.DRAFT_DECISION);
        if (byRole.isPresent()) {
            return new ActionResult.Refused(byRole.get());
        }
        return database.writeAndWait(c -> save(c, caseId, expectedVersion, drafter, outcomes, wording));
    }

    /**
     * Adds the decision's text in a language it was not written in (an older, single-language
     * decision that must be issued in the other language). The case's latest decision keeps every
     * text it had; a language already written is refused.
     */
    public ActionResult addTranslation(long caseId, Officer officer, DecisionText.Language language,
                                       DecisionWording.Text text) {
        var byRole = RoleCheck.refusal(officer, CaseAction.DRAFT_DECISION);
        if (byRole.isPresent()) {
            return new ActionResult.Refused(byRole.get());
        }
        if (text.reasons().isEmpty()) {
            return new ActionResult.Refused(org.redress.domain.appeal.Rejection.of(ReasonCode.REASONS_REQUIRED));
        }
        if (text.legalBasis().isEmpty()) {
            return new ActionResult.Refused(org.redress.domain.appeal.Rejection.of(ReasonCode.LEGAL_BASIS_REQUIRED));
        }
        return database.writeAndWait(c -> {
            CaseRow row = new CaseRepository(c, clock).byId(caseId)
                    .orElseThrow(() -> new org.redress.store.StoreException("no case with id " + caseId));
            Long decision = new CaseRecords(c).latestDecision(caseId);
            if (decision == null) {
                return new ActionResult.Refused(org.redress.domain.appeal.Rejection.of(ReasonCode.REASONS_REQUIRED));
            }
            DecisionRecords records = new DecisionRecords(c);
            if (records.languages(decision).contains(language)) {
                return new ActionResult.Refused(org.redress.domain.appeal.Rejection.of(ReasonCode.TEXT_ALREADY_WRITTEN));
            }
            long officerId = Officers.storeId(officer);
            records.insertText(decision, language, text.reasons(), text.legalBasis(), "", clock.instant(), officerId);
            new CaseRepository(c, clock).appendEvent(caseId, officerId, TRANSLATED, "decision=" + decision + " "
                    + language.code());
            return new ActionResult.Done(row);
        });
    }

    /** The case history's action when a decision's text is added in another language. */
    public static final String TRANSLATED = "DECISION_TRANSLATED";

    private ActionResult save(Connection c, long caseId, long expectedVersion, Officer drafter,
                              List<DeductionOutcome> outcomes, DecisionWording wording) throws SQLException {
        String reasons = wording.primary().reasons();
        String legalBasis = wording.primary().legalBasis();
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
        long decisionId = new DecisionRecords(c).insertDraft(caseId, drafterId, clock.instant(), wording, outcomes,
                previous);
        CaseRepository cases = new CaseRepository(c, clock);
        CaseRow now = ruling.grantedValue().orElseThrow().status() == row.status()
                ? row
                : cases.changeStatus(caseId, row.version(), ruling.grantedValue().orElseThrow().status(), drafterId,
                "decision=" + decisionId);
        if (now == row) {
            cases.appendEvent(caseId, drafterId, CaseAction.DRAFT_DECISION.name(), "decision=" + decisionId);
        }
        database.journal().record(c, Changes.decision(row, decisionId, previous, drafterId, outcomes, wording,
                clock.instant()));
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
