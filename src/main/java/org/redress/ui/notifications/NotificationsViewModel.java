package org.redress.ui.notifications;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.redress.casework.ActionResult;
import org.redress.casework.DeadlineService;
import org.redress.casework.ReminderService;
import org.redress.domain.access.Officer;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * The notifications panel and the status bar's count: the officer's reminders (deadlines within
 * the scheme's window, lapsed requests, and for supervisors extension requests and breaches).
 * Refreshing first sweeps (lapses requests, records breaches), then reads the reminders.
 */
public final class NotificationsViewModel {

    private final DeadlineService deadlines;
    private final ReminderService reminders;
    private final FxTasks tasks;
    private final Messages messages;
    private final Officer officer;
    private final LongConsumer openCase;
    private final ObservableList<ReminderService.Reminder> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public NotificationsViewModel(DeadlineService deadlines, ReminderService reminders, FxTasks tasks, Messages messages,
                                  Officer officer, LongConsumer openCase) {
        this.deadlines = deadlines;
        this.reminders = reminders;
        this.tasks = tasks;
        this.messages = messages;
        this.officer = officer;
        this.openCase = openCase;
    }

    /** Sweeps and reloads in the background. */
    public void refresh() {
        if (!officer.role().may(org.redress.domain.access.Permission.READ_CASES)) {
            return; // an administrator has no case, so no reminder
        }
        tasks.supply(() -> {
            if (officer.role().worksCases()) {
                deadlines.sweep(officer);
            }
            return reminders.reminders(officer);
        }).onSuccess(this::show).start();
    }

    private void show(List<ReminderService.Reminder> list) {
        rows.setAll(list);
        count.set(list.size());
    }

    public void open(ReminderService.Reminder reminder) {
        openCase.accept(reminder.caseId());
    }

    /** A supervisor's decision on the extension a reminder names. */
    public void decide(ReminderService.Reminder reminder, boolean approve) {
        Long id = reminder.extensionId();
        if (id == null) {
            return;
        }
        tasks.supply(() -> deadlines.decideExtension(id, officer, approve, "")).onSuccess(result -> {
            message.set(result instanceof ActionResult.Refused r ? messages.of(r.rejection())
                    : messages.get(approve ? "notifications.extension.approved" : "notifications.extension.refused",
                    reminder.caseNo()));
            refresh();
        }).start();
    }

    public boolean decidesExtensions() {
        return officer.role() == org.redress.domain.access.Role.SUPERVISOR;
    }

    public ObservableList<ReminderService.Reminder> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
