package org.redress.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.feather.Feather;
import org.redress.domain.appeal.CaseStatus;
import org.redress.ui.AppContext;
import org.redress.ui.casefile.AttachViewModel;
import org.redress.ui.casefile.CaseView;
import org.redress.ui.casefile.CaseViewModel;
import org.redress.ui.common.Icons;
import org.redress.ui.decision.DecisionView;
import org.redress.ui.letters.LettersView;
import org.redress.ui.letters.LettersViewModel;
import org.redress.ui.decision.DecisionViewModel;
import org.redress.ui.common.Messages;
import org.redress.ui.notifications.NotificationsView;
import org.redress.ui.notifications.NotificationsViewModel;
import org.redress.ui.queue.QueueView;
import org.redress.ui.queue.QueueViewModel;
import org.redress.ui.queue.StatusChoice;
import org.redress.ui.settings.SettingsView;
import org.redress.ui.settings.SettingsViewModel;
import org.redress.ui.sync.SyncDesks;
import org.redress.ui.sync.SyncStatusBar;
import org.redress.ui.sync.SyncView;
import org.redress.ui.sync.SyncViewModel;

import java.util.EnumMap;
import java.util.Map;

/**
 * The workstation after sign-in: the sidebar (Queue, Approvals, Letters, Sync, Settings), the
 * screen shown, a notice bar for errors, and the status bar (officer, role, language, sync). Builds
 * each screen the first time it is shown and keeps it, so a queue keeps its place.
 */
public final class ShellView {

    private final AppContext context;
    private final ShellViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> navigation = new EnumMap<>(Screen.class);
    private final QueueViewModel queueModel;
    private final SettingsViewModel settingsModel;
    private final SyncViewModel syncModel;
    private final NotificationsViewModel notificationsModel;
    private @Nullable QueueView queueView;
    private @Nullable QueueViewModel approvalsModel;
    private @Nullable CaseViewModel caseModel;
    private @Nullable CaseView caseView;
    private @Nullable LettersViewModel lettersModel;
    private java.util.function.LongConsumer onCasePainted = millis -> { };
    private @Nullable DecisionViewModel decisionModel;
    private @Nullable DecisionView decisionView;
    private Runnable onSignOut = () -> { };
    private org.redress.ui.queue.@Nullable ApprovalColumns approvalColumns;
    private Runnable onLockNow = () -> { };

    public ShellView(AppContext context, ShellViewModel model) {
        this.context = context;
        this.model = model;
        this.messages = context.messages();
        this.queueModel = new QueueViewModel(context.queue(), context.tasks(), model.officer(), StatusChoice.OPEN,
                model::openCase).openingOnOwnCasesForOfficers();
        this.settingsModel = new SettingsViewModel(messages, context.appearance(), context.settings(), context.tasks(),
                model.officer());
        this.syncModel = new SyncViewModel(SyncDesks.of(context.database(), context.clock()), context.tasks(), messages,
                model.officer(), context.clock().getZone());
        this.notificationsModel = new NotificationsViewModel(context.deadlines(), context.reminders(), context.tasks(),
                messages, model.officer(), model::openCase);
        notificationsModel.refresh();
        root.getStyleClass().add("shell");
        root.setLeft(sidebar());
        VBox centre = new VBox(noticeBar(), content);
        VBox.setVgrow(content, Priority.ALWAYS);
        root.setCenter(centre);
        root.setBottom(statusBar());
        model.screenProperty().addListener((obs, old, now) -> show(now));
        // Another case opened while a case is shown (say, another open case of the subject): read it.
        model.openCaseProperty().addListener((obs, old, now) -> {
            if (model.screenProperty().get() == Screen.CASE && caseModel != null) {
                caseModel.load(now.longValue());
            }
        });
        show(model.screenProperty().get());
    }

    public QueueViewModel queueModel() {
        return queueModel;
    }

    public @Nullable CaseViewModel caseModel() {
        return caseModel;
    }

    /** Told the milliseconds from opening a case to its first paint, once per opening. */
    public void setOnCasePainted(java.util.function.LongConsumer listener) {
        this.onCasePainted = listener;
    }

    public @Nullable LettersViewModel lettersModel() {
        return lettersModel;
    }

    public @Nullable CaseView caseView() {
        return caseView;
    }

    public @Nullable DecisionViewModel decisionModel() {
        return decisionModel;
    }

