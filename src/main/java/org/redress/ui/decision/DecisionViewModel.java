package org.redress.ui.decision;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;
import org.redress.casework.ActionResult;
import org.redress.casework.CaseFile;
import org.redress.casework.ApprovalNeed;
import org.redress.casework.DecisionService;
import org.redress.casework.UnsavedDecisions;
import org.redress.casework.DecisionWording;
import org.redress.letters.DecisionText;
import org.redress.letters.LetterLanguage;
import org.redress.domain.access.Officer;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.appeal.Problem;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.ledger.StandingChange;
import org.redress.store.StaleCaseException;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Drafting a decision: an outcome per disputed deduction (new points when amended), written
 * reasons and legal basis in Chinese and in English; what is still wrong with it and what it would
 * do to the subject's standing today, both recomputed as the officer types. The languages the
 * office's letters are written in ({@code letters.language}) are required: a letter is printed in
 * the text of its own language, never in the other. The legal basis of each language is offered
 * from the catalog. Saving runs in the background.
 */
public final class DecisionViewModel {

    /** The outcomes an officer chooses per deduction; not-admissible and withdrawn are case actions. */
    public static final List<OutcomeKind> CHOICES = List.of(OutcomeKind.UPHELD, OutcomeKind.REVERSED,
            OutcomeKind.AMENDED, OutcomeKind.REFERRED_BACK);

    /** One disputed deduction and what the draft does to it. */
    public static final class Line {
        private final CaseFile.Deduction deduction;
        private final ObjectProperty<OutcomeKind> kind = new SimpleObjectProperty<>(this, "kind", OutcomeKind.UPHELD);
        private final ObjectProperty<@Nullable Integer> newPoints = new SimpleObjectProperty<>(this, "newPoints");

        Line(CaseFile.Deduction deduction) {
            this.deduction = deduction;
        }

        public CaseFile.Deduction deduction() {
            return deduction;
        }

        public ObjectProperty<OutcomeKind> kindProperty() {
            return kind;
        }

        public ObjectProperty<@Nullable Integer> newPointsProperty() {
            return newPoints;
        }

        public boolean amendsPoints() {
            return kind.get() == OutcomeKind.AMENDED && deduction.entry().kind() != LedgerEventKind.LIST_ENTRY;
        }

        DeductionOutcome outcome() {
            long id = deduction.entry().id();
            return switch (kind.get()) {
                case UPHELD -> DeductionOutcome.upheld(id);
                case REVERSED -> DeductionOutcome.reversed(id, "");
                case REFERRED_BACK -> DeductionOutcome.referredBack(id, "");
                case AMENDED -> new DeductionOutcome(id, OutcomeKind.AMENDED, newPoints.get(), null, "");
                default -> new DeductionOutcome(id, kind.get(), null, null, "");
            };
        }
    }

    private final DecisionService service;
    private final FxTasks tasks;
    private final Messages messages;
    private final Officer officer;
    private final LongConsumer onSaved;
    private final List<Line> lines = new ArrayList<>();
    private final Map<DecisionText.Language, StringProperty> reasons = new EnumMap<>(DecisionText.Language.class);
    private final Map<DecisionText.Language, StringProperty> legalBasis = new EnumMap<>(DecisionText.Language.class);
    private final ReadOnlyObjectWrapper<@Nullable LetterLanguage> letterLanguage =
            new ReadOnlyObjectWrapper<>(this, "letterLanguage");
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private final ReadOnlyObjectWrapper<Optional<StandingChange>> effect = new ReadOnlyObjectWrapper<>(this, "effect",
            Optional.empty());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<@Nullable ApprovalNeed> approval = new ReadOnlyObjectWrapper<>(this, "approval");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<java.time.@Nullable Instant> recovered = new ReadOnlyObjectWrapper<>(this,
            "recovered");
    private @Nullable CaseFile file;
    private long approvalChecks;
    private @Nullable UnsavedDecisions unsaved;
    /** While the model itself fills the form in (start, recovery), nothing counts as the officer's work. */
    private boolean filling;
    private boolean keeping;
    private boolean keepAgain;
    private long discardedCase = -1;

