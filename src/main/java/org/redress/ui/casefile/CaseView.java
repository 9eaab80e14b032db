package org.redress.ui.casefile;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.redress.casework.ApprovalNeed;
import org.redress.casework.CaseFile;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Rejection;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;
import org.redress.ui.decision.ApprovalText;
import org.redress.ui.queue.QueueView;

import javafx.scene.Scene;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.Locale;

/**
 * The case workspace: header with number, status, deadline and assignee; the actions the officer may
 * take; a recusal banner when they must stand aside; then subject, score chart, disputed deductions
 * and the appeal on the left, evidence, notes and history on the right. Redrawn from the file each
 * time it is read again or the language changes.
 */
public final class CaseView {

    private static final Logger LOG = LoggerFactory.getLogger(CaseView.class);

    private final CaseViewModel model;
    private final Messages messages;
    private final ZoneId zone;
    private final Runnable back;
    private final Runnable decide;
    private final BorderPane root = new BorderPane();
    private final EvidencePane evidence;
    private final AttachViewModel attach;
    private final TabPane tabs = new TabPane();
    private final TextField detail = new TextField();
    private LongConsumer onFirstPaint = millis -> { };
    /** A final action clicked and waiting for the officer to confirm it, with its reason; null when none. */
    private @org.jspecify.annotations.Nullable CaseAction confirming;
    private String confirmingDetail = "";
    private long confirmingCase = -1;
    /** Where the chart goes: it is drawn after the rest of the case, when its points are worked out. */
    private final javafx.scene.layout.StackPane chartSlot = new javafx.scene.layout.StackPane();
    /** Reported scores the ledger does not give (issue 18); takes no room when there are none. */
    private final VBox marksSlot = new VBox();
    /** A supervisor's reopening of a decided case, with its own reason, explanation and confirmation. */
    private final ReopenBar reopen;

    public CaseView(CaseViewModel model, AttachViewModel attach, Messages messages, ZoneId zone, Runnable back,
                    Runnable decide) {
        this.model = model;
        this.messages = messages;
        this.zone = zone;
        this.back = back;
        this.decide = decide;
        this.attach = attach;
        this.evidence = new EvidencePane(model, attach, messages, zone);
        this.reopen = new ReopenBar(model, messages, this::draw);
        root.getStyleClass().add("case-screen");
        root.setPadding(new Insets(12, 20, 12, 20));
        detail.setId("action-detail");
        model.fileProperty().addListener((obs, old, now) -> {
            draw();
            timeFirstPaint();
        });
        model.revealedProperty().addListener((obs, old, now) -> draw());
        model.openingProperty().addListener((obs, old, now) -> {
            // What was typed or said on the case before belongs to it, not to the one opened now.
            attach.reset();
            detail.clear();
            confirming = null;
        });
        model.timelineProperty().addListener((obs, old, now) -> {
            CaseFile shown = model.fileProperty().get();
            if (shown != null) {
                chartSlot.getChildren().setAll(ScoreChart.build(shown, now, messages));
            }
        });
        model.scoreMarksProperty().addListener((obs, old, now) -> showMarks(now));
        model.assignablesProperty().addListener((obs, old, now) -> draw());
        model.loadingProperty().addListener((obs, old, now) -> {
            if (!now) {
                timeFirstPaint();
            }
        });
        model.messageProperty().addListener((obs, old, now) -> draw());
        messages.localeProperty().addListener((obs, old, now) -> draw());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("case-tabs");
        draw();
    }

    private void draw() {
        CaseFile file = model.fileProperty().get();
        if (file == null) {
            Label loading = Cards.muted(messages.get("case.loading"));
            root.setTop(null);
            root.setCenter(loading);
            return;
        }
        VBox top = new VBox(8, header(file), actions(file));
        if (file.approval() != ApprovalNeed.NO_DRAFT && (file.appeal().status() == CaseStatus.DECISION_DRAFTED
                || file.appeal().status() == CaseStatus.AWAITING_APPROVAL)) {
            top.getChildren().add(approvalLine(file.approval()));
        }
        if (file.recusal().mustStandAside()) {
            top.getChildren().add(recusalBanner(file));
        }
        if (confirming != null && confirmingCase == file.appeal().id()) {
            top.getChildren().add(confirmBar(file, confirming));
        } else {
            confirming = null;
        }
        if (!model.messageProperty().get().isEmpty()) {
            top.getChildren().add(messageBar());
        }
        top.setPadding(new Insets(0, 0, 10, 0));
        root.setTop(top);
        root.setCenter(body(file));
    }