    private Node sidebar() {
        Label brand = new Label();
        brand.textProperty().bind(messages.text("app.name"));
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        Label office = new Label(context.settingsAtStart().getOrDefault(messages.isChinese() ? "office.name.zh"
                : "office.name.en", ""));
        office.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        office.setWrapText(true);
        messages.localeProperty().addListener((obs, old, now) -> office.setText(context.settingsAtStart()
                .getOrDefault(messages.isChinese() ? "office.name.zh" : "office.name.en", "")));
        VBox box = new VBox(4, brand, office);
        box.getStyleClass().add("sidebar");
        box.setPadding(new Insets(16, 10, 16, 10));
        VBox.setMargin(office, new Insets(0, 0, 14, 0));
        ToggleGroup group = new ToggleGroup();
        Feather[] icons = {Feather.INBOX, Feather.CHECK_SQUARE, Feather.FILE_TEXT, Feather.REFRESH_CW, Feather.SETTINGS,
                Feather.BAR_CHART_2};
        for (int i = 0; i < Screen.SIDEBAR.length; i++) {
            Screen screen = Screen.SIDEBAR[i];
            ToggleButton button = new ToggleButton();
            button.setId("nav-" + screen.name().toLowerCase(java.util.Locale.ROOT));
            button.textProperty().bind(messages.text("nav." + screen.name()));
            button.setGraphic(Icons.icon(icons[i]));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.setOnAction(e -> {
                go(screen);
                button.setSelected(model.screenProperty().get() == screen);
            });
            String shortcut = "Ctrl+" + (i + 1);
            button.accessibleHelpProperty().set(shortcut);
            navigation.put(screen, button);
            if (model.mayShow(screen)) {
                box.getChildren().add(button);
            }
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        box.getChildren().add(spacer);
        // The sidebar grows with the interface scale, so its words are not cut at 200 %.
        var scale = context.appearance().scaleProperty();
        box.prefWidthProperty().bind(scale.multiply(210));
        box.minWidthProperty().bind(scale.multiply(190));
        brand.setWrapText(true);
        return box;
    }

    private Node noticeBar() {
        Label text = new Label();
        text.setId("notice");
        text.textProperty().bind(model.noticeProperty());
        text.setWrapText(true);
        Button dismiss = Icons.iconButton(Feather.X, messages.text("notice.dismiss"));
        dismiss.setOnAction(e -> model.dismissNotice());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, Icons.icon(Feather.ALERT_TRIANGLE), text, spacer, dismiss);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("notice-bar");
        bar.setPadding(new Insets(6, 16, 6, 16));
        bar.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Node statusBar() {
        javafx.scene.control.MenuButton officer = new javafx.scene.control.MenuButton();
        officer.setId("status-officer");
        officer.setGraphic(Icons.icon(Feather.USER));
        officer.getStyleClass().addAll(Styles.FLAT, "status-officer");
        officer.textProperty().bind(Bindings.createStringBinding(() -> model.officer().displayName() + " · "
                + messages.of("role", model.officer().role()), messages.localeProperty()));
        officer.accessibleHelpProperty().bind(messages.text("account.menu"));
        javafx.scene.control.MenuItem switchUser = new javafx.scene.control.MenuItem();
        switchUser.setId("account-switch");
        switchUser.textProperty().bind(messages.text("account.switch"));
        switchUser.setGraphic(Icons.icon(Feather.USERS));
        switchUser.setOnAction(e -> signOut());
        javafx.scene.control.MenuItem lockNow = new javafx.scene.control.MenuItem();
        lockNow.setId("account-lock");
        lockNow.textProperty().bind(messages.text("account.lock"));
        lockNow.setGraphic(Icons.icon(Feather.LOCK));
        lockNow.setOnAction(e -> onLockNow.run());
        javafx.scene.control.MenuItem signOut = new javafx.scene.control.MenuItem();
        signOut.setId("account-sign-out");
        signOut.textProperty().bind(messages.text("account.signOut"));
        signOut.setGraphic(Icons.icon(Feather.LOG_OUT));
        signOut.setOnAction(e -> signOut());
        officer.getItems().setAll(switchUser, lockNow, new javafx.scene.control.SeparatorMenuItem(), signOut);
        Label language = new Label();
        language.setId("status-language");
        language.setGraphic(Icons.icon(Feather.GLOBE));
        language.textProperty().bind(messages.text("language.self"));
        Label sync = new SyncStatusBar(syncModel).node();
        Node reminders = NotificationsView.statusButton(notificationsModel, messages, () -> model.show(Screen.NOTIFICATIONS));
        Label shortcuts = new Label();
        shortcuts.textProperty().bind(messages.text("status.shortcuts"));
        shortcuts.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(18, officer, language, sync, reminders, spacer, shortcuts);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(5, 16, 5, 16));
        return bar;
    }

