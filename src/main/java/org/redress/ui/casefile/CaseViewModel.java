package org.redress.ui.casefile;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.jspecify.annotations.Nullable;
import org.redress.casework.ActionResult;
import org.redress.casework.AttachmentLine;
import org.redress.casework.CaseActionService;
import org.redress.casework.CaseFile;
import org.redress.casework.CaseFileService;
import org.redress.casework.DecisionOnFile;
import org.redress.domain.appeal.CaseStatus;
import org.redress.casework.EvidencePreviews;
import org.redress.casework.IdentifierReveal;
import org.redress.casework.NoteService;
import org.redress.casework.Refused;
import org.redress.domain.access.Officer;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.ledger.ScorePoint;
import org.redress.store.StaleCaseException;
import org.redress.ui.AppContext;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The case workspace: the case's file as last read, the identifier while revealed, the actions the
 * officer may take, the outcome of the last one, and the evidence preview. Every read and write
 * runs in the background; after a change the file is read again, so the screen shows what the
 * store holds.
 */
public final class CaseViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(CaseViewModel.class);

    /** Preview resolution; the zoom scales the image on screen. */
    static final float PREVIEW_DPI = 110f;

    private final CaseFileService files;
    private final CaseActionService actions;
    private final IdentifierReveal reveal;
    private final NoteService notes;
    private final EvidencePreviews evidence;
    private final FxTasks tasks;
    private final Messages messages;
    private final Officer officer;
    private final Runnable onChanged;

    private final ReadOnlyObjectWrapper<@Nullable CaseFile> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<@Nullable DecisionOnFile> decision = new ReadOnlyObjectWrapper<>(this, "decision");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper revealed = new ReadOnlyStringWrapper(this, "revealed", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(this, "refused");
    private final ObjectProperty<@Nullable AttachmentLine> attachment = new SimpleObjectProperty<>(this, "attachment");
    private final ReadOnlyObjectWrapper<@Nullable BufferedImage> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final ReadOnlyObjectWrapper<@Nullable List<ScorePoint>> timeline = new ReadOnlyObjectWrapper<>(this, "timeline");
    private final ReadOnlyObjectWrapper<List<org.redress.casework.ReportedScoreMark>> scoreMarks =
            new ReadOnlyObjectWrapper<>(this, "scoreMarks", List.of());
    private final ReadOnlyObjectWrapper<List<CaseActionService.Assignable>> assignables =
            new ReadOnlyObjectWrapper<>(this, "assignables", List.of());
    private long caseId = -1;
    /** Counts openings: an outcome arriving after the officer opened another case (or this one afresh) is not shown. */
    private final javafx.beans.property.ReadOnlyLongWrapper opening =
            new javafx.beans.property.ReadOnlyLongWrapper(this, "opening");
    private long loads;
    private long openedNanos;
    private boolean awaitingPaint;
    private long shownTimelineOf = -1;

    public CaseViewModel(CaseFileService files, CaseActionService actions, IdentifierReveal reveal, NoteService notes,
                         EvidencePreviews evidence, FxTasks tasks, Messages messages, Officer officer,
                         Runnable onChanged) {
        this.files = files;
        this.actions = actions;
        this.reveal = reveal;
        this.notes = notes;
        this.evidence = evidence;
        this.tasks = tasks;
        this.messages = messages;
        this.officer = officer;
        this.onChanged = onChanged;
        attachment.addListener((obs, old, now) -> loadPreview(now));
    }

    public CaseViewModel(AppContext context, Officer officer, Runnable onChanged) {
        this(context.caseFiles(), context.caseActions(), context.identifierReveal(), context.notes(), context.evidence(),
                context.tasks(), context.messages(), officer, onChanged);
        this.calendar = context.calendar();
        this.reopens = new org.redress.casework.ReopenService(context.database(), context.catalog(), context.calendar(),
                context.clock());
    }

    /** Reopening decided cases (supervisors); null: the screen offers no reopening. */
    private org.redress.casework.@Nullable ReopenService reopens;

    /** Lets this screen reopen decided cases through {@code service} (the app context's constructor does it). */
    public void useReopens(org.redress.casework.ReopenService service) {
        this.reopens = service;
    }

    /** Whether the officer may reopen the case shown: a supervisor, the case decided (the gate's word). */
    public boolean canReopen() {
        CaseFile current = file.get();
        return reopens != null && current != null && current.legalActions().contains(CaseAction.REOPEN);
    }

    /** Reopens the case shown in the background; the outcome goes to {@link #messageProperty()} as for any action. */
    public void reopen(org.redress.domain.appeal.ReopenReason reason, String explanation) {
        CaseFile current = file.get();
        var service = reopens;
        if (current == null || service == null) {
            return;
        }
        busy.set(true);
        tasks.supply(() -> service.reopen(current.appeal().id(), current.appeal().version(), officer, reason, explanation))
                .onSuccess(result -> {
                    refused.set(result instanceof ActionResult.Refused);
                    message.set(switch (result) {
                        case ActionResult.Done done -> messages.get("reopen.done", done.appeal().caseNo());
                        case ActionResult.Refused no -> messages.of(no.rejection());
                    });
                    if (result instanceof ActionResult.Done) {
                        onChanged.run();
                    }
                    reload();
                })
                .onError(e -> {
                    refused.set(true);
                    if (e instanceof StaleCaseException) {
                        message.set(messages.get("action.stale"));
                        reload();
                    } else {
                        tasks.report(e);
                    }
                })
                .andFinally(() -> busy.set(false))
                .start();
    }

    private org.redress.domain.calendar.@org.jspecify.annotations.Nullable WorkingDayCalendar calendar;

    /**
     * Whether the case's decision deadline was counted over a year without its published holiday
     * notice (its weekend working days unknown): the screen shows the caveat (issue 19, item 7).
     */
    public boolean deadlineCaveat(CaseFile file) {
        var deadline = file.appeal().deadlineOn();
        if (calendar == null || deadline == null) {
            return false;
        }
        for (int y = file.appeal().receivedOn().getYear(); y <= deadline.getYear(); y++) {
            if (!calendar.covers(y)) {
                return true;
            }
        }
        return false;
    }

    /** Shows another case (or the same one afresh); the identifier goes back behind its mask. */
    public void load(long id) {
        openedNanos = System.nanoTime();
        awaitingPaint = true;
        if (id != caseId) {
            file.set(null);
            decision.set(null);
            timeline.set(null);
            shownTimelineOf = -1;
            attachment.set(null);
            assignables.set(List.of());
        }
        // Messages belong to the opening they were given in: "Information received", a refusal, a
        // reveal's reason never greet the officer on another case or on this one opened again.
        message.set("");
        refused.set(false);
        caseId = id;
        opening.set(opening.get() + 1);
        revealed.set("");
        reload();
    }

    public void reload() {
        if (caseId < 0) {
            return;
        }
        long id = caseId;
        long load = ++loads;
        loading.set(true);
        long started = System.nanoTime();
        tasks.supply(() -> {
                    CaseFile read = files.load(id, officer);
                    DecisionOnFile onFile = showsDecision(read.appeal().status())
                            ? files.decisionOnFile(officer, read).orElse(null) : null;
                    return new Loaded(read, onFile);
                })
                .onSuccess(both -> {
                    long read = (System.nanoTime() - started) / 1_000_000;
                    CaseFile loaded = both.file();
                    if (load == loads) {
                        decision.set(both.decision());
                        file.set(loaded);
                        drawTimeline(loaded, load);
                        LOG.info("case {} read in {} ms, on screen after {} ms", loaded.appeal().caseNo(), read,
                                (System.nanoTime() - started) / 1_000_000);
                        loadAssignables(loaded, load);
                        if (attachment.get() == null && !loaded.attachments().isEmpty()) {
                            attachment.set(loaded.attachments().getFirst());
                        }
                    }
                })
                .andFinally(() -> {
                    if (load == loads) {
                        loading.set(false);
                    }
                })
                .start();
    }

    /** For a supervisor, whenever the case may change hands: the officers it may go to. */
    private void loadAssignables(CaseFile loaded, long load) {
        boolean open = loaded.legalActions().contains(CaseAction.ASSIGN)
                || loaded.legalActions().contains(CaseAction.REASSIGN);
        if (!open || !officer.role().may(org.redress.domain.access.Permission.APPROVE)) {
            assignables.set(List.of());
            return;
        }
        long id = loaded.appeal().id();
        tasks.supply(() -> actions.assignables(id, officer))
                .onSuccess(list -> {
                    if (load == loads) {
                        assignables.set(list);
                    }
                })
                .start();
    }

    /** The officers a supervisor may hand this case to (empty for others, or when it cannot change hands now). */
    public ReadOnlyObjectProperty<List<CaseActionService.Assignable>> assignablesProperty() {
        return assignables.getReadOnlyProperty();
    }

    private record Loaded(CaseFile file, @Nullable DecisionOnFile decision) {
    }

    /** A draft or a decision is on file and worth reading beside the case. */
    static boolean showsDecision(CaseStatus status) {
        return switch (status) {
            case DECISION_DRAFTED, AWAITING_APPROVAL, DECIDED, LETTER_ISSUED, CLOSED -> true;
            default -> false;
        };
    }

    /** The chart's points follow the first paint: on a long ledger they take longer than the rest of the case. */
    private void drawTimeline(CaseFile loaded, long load) {
        if (timeline.get() != null && loaded.appeal().id() == shownTimelineOf) {
            // A reload after an action: the ledger did not change, keep the chart.
            return;
        }
        timeline.set(null);
        scoreMarks.set(List.of());
        tasks.supply(() -> files.reportedScores(officer, loaded))
                .onSuccess(marks -> {
                    if (load == loads) {
                        scoreMarks.set(marks);
                    }
                })
                .start();
        tasks.supply(() -> files.timeline(officer, loaded))
                .onSuccess(points -> {
                    if (load == loads) {
                        shownTimelineOf = loaded.appeal().id();
                        timeline.set(points);
                    }
                })
                .start();
    }

    /** Shows the full identifier, once the reveal is recorded in the case's history. */
    public void revealIdentifier() {
        long id = caseId;
        long openedAs = opening.get();
        busy.set(true);
        tasks.supply(() -> reveal.reveal(id, officer, null))
                .onSuccess(identifier -> {
                    if (openedAs == opening.get()) {
                        revealed.set(identifier);
                        reload();
                    }
                })
                .onError(e -> refusedOrReport(e, openedAs))
                .andFinally(() -> busy.set(false))
                .start();
    }

    public void hideIdentifier() {
        revealed.set("");
    }

    /** The actions to offer: legal now, taken from this screen, and "assign to me" only when it is someone else's. */
    public List<CaseAction> offeredActions() {
        CaseFile current = file.get();
        if (current == null) {
            return List.of();
        }
        List<CaseAction> offered = new ArrayList<>();
        Long assignee = current.appeal().assigneeId();
        boolean mine = assignee != null && Long.toString(assignee).equals(officer.id());
        for (CaseAction action : CaseAction.values()) {
            boolean assigning = action == CaseAction.ASSIGN || action == CaseAction.REASSIGN;
            if (CaseActionService.OFFERED.contains(action) && current.legalActions().contains(action)
                    && !(assigning && (mine || current.recusal().mustStandAside()))) {
                offered.add(action);
            }
        }
        return offered;
    }

    /** Whether the officer may decide (draft a decision) now; never while they must stand aside. */
    public boolean canDecide() {
        CaseFile current = file.get();
        return current != null && current.legalActions().contains(CaseAction.DRAFT_DECISION);
    }

    public static boolean needsDetail(CaseAction action) {
        return CaseActionService.NEED_DETAIL.contains(action);
    }

    /** Takes the action in the background; the outcome (done or the reason refused) goes to {@link #messageProperty()}. */
    public void take(CaseAction action, @Nullable String detail) {
        CaseFile current = file.get();
        if (current == null) {
            return;
        }
        long id = caseId;
        long version = current.appeal().version();
        submit(() -> actions.take(id, version, action, officer, detail),
                done -> messages.get("action.done." + action.name(), done.appeal().caseNo()));
    }

    /**
     * A supervisor hands the case to another officer (or takes it), chosen from {@link #assignablesProperty()};
     * the outcome goes to the message line like any action's.
     */
    public void assignTo(CaseActionService.Assignable to) {
        CaseFile current = file.get();
        if (current == null) {
            return;
        }
        long id = caseId;
        long version = current.appeal().version();
        submit(() -> actions.assignTo(id, version, officer, to.officerId()),
                done -> messages.get("action.done.assignTo", done.appeal().caseNo(), to.displayName()));
    }

    /** Runs an action in the background and puts its outcome in words, if the officer is still on this opening. */
    private void submit(java.util.concurrent.Callable<ActionResult> work,
                        java.util.function.Function<ActionResult.Done, String> doneText) {
        long openedAs = opening.get();
        busy.set(true);
        tasks.supply(work)
                .onSuccess(result -> {
                    if (openedAs != opening.get()) {
                        // Taken, but the officer has moved on: the queue hears of it, this screen says nothing.
                        if (result instanceof ActionResult.Done) {
                            onChanged.run();
                        }
                        return;
                    }
                    switch (result) {
                        case ActionResult.Done done -> {
                            refused.set(false);
                            message.set(doneText.apply(done));
                            onChanged.run();
                        }
                        case ActionResult.Refused no -> {
                            refused.set(true);
                            message.set(messages.of(no.rejection()));
                        }
                    }
                    reload();
                })
                .onError(e -> {
                    if (openedAs != opening.get()) {
                        if (!(e instanceof StaleCaseException)) {
                            tasks.report(e);
                        }
                        return;
                    }
                    refused.set(true);
                    if (e instanceof StaleCaseException) {
                        message.set(messages.get("action.stale"));
                        reload();
                    } else {
                        tasks.report(e);
                    }
                })
                .andFinally(() -> busy.set(false))
                .start();
    }

    public void addNote(String body) {
        if (body.isBlank() || caseId < 0) {
            return;
        }
        long id = caseId;
        long openedAs = opening.get();
        busy.set(true);
        tasks.run(() -> notes.add(id, officer, body))
                .onSuccess(v -> {
                    if (openedAs == opening.get()) {
                        reload();
                    }
                })
                .onError(e -> refusedOrReport(e, openedAs))
                .andFinally(() -> busy.set(false))
                .start();
    }

    /** A refusal of the case (recusal, a reveal without grounds) goes to the message line; anything else is reported. */
    private void refusedOrReport(Throwable e, long openedAs) {
        if (e instanceof Refused no) {
            if (openedAs != opening.get()) {
                return;
            }
            refused.set(true);
            message.set(messages.of(no.rejection()));
        } else {
            tasks.report(e);
        }
    }

    private void loadPreview(@Nullable AttachmentLine line) {
        preview.set(null);
        if (line == null || !(line.isPdf() || line.isImage())) {
            return;
        }
        long started = System.nanoTime();
        tasks.supply(() -> evidence.preview(officer, line, PREVIEW_DPI))
                .onSuccess(image -> {
                    LOG.info("evidence preview ready after {} ms", (System.nanoTime() - started) / 1_000_000);
                    if (line.equals(attachment.get())) {
                        preview.set(image.orElse(null));
                    }
                })
                .start();
    }

    /**
     * Milliseconds since the case was opened, the first time this is asked after the opened case's
     * file is on screen; -1 afterwards (reloads after an action are not openings).
     */
    long firstPaintMillis() {
        if (!awaitingPaint || file.get() == null) {
            return -1;
        }
        awaitingPaint = false;
        return (System.nanoTime() - openedNanos) / 1_000_000;
    }

    /** The case shown (or being read), -1 before the first. */
    public long caseId() {
        return caseId;
    }

    public Officer officer() {
        return officer;
    }

    /** Goes up by one each time a case is opened (another, or the same afresh). */
    public javafx.beans.property.ReadOnlyLongProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<@Nullable CaseFile> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The draft or decision on file (read with the case); null when there is none to show. */
    public ReadOnlyObjectProperty<@Nullable DecisionOnFile> decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The full identifier while revealed; empty while masked. */
    public ReadOnlyStringProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the last message is a refusal (shown as a warning) rather than a confirmation. */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public ObjectProperty<@Nullable AttachmentLine> attachmentProperty() {
        return attachment;
    }

    /** The subject's standing over time for the chart; null while it is being worked out. */
    public ReadOnlyObjectProperty<@Nullable List<ScorePoint>> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** Scores the agency reported that the ledger does not give (empty while worked out, or when none). */
    public ReadOnlyObjectProperty<List<org.redress.casework.ReportedScoreMark>> scoreMarksProperty() {
        return scoreMarks.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<@Nullable BufferedImage> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }
}