    /**
     * Reports the opening's first paint: the first pulse whose layout includes the case (the scene
     * is rendered right after it), measured from the moment the case was opened.
     */
    private void timeFirstPaint() {
        Scene scene = root.getScene();
        CaseFile file = model.fileProperty().get();
        if (scene == null || file == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long millis = model.firstPaintMillis();
            if (millis >= 0) {
                LOG.info("case first paint after {} ms ({} ledger events, {} evidence files)", millis,
                        file.ledger().size(), file.attachments().size());
                onFirstPaint.accept(millis);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Told the milliseconds from opening a case to its first paint, once per opening. */
    public void setOnFirstPaint(LongConsumer listener) {
        this.onFirstPaint = listener;
    }

    private Node header(CaseFile file) {
        Button backButton = Icons.iconButton(Feather.ARROW_LEFT, messages.text("case.back"));
        backButton.setId("case-back");
        backButton.setOnAction(e -> back.run());
        Label number = new Label(file.appeal().caseNo());
        number.setId("case-number");
        number.getStyleClass().add(Styles.TITLE_3);
        Label status = Cards.badge(messages.of("status", file.appeal().status()),
                "status-" + file.appeal().status().name().toLowerCase(Locale.ROOT));
        status.setId("case-status");
        HBox line = new HBox(10, backButton, number, status);
        if (file.appeal().priority() == org.redress.domain.appeal.Priority.URGENT) {
            line.getChildren().add(Cards.badge(messages.of("priority", file.appeal().priority()), "urgent"));
        }
        Label deadline = new Label(deadlineText(file));
        deadline.setId("case-deadline");
        deadline.setGraphic(Icons.icon(Feather.CLOCK));
        Integer left = file.workingDaysLeft();
        if (file.appeal().status().isOpen() && left != null) {
            deadline.getStyleClass().add(left < 0 ? "overdue" : left <= 3 ? "due-soon" : "on-time");
        }
        Label caveat = new Label(messages.get("case.deadline.caveat"));
        caveat.setId("case-deadline-caveat");
        caveat.setGraphic(Icons.icon(Feather.ALERT_TRIANGLE));
        caveat.getStyleClass().add("due-soon");
        caveat.setTooltip(new javafx.scene.control.Tooltip(messages.get("reminder.caveat")));
        caveat.setAccessibleHelp(messages.get("reminder.caveat"));
        caveat.setVisible(model.deadlineCaveat(file));
        caveat.setManaged(caveat.isVisible());
        Label assignee = new Label(file.assigneeName() == null ? messages.get("case.unassigned")
                : messages.get("case.assignee", file.assigneeName()));
        assignee.setId("case-assignee");
        assignee.setGraphic(Icons.icon(Feather.USER));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = Icons.iconButton(Feather.REFRESH_CW, messages.text("case.refresh"));
        refresh.setOnAction(e -> model.reload());
        line.getChildren().addAll(new Region(), deadline, caveat, assignee, spacer, refresh);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setSpacing(14);
        return line;
    }

    private String deadlineText(CaseFile file) {
        if (file.appeal().pausedSince() != null) {
            return messages.get("case.deadline.paused", messages.date(file.appeal().pausedSince()));
        }
        if (file.appeal().deadlineOn() == null) {
            return messages.get("case.deadline.none");
        }
        String date = messages.get("case.deadline", messages.date(file.appeal().deadlineOn()));
        Integer left = file.workingDaysLeft();
        return file.appeal().status().isOpen() && left != null ? date + " · " + QueueView.daysLeft(messages, left) : date;
    }

    private Node actions(CaseFile file) {
        FlowPane bar = new FlowPane(8, 6);
        bar.setId("case-actions");
        bar.setAlignment(Pos.CENTER_LEFT);
        detail.promptTextProperty().bind(messages.text("action.detail.prompt"));
        detail.accessibleTextProperty().bind(messages.text("action.detail.label"));
        detail.setPrefColumnCount(26);
        Tooltip hint = new Tooltip();
        hint.textProperty().bind(messages.text("action.detail.label"));
        detail.setTooltip(hint);
        var offered = model.offeredActions();
        if (offered.stream().anyMatch(CaseViewModel::needsDetail)) {
            bar.getChildren().add(detail);
        }
        for (CaseAction action : offered) {
            Button button = new Button(messages.get("action." + action.name()));
            // DECIDE (without approval) must not share its id with "Decide…", which opens the draft.
            button.setId(action == CaseAction.DECIDE ? "action-decide-alone"
                    : "action-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setGraphic(Icons.icon(icon(action)));
            if (CaseViewModel.needsDetail(action)) {
                button.disableProperty().bind(detail.textProperty().isEmpty().or(model.busyProperty()));
            } else {
                button.disableProperty().bind(model.busyProperty());
            }
            if (action == CaseAction.MARK_NOT_ADMISSIBLE || action == CaseAction.WITHDRAW) {
                button.getStyleClass().add(Styles.DANGER);
            }
            button.setOnAction(e -> {
                if (needsConfirmation(action)) {
                    confirming = action;
                    confirmingDetail = detail.getText();
                    confirmingCase = file.appeal().id();
                    draw();
                    root.lookupAll("#confirm-yes").stream().findFirst().ifPresent(Node::requestFocus);
                    return;
                }
                model.take(action, detail.getText());
                detail.clear();
            });
            bar.getChildren().add(button);
        }
        if (!model.assignablesProperty().get().isEmpty()) {
            bar.getChildren().add(AssignPicker.build(model, messages, model.assignablesProperty().get()));
        }
        if (file.approveRefusal() != null && !offered.contains(CaseAction.APPROVE)
                && model.officer().role() == org.redress.domain.access.Role.SUPERVISOR) {
            // A supervisor sees why they may not approve this draft (four eyes) rather than a missing button.
            Button approve = new Button(messages.get("action.APPROVE"));
            approve.setId("action-approve");
            approve.setGraphic(Icons.icon(Feather.CHECK));
            approve.setDisable(true);
            Label why = Cards.muted(messages.of(file.approveRefusal()));
            why.setId("approve-refused");
            bar.getChildren().addAll(approve, why);
        }
        Button decide = new Button(messages.get("action.decide"));
        decide.setId("action-decide");
        decide.setGraphic(Icons.icon(Feather.EDIT_3));
        decide.getStyleClass().add(Styles.ACCENT);
        decide.setDisable(!model.canDecide());
        decide.setOnAction(e -> this.decide.run());
        if (!model.canDecide()) {
            Tooltip.install(decide, new Tooltip(messages.get("action.decide.notNow")));
        }
        bar.getChildren().add(decide);
        if (model.canReopen()) {
            bar.getChildren().add(reopen.node(file));
        }
        if (offered.isEmpty()) {
            bar.getChildren().add(0, Cards.muted(messages.get("action.none")));
        }
        return bar;
    }

    /** Esc: a question on screen is answered "cancel"; true when there was one. */
    public boolean cancelConfirmation() {
        if (confirming == null) {
            return reopen.cancel();
        }
        confirming = null;
        draw();
        return true;
    }

    /** Final steps, and steps that end a case, are taken only once the officer confirms them. */
    static boolean needsConfirmation(CaseAction action) {
        return switch (action) {
            case APPROVE, DECIDE, RETURN_DRAFT, MARK_NOT_ADMISSIBLE, WITHDRAW -> true;
            default -> false;
        };
    }

    /** "Approve the decision on …? It becomes final." with the action's own button and Cancel. */
    private Node confirmBar(CaseFile file, CaseAction action) {
        Label question = Cards.text(messages.get("confirm." + action.name(), file.appeal().caseNo()), Styles.TEXT_BOLD);
        question.setId("confirm-question");
        question.setGraphic(Icons.icon(Feather.HELP_CIRCLE));
        Button yes = new Button(messages.get("confirm.yes." + action.name()));
        yes.setId("confirm-yes");
        yes.getStyleClass().add(action == CaseAction.APPROVE || action == CaseAction.DECIDE ? Styles.SUCCESS
                : action == CaseAction.RETURN_DRAFT ? Styles.ACCENT : Styles.DANGER);
        yes.disableProperty().bind(model.busyProperty());
        yes.setOnAction(e -> {
            CaseAction chosen = action;
            String why = confirmingDetail;
            confirming = null;
            detail.clear();
            model.take(chosen, why);
        });
        Button no = new Button(messages.get("confirm.cancel"));
        no.setId("confirm-no");
        no.setOnAction(e -> {
            confirming = null;
            draw();
        });
        FlowPane bar = new FlowPane(10, 6, question, yes, no);
        bar.setId("confirm-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("confirm-bar");
        return bar;
    }

    private static Feather icon(CaseAction action) {
        return switch (action) {
            case ASSIGN, REASSIGN -> Feather.USER_CHECK;
            case START_REVIEW -> Feather.PLAY;
            case REQUEST_INFORMATION -> Feather.PAUSE_CIRCLE;
            case INFORMATION_RECEIVED -> Feather.PLAY_CIRCLE;
            case MARK_NOT_ADMISSIBLE -> Feather.SLASH;
            case DECIDE -> Feather.CHECK_CIRCLE;
            case WITHDRAW -> Feather.CORNER_UP_LEFT;
            default -> Feather.CHEVRON_RIGHT;
        };
    }

    /** Whether the draft goes to a supervisor or may be decided alone, and why. */
    private Node approvalLine(ApprovalNeed need) {
        List<String> reasons = ApprovalText.reasons(need, messages);
        Label line = Cards.text(ApprovalText.headline(need, messages) + (reasons.isEmpty() ? "" : " " + String.join("; ", reasons)));
        line.setId("case-approval");
        line.setGraphic(Icons.icon(need.needed() ? Feather.USERS : Feather.USER_CHECK));
        return line;
    }

    private Node recusalBanner(CaseFile file) {
        VBox banner = new VBox(4);
        banner.setId("recusal-banner");
        banner.getStyleClass().add("recusal-banner");
        Label title = Cards.text(messages.get("case.recusal.title"), Styles.TEXT_BOLD);
        title.setGraphic(Icons.icon(Feather.ALERT_OCTAGON));
        banner.getChildren().add(title);
        for (Rejection reason : file.recusal().reasons()) {
            banner.getChildren().add(Cards.text("• " + messages.of(reason)));
        }
        return banner;
    }

    private Node messageBar() {
        Label text = Cards.text(model.messageProperty().get());
        text.setId("case-message");
        text.setGraphic(Icons.icon(model.refusedProperty().get() ? Feather.ALERT_TRIANGLE : Feather.CHECK_CIRCLE));
        HBox bar = new HBox(text);
        bar.getStyleClass().add(model.refusedProperty().get() ? "message-warning" : "message-success");
        return bar;
    }

    private void showMarks(List<org.redress.casework.ReportedScoreMark> marks) {
        marksSlot.getChildren().setAll(marks.isEmpty() ? List.of() : List.of(CaseCards.reportedScores(marks, messages)));
        marksSlot.setManaged(!marks.isEmpty());
        marksSlot.setVisible(!marks.isEmpty());
    }

    private Node body(CaseFile file) {
        chartSlot.getChildren().setAll(ScoreChart.build(file, model.timelineProperty().get(), messages));
        showMarks(model.scoreMarksProperty().get());
        VBox left = new VBox(12, CaseCards.subject(file, model, messages), chartSlot, marksSlot,
                CaseCards.deductions(file, messages), CaseCards.appeal(file, messages));
        var decision = model.decisionProperty().get();
        if (decision != null && decision.decisionId() > 0) {
            // The draft a supervisor is asked to approve, or the decision that stands, comes first.
            left.getChildren().addFirst(org.redress.ui.decision.DecisionCard.build(decision, file, messages, zone));
        }
        left.setPadding(new Insets(0, 8, 8, 0));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);

        evidence.update(file, model);
        int selected = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
        tabs.getTabs().setAll(
                tab("case.evidence", evidence.root(), file.attachments().size()),
                tab("case.notes", CaseTabs.notes(file, model, messages, zone), file.notes().size()),
                tab("case.history", CaseTabs.history(file, messages, zone), file.history().size()));
        tabs.getSelectionModel().select(selected);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setPercentWidth(57);
        ColumnConstraints narrow = new ColumnConstraints();
        narrow.setPercentWidth(43);
        grid.getColumnConstraints().setAll(wide, narrow);
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().setAll(row);
        grid.add(leftScroll, 0, 0);
        grid.add(tabs, 1, 0);
        return grid;
    }

    private Tab tab(String key, Node content, int count) {
        Tab tab = new Tab(messages.get(key) + " (" + count + ")", content);
        tab.setId("tab-" + key.substring(key.indexOf('.') + 1));
        return tab;
    }

    /** Where "Attach…" gets its files: the system's file dialog unless replaced (tests cannot drive it). */
    public void chooseFilesWith(Function<Window, List<Path>> chooser) {
        evidence.chooseFilesWith(chooser);
    }

    /** Attaching to this case; a drop on the evidence pane hands its files to {@link AttachViewModel#offer}. */
    public AttachViewModel attachModel() {
        return attach;
    }

    public Parent root() {
        return root;
    }
}