    private void show(Screen screen) {
        Node node = built.computeIfAbsent(screen, this::build);
        content.getChildren().setAll(node);
        ToggleButton nav = navigation.get(screen);
        navigation.values().forEach(b -> b.setSelected(b == nav));
        if (screen == Screen.NOTIFICATIONS) {
            notificationsModel.refresh();
        }
        if (screen == Screen.CASE && caseModel != null) {
            caseModel.load(model.openCaseProperty().get());
        }
        if (screen == Screen.DECISION && decisionModel != null && decisionView != null && caseModel != null
                && caseModel.fileProperty().get() != null) {
            decisionModel.start(caseModel.fileProperty().get());
            decisionView.draw();
        }
    }

    private Node build(Screen screen) {
        return switch (screen) {
            case QUEUE -> {
                queueView = new QueueView(queueModel, messages, "queue.title");
                queueView.followScale(context.appearance().scaleProperty());
                queueModel.start();
                yield queueView.root();
            }
            case APPROVALS -> {
                approvalsModel = new QueueViewModel(context.queue(), context.tasks(),
                        model.officer(), StatusChoice.of(CaseStatus.AWAITING_APPROVAL),
                        model::openCase);
                QueueView view = new QueueView(approvalsModel, messages, "approvals.title");
                approvalColumns = org.redress.ui.queue.ApprovalColumns.install(view, context.decisions(),
                        model.officer(), context.tasks(), messages);
                view.followScale(context.appearance().scaleProperty());
                approvalsModel.start();
                yield view.root();
            }
            case LETTERS -> {
                LettersViewModel letters = new LettersViewModel(context.letters(), context.tasks(), messages,
                        model.officer(), this::caseChanged);
                lettersModel = letters;
                letters.reload();
                yield new LettersView(letters, messages, context.clock().getZone()).root();
            }
            case REPORTS -> {
                org.redress.ui.reports.ReportsViewModel reports = new org.redress.ui.reports.ReportsViewModel(
                        context.reports(), context.tasks(), model.officer(), drill -> {
                            queueModel.showCases(drill);
                            model.show(Screen.QUEUE);
                        });
                org.redress.ui.reports.ReportsView view = new org.redress.ui.reports.ReportsView(reports, messages);
                reports.start();
                yield view.root();
            }
            case SYNC -> new SyncView(syncModel, messages, context.clock().getZone()).root();
            case NOTIFICATIONS -> new NotificationsView(notificationsModel, messages).root();
            case SETTINGS -> org.redress.ui.templates.TemplateEditorView.withSettings(signingKey(new SettingsView(settingsModel,
                    messages, context.workspace().root().toString())).root(), context, model.officer(), messages);
            case CASE -> {
                CaseViewModel opened = new CaseViewModel(context, model.officer(), this::caseChanged);
                caseModel = opened;
                AttachViewModel attach = new AttachViewModel(context.attachments(), context.tasks(), messages,
                        model.officer(), context.clock().getZone(), opened::caseId, opened::reload);
                caseView = new CaseView(opened, attach, messages, context.clock().getZone(), this::back,
                        model::openDecision);
                caseView.setOnFirstPaint(millis -> onCasePainted.accept(millis));
                yield caseView.root();
            }
            case DECISION -> {
                decisionModel = new DecisionViewModel(context.decisions(), context.tasks(), messages, model.officer(),
                        caseId -> {
                            caseChanged();
                            model.back();
                        });
                decisionModel.keepUnsavedWorkIn(context.unsavedDecisions());
                decisionView = new DecisionView(decisionModel, messages, this::back, context.clock().getZone());
                yield decisionView.root();
            }
        };
    }

    /** Esc: answers "cancel" to a question on screen, else goes back (asking first when work would be left). */
    private void escape() {
        if (model.screenProperty().get() == Screen.DECISION && decisionView != null
                && decisionView.askingBeforeLeaving()) {
            decisionView.closeLeavePrompt();
            return;
        }
        if (model.screenProperty().get() == Screen.CASE && caseView != null && caseView.cancelConfirmation()) {
            return;
        }
        back();
    }

