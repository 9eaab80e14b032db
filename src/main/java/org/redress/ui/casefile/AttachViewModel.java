package org.redress.ui.casefile;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.redress.casework.AttachResult;
import org.redress.casework.AttachmentService;
import org.redress.domain.access.Officer;
import org.redress.evidence.Custody;
import org.redress.evidence.EvidenceStore;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Attaching files to the open case: the files chosen or dropped wait with the source and the reason
 * the officer gives; attaching copies them one after the other in the background, with progress,
 * and ends with a sentence per file (attached, already attached as …, too large, could not be read).
 */
public final class AttachViewModel {

    private final AttachmentService service;
    private final FxTasks tasks;
    private final Messages messages;
    private final Officer officer;
    private final ZoneId zone;
    private final LongSupplier caseId;
    private final Runnable onAttached;

    private final ObservableList<Path> pending = FXCollections.observableArrayList();
    private final StringProperty source = new SimpleStringProperty(this, "source", Custody.OFFICER_SOURCES.getFirst());
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    /** Goes up with every {@link #reset()}: results of an earlier case are not shown on this one. */
    private long generation;

    public AttachViewModel(AttachmentService service, FxTasks tasks, Messages messages, Officer officer, ZoneId zone,
                           LongSupplier caseId, Runnable onAttached) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.officer = officer;
        this.zone = zone;
        this.caseId = caseId;
        this.onAttached = onAttached;
    }

    /**
     * Files chosen or dropped: they wait for a source and a reason. Ignored while a copy runs. A file
     * over {@link EvidenceStore#MAX_BYTES} is refused at once, in words, before the officer types a
     * reason for it; the others wait.
     */
    public void offer(List<Path> files) {
        if (busy.get() || files.isEmpty()) {
            return;
        }
        long offeredIn = generation;
        outcome.set("");
        failed.set(false);
        tasks.supply(() -> {
                    List<Path> fit = new ArrayList<>();
                    List<String> refusals = new ArrayList<>();
                    for (Path file : files) {
                        long size = sizeOf(file);
                        if (size > EvidenceStore.MAX_BYTES) {
                            refusals.add(messages.get("attach.tooLarge", name(file), EvidenceStore.inWords(size),
                                    EvidenceStore.inWords(EvidenceStore.MAX_BYTES)));
                        } else {
                            fit.add(file);
                        }
                    }
                    return new Sorted(fit, refusals);
                })
                .onSuccess(sorted -> {
                    if (offeredIn != generation || busy.get()) {
                        return;
                    }
                    pending.setAll(sorted.fit());
                    outcome.set(String.join("\n", sorted.refusals()));
                    failed.set(!sorted.refusals().isEmpty());
                })
                .start();
    }

    private record Sorted(List<Path> fit, List<String> refusals) {
    }

    /** The size on disk, or -1 when it cannot be read now (attaching says why, file by file). */
    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException | SecurityException e) {
            return -1;
        }
    }

    /**
     * Another case is opened (or this one afresh): files waiting, the reason typed and the last
     * outcome belong to the case they were given for and go. A copy under way finishes and is
     * recorded on its own case; its outcome is not shown here.
     */
    public void reset() {
        generation++;
        pending.clear();
        reason.set("");
        outcome.set("");
        failed.set(false);
    }

    public void cancel() {
        if (!busy.get()) {
            pending.clear();
        }
    }

    public BooleanBinding canAttach() {
        return Bindings.createBooleanBinding(() -> !pending.isEmpty() && !reason.get().isBlank() && !busy.get(),
                pending, reason, busy);
    }

    /** Copies and records every waiting file, one after the other, off the FX thread. */
    public void attach() {
        if (pending.isEmpty() || reason.get().isBlank() || busy.get()) {
            return;
        }
        List<Path> files = List.copyOf(pending);
        long id = caseId.getAsLong();
        String from = source.get();
        String why = reason.get();
        long attachedIn = generation;
        busy.set(true);
        progress.set(0);
        tasks.supply(() -> {
                    List<String> lines = new ArrayList<>();
                    boolean anyFailed = false;
                    for (int i = 0; i < files.size(); i++) {
                        Path file = files.get(i);
                        String text = messages.get("attach.progress", i + 1, files.size(), name(file));
                        double share = (double) i / files.size();
                        tasks.onFx(() -> {
                            status.set(text);
                            progress.set(share);
                        });
                        try {
                            AttachResult result = service.attach(id, file, officer, from, why);
                            anyFailed |= !(result instanceof AttachResult.Attached);
                            lines.add(describe(result));
                        } catch (UncheckedIOException e) {
                            anyFailed = true;
                            lines.add(unreadable(file, e));
                        }
                    }
                    return new Summary(String.join("\n", lines), anyFailed);
                })
                .onSuccess(summary -> {
                    if (attachedIn != generation) {
                        return;
                    }
                    outcome.set(summary.text());
                    failed.set(summary.failed());
                    pending.clear();
                    reason.set("");
                    onAttached.run();
                })
                .onError(e -> {
                    if (attachedIn != generation) {
                        tasks.report(e);
                        return;
                    }
                    failed.set(true);
                    outcome.set(messages.get("attach.failed", files.size() == 1 ? name(files.getFirst()) : "",
                            e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                })
                .andFinally(() -> {
                    busy.set(false);
                    progress.set(1);
                    status.set("");
                })
                .start();
    }

    private record Summary(String text, boolean failed) {
    }

    private String describe(AttachResult result) {
        return switch (result) {
            case AttachResult.Attached a -> messages.get("attach.done", a.line().fileName());
            case AttachResult.AlreadyAttached a -> messages.get("attach.duplicate", a.fileName(), a.existingName(),
                    messages.dateTime(a.attachedAt(), zone));
            case AttachResult.TooLarge t -> messages.get("attach.tooLarge", t.fileName(), EvidenceStore.inWords(t.size()),
                    EvidenceStore.inWords(t.limit()));
            case AttachResult.Refused r -> messages.get(r.reasonKey(), r.fileName());
        };
    }

    private String unreadable(Path file, UncheckedIOException e) {
        if (e.getCause() instanceof NoSuchFileException || e.getCause() instanceof AccessDeniedException) {
            return messages.get("attach.unreadable", name(file));
        }
        return messages.get("attach.failed", name(file), e.getMessage());
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    public ObservableList<Path> pending() {
        return pending;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The file being copied now, while busy. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** One sentence per file of the last attempt. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