    public DecisionViewModel(DecisionService service, FxTasks tasks, Messages messages, Officer officer,
                             LongConsumer onSaved) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.officer = officer;
        this.onSaved = onSaved;
        for (DecisionText.Language language : DecisionText.Language.values()) {
            reasons.put(language, new SimpleStringProperty(this, "reasons." + language.code(), ""));
            legalBasis.put(language, new SimpleStringProperty(this, "legalBasis." + language.code(), ""));
            reasons.get(language).addListener(o -> recompute());
            legalBasis.get(language).addListener(o -> recompute());
            reasons.get(language).addListener(o -> changed());
            legalBasis.get(language).addListener(o -> changed());
        }
        letterLanguage.addListener(o -> recompute());
    }

    /**
     * Keeps the officer's work in {@code store} as they type and offers it back when the decision is
     * opened again (after a crash, a closed window, a sign-out).
     */
    public void keepUnsavedWorkIn(UnsavedDecisions store) {
        this.unsaved = store;
    }

    /** Starts a draft on the case as last read: every deduction upheld, the rules' legal basis offered. */
    public void start(CaseFile caseFile) {
        this.file = caseFile;
        lines.clear();
        for (CaseFile.Deduction d : caseFile.disputed()) {
            Line line = new Line(d);
            line.newPointsProperty().set(d.entry().points());
            for (Observable o : List.<Observable>of(line.kindProperty(), line.newPointsProperty())) {
                o.addListener(x -> recompute());
                o.addListener(x -> checkApproval());
                o.addListener(x -> changed());
            }
            lines.add(line);
        }
        filling = true;
        try {
            message.set("");
            for (DecisionText.Language language : DecisionText.Language.values()) {
                boolean zh = language == DecisionText.Language.ZH;
                reasons.get(language).set("");
                legalBasis.get(language).set(caseFile.disputed().stream().filter(d -> d.rule() != null)
                        .map(d -> zh ? d.rule().legalBasis().citation().zh() : d.rule().legalBasis().citation().en())
                        .distinct().collect(Collectors.joining(zh ? "；" : "; ")));
            }
            dirty.set(false);
            recovered.set(null);
        } finally {
            filling = false;
        }
        recompute();
        checkApproval();
        tasks.supply(service::letterLanguage).onSuccess(letterLanguage::set).start();
        recover(caseFile);
    }

    /** Offers back the officer's unsaved work on this case, if the workstation kept some. */
    private void recover(CaseFile caseFile) {
        UnsavedDecisions store = unsaved;
        if (store == null) {
            return;
        }
        long caseId = caseFile.appeal().id();
        tasks.supply(() -> store.find(officer, caseId))
                .onSuccess(found -> {
                    if (found.isEmpty() || file != caseFile || dirty.get() || discardedCase == caseId) {
                        return;
                    }
                    UnsavedDecisions.UnsavedDecision work = found.get();
                    filling = true;
                    try {
                        for (Line line : lines) {
                            work.outcomes().stream().filter(o -> o.ledgerEventId() == line.deduction().entry().id())
                                    .findFirst().ifPresent(o -> {
                                        line.kindProperty().set(o.kind());
                                        if (o.newPoints() != null) {
                                            line.newPointsProperty().set(o.newPoints());
                                        }
                                    });
                        }
                        for (DecisionText.Language language : DecisionText.Language.values()) {
                            DecisionWording.Text text = work.wording().in(language);
                            if (text != null) {
                                reasons.get(language).set(text.reasons());
                                legalBasis.get(language).set(text.legalBasis());
                            }
                        }
                    } finally {
                        filling = false;
                    }
                    dirty.set(true);
                    recovered.set(work.savedAt());
                })
                .start();
    }

    /** The officer changed something: the work is theirs now, and kept as it stands. */
    private void changed() {
        if (filling || file == null) {
            return;
        }
        dirty.set(true);
        keep();
    }

    /** Writes the work as it stands, one write at a time; changes made meanwhile are written next. */
    private void keep() {
        UnsavedDecisions store = unsaved;
        CaseFile current = file;
        if (store == null || current == null || !dirty.get() || busy.get()) {
            return;
        }
        discardedCase = -1;
        if (keeping) {
            keepAgain = true;
            return;
        }
        keeping = true;
        List<DeductionOutcome> outcomes = outcomes();
        DecisionWording wording = wording();
        long caseId = current.appeal().id();
        tasks.run(() -> store.keep(officer, caseId, outcomes, wording).join())
                .andFinally(() -> {
                    keeping = false;
                    if (keepAgain) {
                        keepAgain = false;
                        keep();
                    }
                })
                .start();
    }

    /** Throws the unsaved work away (the officer said so). */
    public void discard() {
        CaseFile current = file;
        UnsavedDecisions store = unsaved;
        dirty.set(false);
        recovered.set(null);
        keepAgain = false;
        if (current != null && store != null) {
            long caseId = current.appeal().id();
            discardedCase = caseId;
            tasks.run(() -> store.forget(officer, caseId)).start();
        }
    }

    /** Whether the officer has work here that is not saved as a draft (kept on this workstation meanwhile). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** When the unsaved work shown was kept, if it was offered back on opening; null otherwise. */
    public ReadOnlyObjectProperty<java.time.@Nullable Instant> recoveredProperty() {
        return recovered.getReadOnlyProperty();
    }

    /** The language of the office's letters, which decides the texts required; null until read. */
    public ReadOnlyObjectProperty<@Nullable LetterLanguage> letterLanguageProperty() {
        return letterLanguage.getReadOnlyProperty();
    }

    /** The reasons and legal basis as written, per language. */
    public DecisionWording wording() {
        return new DecisionWording(text(DecisionText.Language.ZH), text(DecisionText.Language.EN));
    }

    private DecisionWording.Text text(DecisionText.Language language) {
        return new DecisionWording.Text(reasons.get(language).get(), legalBasis.get(language).get());
    }

    /** Asks, in the background, whether the outcomes as they stand would need a supervisor's approval. */
    private void checkApproval() {
        CaseFile current = file;
        if (current == null) {
            return;
        }
        long check = ++approvalChecks;
        List<DeductionOutcome> outcomes = outcomes();
        tasks.supply(() -> service.approvalNeed(current.appeal().id(), officer, outcomes))
                .onSuccess(need -> {
                    if (check == approvalChecks) {
                        approval.set(need);
                    }
                })
                .start();
    }

    /** Whether the draft as it stands needs approval, and why; null until first known. */
    public ReadOnlyObjectProperty<@Nullable ApprovalNeed> approvalProperty() {
        return approval.getReadOnlyProperty();
    }

    public List<DeductionOutcome> outcomes() {
        return lines.stream().map(Line::outcome).toList();
    }

    private void recompute() {
        if (file == null) {
            return;
        }
        List<DeductionOutcome> outcomes = outcomes();
        problems.set(service.problems(file, officer, outcomes, wording(), letterLanguage.get()));
        effect.set(service.effect(officer, file, outcomes));
    }

    public boolean canSave() {
        return file != null && letterLanguage.get() != null && problems.get().isEmpty() && !busy.get();
    }

    /** Saves the draft; on success the case workspace opens again, on refusal the reason shows. */
    public void save() {
        CaseFile current = file;
        if (current == null || !canSave()) {
            return;
        }
        busy.set(true);
        List<DeductionOutcome> outcomes = outcomes();
        DecisionWording wording = wording();
        UnsavedDecisions store = unsaved;
        tasks.supply(() -> {
                    ActionResult result = service.saveDraft(current.appeal().id(), current.appeal().version(), officer,
                            outcomes, wording);
                    if (result instanceof ActionResult.Done && store != null) {
                        store.forget(officer, current.appeal().id());
                    }
                    return result;
                })
                .onSuccess(result -> {
                    switch (result) {
                        case ActionResult.Done done -> {
                            dirty.set(false);
                            keepAgain = false;
                            recovered.set(null);
                            message.set(messages.get("decision.saved", done.appeal().caseNo()));
                            onSaved.accept(done.appeal().id());
                        }
                        case ActionResult.Refused no -> message.set(messages.of(no.rejection()));
                    }
                })
                .onError(e -> {
                    if (e instanceof StaleCaseException) {
                        message.set(messages.get("action.stale"));
                    } else {
                        tasks.report(e);
                    }
                })
                .andFinally(() -> busy.set(false))
                .start();
    }

    public @Nullable CaseFile file() {
        return file;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public StringProperty reasonsProperty(DecisionText.Language language) {
        return reasons.get(language);
    }

    public StringProperty legalBasisProperty(DecisionText.Language language) {
        return legalBasis.get(language);
    }

    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<StandingChange>> effectProperty() {
        return effect.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