    /** Back, unless a decision with unsaved work would be left: then the officer is asked first. */
    private void back() {
        leaveThen("back", model::back);
    }

    /** Another screen of the sidebar, asking first when a decision with unsaved work would be left. */
    private void go(Screen screen) {
        if (screen == model.screenProperty().get()) {
            return;
        }
        leaveThen("back", () -> model.show(screen));
    }

    /** Whether the decision screen holds work not saved as a draft. */
    public boolean hasUnsavedWork() {
        return model.screenProperty().get() == Screen.DECISION && decisionModel != null
                && decisionModel.dirtyProperty().get();
    }

    /**
     * Runs {@code leave} now, or once the officer has answered the question about unsaved decision
     * work ({@code way}: back, close, signOut — how the buttons name the way out).
     */
    public void leaveThen(String way, Runnable leave) {
        if (hasUnsavedWork() && decisionView != null) {
            decisionView.askBeforeLeaving(way, leave);
        } else {
            leave.run();
        }
    }

    /** Signing out (or switching user) from the account menu: asks first about unsaved decision work. */
    private void signOut() {
        leaveThen("signOut", onSignOut);
    }

    /** What signing out does (the window shows the sign-in again). */
    public void setOnSignOut(Runnable action) {
        this.onSignOut = action;
    }

    /** What "lock now" does (the window's idle lock). */
    public void setOnLockNow(Runnable action) {
        this.onLockNow = action;
    }

    /** A case changed: the queues' counts and rows may have too. */
    private void caseChanged() {
        if (!model.readsCases()) {
            return;
        }
        queueModel.reload();
        notificationsModel.refresh();
        if (approvalColumns != null) {
            approvalColumns.forget();
        }
        if (approvalsModel != null) {
            approvalsModel.reload();
        }
    }

    /** Keyboard shortcuts of the whole window. */
    public void installShortcuts(Scene scene) {
        for (int i = 0; i < Screen.SIDEBAR.length; i++) {
            Screen screen = Screen.SIDEBAR[i];
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)),
                    KeyCombination.SHORTCUT_DOWN), () -> go(screen));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            model.show(Screen.QUEUE);
            if (queueView != null) {
                queueView.focusSearch();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::refresh);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), () -> {
            if (model.screenProperty().get() == Screen.CASE && caseModel != null && caseModel.canDecide()) {
                model.openDecision();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (model.screenProperty().get() == Screen.DECISION && decisionView != null) {
                decisionView.saveIfReady();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                settingsModel::toggleLanguage);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), this::back);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), this::escape);
    }

    private void refresh() {
        switch (model.screenProperty().get()) {
            case QUEUE -> queueModel.reload();
            case APPROVALS -> {
                if (approvalsModel != null) {
                    approvalsModel.reload();
                }
            }
            case CASE -> {
                if (caseModel != null) {
                    caseModel.reload();
                }
            }
            case NOTIFICATIONS -> notificationsModel.refresh();
            case LETTERS -> {
                if (lettersModel != null) {
                    lettersModel.reload();
                }
            }
            default -> { }
        }
    }

    public void focusQueue() {
        if (queueView != null) {
            queueView.focusTable();
        }
    }

    /** Shows an error to the officer in the notice bar. */
    public void notice(String text) {
        model.notice(text);
    }

    public NotificationsViewModel notificationsModel() {
        return notificationsModel;
    }

    public ShellViewModel model() {
        return model;
    }

    public SettingsViewModel settingsModel() {
        return settingsModel;
    }

    public Parent root() {
        return root;
    }

    /** Settings with the signing-key section for an officer whose role issues letters (issue 16, item 3). */
    private SettingsView signingKey(SettingsView settings) {
        if (!model.officer().role().may(org.redress.domain.access.Permission.ISSUE_LETTER)) {
            return settings;
        }
        var keys = new org.redress.ui.settings.SigningKeyViewModel(new org.redress.casework.SigningKeys(
                context.database(), java.time.Clock.systemUTC()), context.tasks(), messages, model.officer(),
                context.clock().getZone());
        return settings.with(new org.redress.ui.settings.SigningKeyView(keys, messages).root());
    }
}
