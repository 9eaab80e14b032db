package org.redress.ui.sync;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.sync.OfficeDevices;
import org.redress.sync.OpenConflict;
import org.redress.sync.OutboxRow;
import org.redress.sync.OutboxState;
import org.redress.sync.SyncDesk;
import org.redress.sync.SyncStatus;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

/**
 * The state of the Sync screen and the status bar: the sync status and its line in words, the
 * outbox by state, the open conflicts (for supervisors), and the officer's actions (sync now,
 * sign in to the hub, resolve a conflict), all done off the FX thread.
 */
public final class SyncViewModel {

    static final int SHOWN = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SyncDesk desk;
    private final FxTasks tasks;
    private final Messages messages;
    private final Officer officer;
    private final ZoneId zone;
    private final ObjectProperty<@Nullable SyncStatus> status = new SimpleObjectProperty<>(this, "status");
    private final StringProperty line = new SimpleStringProperty(this, "line", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObservableList<OutboxRow> pending = FXCollections.observableArrayList();
    private final ObservableList<OutboxRow> rejected = FXCollections.observableArrayList();
    private final ObservableList<OutboxRow> conflicted = FXCollections.observableArrayList();
    private final ObservableList<OpenConflict> conflicts = FXCollections.observableArrayList();
    private final ObservableList<OfficeDevices.Device> devices = FXCollections.observableArrayList();
    private final StringProperty devicesMessage = new SimpleStringProperty(this, "devicesMessage", "");

    public SyncViewModel(SyncDesk desk, FxTasks tasks, Messages messages, Officer officer, ZoneId zone) {
        this.desk = desk;
        this.tasks = tasks;
        this.messages = messages;
        this.officer = officer;
        this.zone = zone;
        desk.onStatus(s -> tasks.onFx(this::refresh));
        line.set(describe(null));
        messages.localeProperty().addListener((obs, old, now) -> line.set(describe(status.get())));
    }

    private record Snapshot(SyncStatus status, List<OutboxRow> pending, List<OutboxRow> rejected,
                            List<OutboxRow> conflicted, List<OpenConflict> conflicts) {
    }

    /** Reads the status, the outbox and the conflicts again. */
    public void refresh() {
        boolean supervisor = officer.role() == Role.SUPERVISOR;
        tasks.supply(() -> new Snapshot(desk.status(), desk.outbox(OutboxState.PENDING, SHOWN),
                        desk.outbox(OutboxState.REJECTED, SHOWN), desk.outbox(OutboxState.CONFLICT, SHOWN),
                        supervisor ? desk.openConflicts() : List.of()))
                .onSuccess(s -> {
                    status.set(s.status());
                    line.set(describe(s.status()));
                    pending.setAll(s.pending());
                    rejected.setAll(s.rejected());
                    conflicted.setAll(s.conflicted());
                    conflicts.setAll(s.conflicts());
                })
                .start();
    }

    /** Only the status line (cheap: a few counts), for the status bar's timer; false once the workstation closed. */
    public boolean refreshStatus() {
        try {
            tasks.supply(desk::status).onSuccess(s -> {
                status.set(s);
                line.set(describe(s));
            }).onError(e -> { }).start();
            return true;
        } catch (RejectedExecutionException | IllegalStateException e) {
            return false;
        }
    }

    public void syncNow() {
        if (!desk.configured()) {
            message.set(messages.get("sync.notConfigured"));
            return;
        }
        message.set(messages.get("sync.running"));
        tasks.supply(() -> desk.syncNow().get())
                .onSuccess(report -> {
                    message.set(report.ok() ? messages.get("sync.done", report.pushed(), report.pulled())
                            : report.error());
                    refresh();
                })
                .onError(e -> message.set(String.valueOf(e.getMessage())))
                .start();
    }

    public void signIn(char[] password) {
        tasks.supply(() -> {
                    desk.signIn(officer.username(), password);
                    return true;
                })
                .onSuccess(ok -> {
                    message.set(messages.get("sync.signedIn"));
                    refresh();
                })
                .onError(e -> message.set(String.valueOf(e.getMessage())))
                .start();
    }

    public void resolve(OpenConflict conflict, String chosenDecisionId, String reason) {
        tasks.run(() -> desk.resolve(conflict, chosenDecisionId, reason, officer))
                .onSuccess(v -> {
                    message.set(messages.get("conflicts.resolved", conflict.caseNo()));
                    refresh();
                })
                .onError(e -> message.set(String.valueOf(e.getMessage())))
                .start();
    }

    /** Reads the office's devices from the hub (supervisors and administrators; the hub checks it too). */
    public void loadDevices() {
        if (!desk.configured()) {
            devicesMessage.set(messages.get("sync.notConfigured"));
            return;
        }
        readDevices("");
    }

    /** Reads the list again; {@code said} is what the tab says once it has (the last decision, or nothing). */
    private void readDevices(String said) {
        tasks.supply(() -> desk.devices().list())
                .onSuccess(list -> {
                    devices.setAll(list);
                    devicesMessage.set(said);
                })
                .onError(e -> devicesMessage.set(messages.get("devices.failed", String.valueOf(e.getMessage()))))
                .start();
    }

    /** Approves or revokes {@code device} at the hub, then reads the list again. */
    public void decideDevice(OfficeDevices.Device device, boolean approve) {
        tasks.supply(() -> approve ? desk.devices().approve(device.id()) : desk.devices().revoke(device.id()))
                .onSuccess(d -> readDevices(messages.get(approve ? "devices.approved" : "devices.revoked", d.name(), d.shortId())))
                .onError(e -> devicesMessage.set(messages.get("devices.failed", String.valueOf(e.getMessage()))))
                .start();
    }

    /** Supervisors and administrators approve and revoke the office's workstations. */
    public boolean managesDevices() {
        return officer.role() == Role.SUPERVISOR || officer.role() == Role.ADMINISTRATOR;
    }

    public ObservableList<OfficeDevices.Device> devices() {
        return devices;
    }

    public StringProperty devicesMessageProperty() {
        return devicesMessage;
    }

    /** The status in words, for the status bar. */
    String describe(@Nullable SyncStatus s) {
        if (s == null) {
            return messages.get("status.sync.offline");
        }
        String last = s.lastSuccess() == null ? messages.get("sync.never") : TIME.format(s.lastSuccess().atZone(zone));
        String text = switch (s.connection()) {
            case NOT_CONFIGURED -> messages.get("status.sync.offline");
            case ONLINE -> messages.get("status.sync.online", s.pending(), last);
            case OFFLINE -> messages.get("status.sync.unreachable", s.pending(), last);
            case SIGN_IN_NEEDED -> messages.get("status.sync.signIn", s.pending());
            case ERROR -> messages.get("status.sync.error", s.pending(), String.valueOf(s.lastError()));
        };
        if (s.syncing()) {
            text = messages.get("status.sync.syncing") + " · " + text;
        }
        if (s.rejected() + s.openConflicts() > 0) {
            text += " · " + messages.get("status.sync.attention", s.rejected(), s.openConflicts());
        }
        return text;
    }

    public boolean supervisor() {
        return officer.role() == Role.SUPERVISOR;
    }

    public ObjectProperty<@Nullable SyncStatus> statusProperty() {
        return status;
    }

    public StringProperty lineProperty() {
        return line;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<OutboxRow> pending() {
        return pending;
    }

    public ObservableList<OutboxRow> rejected() {
        return rejected;
    }

    public ObservableList<OutboxRow> conflicted() {
        return conflicted;
    }

    public ObservableList<OpenConflict> conflicts() {
        return conflicts;
    }
}
