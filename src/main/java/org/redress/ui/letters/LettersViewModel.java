package org.redress.ui.letters;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.redress.casework.LetterDesk;
import org.redress.casework.LetterLine;
import org.redress.domain.access.Officer;
import org.redress.letters.LetterBatch;
import org.redress.letters.NoLetterNumbersLeft;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The letters screen: the letters issued, newest first, and the decided cases still waiting for
 * one; issuing one letter or all of them (with progress, and cancel that lets letters being
 * written finish), and the first page of the chosen letter, rendered in the background.
 */
public final class LettersViewModel {

    static final int SHOWN = 300;
    static final int PENDING = 1_000;
    static final float PREVIEW_DPI = 72f;

    private final LetterDesk desk;
    private final FxTasks tasks;
    private final Messages messages;
    private final Officer officer;
    private final Runnable onIssued;

    private final ObservableList<LetterLine> letters = FXCollections.observableArrayList();
    private final ObservableList<String> waiting = FXCollections.observableArrayList();
    private final ObjectProperty<@Nullable LetterLine> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ObjectProperty<@Nullable String> caseToIssue = new SimpleObjectProperty<>(this, "caseToIssue");
    private final ReadOnlyObjectWrapper<@Nullable BufferedImage> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper batchRunning = new ReadOnlyBooleanWrapper(this, "batchRunning");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final javafx.beans.property.ReadOnlyLongWrapper waitingCount =
            new javafx.beans.property.ReadOnlyLongWrapper(this, "waitingCount");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private LetterBatch.@Nullable Run run;
    private long previews;

    public LettersViewModel(LetterDesk desk, FxTasks tasks, Messages messages, Officer officer, Runnable onIssued) {
        this.desk = desk;
        this.tasks = tasks;
        this.messages = messages;
        this.officer = officer;
        this.onIssued = onIssued;
        chosen.addListener((obs, old, now) -> render(now));
    }

    private record Loaded(List<LetterLine> letters, List<String> waiting, long waitingCount) {
    }

    public void reload() {
        tasks.supply(() -> new Loaded(desk.recent(officer, SHOWN), desk.decidedWithoutLetter(officer, PENDING),
                        desk.countDecidedWithoutLetter(officer)))
                .onSuccess(loaded -> {
                    waitingCount.set(loaded.waitingCount());
                    LetterLine was = chosen.get();
                    letters.setAll(loaded.letters());
                    waiting.setAll(loaded.waiting());
                    if (caseToIssue.get() == null || !waiting.contains(caseToIssue.get())) {
                        caseToIssue.set(waiting.isEmpty() ? null : waiting.getFirst());
                    }
                    chosen.set(was != null && letters.contains(was) ? was : letters.isEmpty() ? null : letters.getFirst());
                })
                .start();
    }

    /** Issues the letter of the chosen decided case. */
    public void issueOne() {
        String caseNo = caseToIssue.get();
        if (caseNo == null || busy.get()) {
            return;
        }
        busy.set(true);
        tasks.supply(() -> desk.issue(caseNo, officer))
                .onSuccess(letter -> {
                    message.set(messages.get("letters.issued", letter.referenceNo(), caseNo));
                    onIssued.run();
                    reload();
                })
                .onError(e -> message.set(e instanceof NoLetterNumbersLeft none
                        ? messages.get("letters.noNumbers", caseNo, none.office(), Integer.toString(none.year()))
                        : messages.get("letters.failed", caseNo, e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage())))
                .andFinally(() -> busy.set(false))
                .start();
    }

    /** Issues a letter for every decided case still without one (all of them, not only those listed). */
    public void issueAll() {
        if (waitingCount.get() == 0 || busy.get()) {
            return;
        }
        busy.set(true);
        batchRunning.set(true);
        progress.set(0);
        message.set(messages.get("letters.batch.started", waitingCount.get()));
        tasks.supply(() -> {
                    List<String> cases = desk.decidedWithoutLetter(officer, Integer.MAX_VALUE);
                    LetterBatch.Run started = desk.issueAll(cases, officer, (done, failed, total) -> tasks.onFx(() -> {
                        progress.set((double) done / total);
                        message.set(messages.get("letters.batch.progress", done, total, failed));
                    }));
                    tasks.onFx(() -> run = started);
                    return started.result().join();
                })
                .onSuccess(outcome -> message.set(messages.get(outcome.cancelled() ? "letters.batch.cancelled"
                        : "letters.batch.done", outcome.issued().size(), outcome.failures().size(), outcome.skipped())
                        + (outcome.failures().isEmpty() ? "" : " " + messages.get("letters.batch.firstFailure",
                        outcome.failures().keySet().iterator().next(), outcome.failures().values().iterator().next()))))
                .andFinally(() -> {
                    busy.set(false);
                    batchRunning.set(false);
                    run = null;
                    onIssued.run();
                    reload();
                })
                .start();
    }

    /** Stops handing out letters; those being written finish. */
    public void cancel() {
        LetterBatch.Run running = run;
        if (running != null) {
            running.cancel();
            message.set(messages.get("letters.batch.cancelling"));
        }
    }

    private void render(@Nullable LetterLine line) {
        preview.set(null);
        if (line == null) {
            return;
        }
        long request = ++previews;
        tasks.supply(() -> desk.firstPage(officer, line.file(), PREVIEW_DPI))
                .onSuccess(image -> {
                    if (request == previews) {
                        preview.set(image.orElse(null));
                    }
                })
                .onError(e -> message.set(messages.get("letters.previewFailed", line.referenceNo())))
                .start();
    }

    public ObservableList<LetterLine> letters() {
        return letters;
    }

    /** Decided cases without a letter (at most {@link #PENDING}). */
    public ObservableList<String> waiting() {
        return waiting;
    }

    /** How many decided cases have no letter yet (all of them, where {@link #waiting()} lists the first). */
    public javafx.beans.property.ReadOnlyLongProperty waitingCountProperty() {
        return waitingCount.getReadOnlyProperty();
    }

    private PrintPreview.Printer printer = PrintPreview.DIALOG;

    /** How printing reaches paper (the platform's dialog unless a test gives a print service). */
    public void setPrinter(PrintPreview.Printer printer) {
        this.printer = printer;
    }

    /** Opens the print preview of {@code letters}, in that order, as one job. */
    public javafx.stage.Stage print(javafx.stage.Window owner, java.util.List<LetterLine> letters) {
        return PrintPreview.open(owner, desk, tasks, messages, officer, letters, printer);
    }

    public ObjectProperty<@Nullable LetterLine> chosenProperty() {
        return chosen;
    }

    public ObjectProperty<@Nullable String> caseToIssueProperty() {
        return caseToIssue;
    }

    public ReadOnlyObjectProperty<@Nullable BufferedImage> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty batchRunningProperty() {
        return batchRunning.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public java.nio.file.Path folder() {
        return desk.folder(officer);
    }

    /** Opens the letters folder in the system's file manager, or says where it is when there is none. */
    public void openFolder() {
        java.nio.file.Path folder = desk.folder(officer);
        tasks.supply(() -> {
                    java.nio.file.Files.createDirectories(folder);
                    if (!java.awt.GraphicsEnvironment.isHeadless() && java.awt.Desktop.isDesktopSupported()
                            && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                        java.awt.Desktop.getDesktop().open(folder.toFile());
                        return true;
                    }
                    return false;
                })
                .onSuccess(opened -> message.set(messages.get(opened ? "letters.folder.opened" : "letters.folder.here",
                        folder)))
                .onError(e -> message.set(messages.get("letters.folder.here", folder)))
                .start();
    }
}
