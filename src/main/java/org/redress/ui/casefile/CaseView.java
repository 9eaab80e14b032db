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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.redress.casework.ApprovalNeed;
import org.redress.casework.CaseFile;
import org.redress.domain.appeal.CaseStatus;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;
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
    private final BorderPane root = new BorderPane();
    private final EvidencePane evidence;
    private final AttachViewModel attach;
    private final TabPane tabs = new TabPane();
    private LongConsumer onFirstPaint = millis -> { };
    /** Where the chart goes: it is drawn after the rest of the case, when its points are worked out. */
    private final javafx.scene.layout.StackPane chartSlot = new javafx.scene.layout.StackPane();
    /** Reported scores the ledger does not give (issue 18); takes no room when there are none. */
    private final VBox marksSlot = new VBox();
    /** The actions, each with its own reason prompt or confirmation (and a supervisor's reopening). */
    private final ActionBar actions;

    public CaseView(CaseViewModel model, AttachViewModel attach, Messages messages, ZoneId zone, Runnable back,
                    Runnable decide) {
        this.model = model;
        this.messages = messages;
        this.zone = zone;
        this.back = back;
        this.attach = attach;
        this.evidence = new EvidencePane(model, attach, messages, zone);
        this.actions = new ActionBar(model, messages, decide, new ReopenBar(model, messages, this::draw), this::draw);
        root.getStyleClass().add("case-screen");
        root.setPadding(new Insets(12, 20, 12, 20));
        model.fileProperty().addListener((obs, old, now) -> {
            draw();
            timeFirstPaint();
        });
        model.revealedProperty().addListener((obs, old, now) -> draw());
        model.openingProperty().addListener((obs, old, now) -> {
            // What was typed or said on the case before belongs to it, not to the one opened now.
            attach.reset();
            actions.reset();
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
        VBox top = new VBox(8, header(file), actions.actions(file));
        if (file.approval() != ApprovalNeed.NO_DRAFT && (file.appeal().status() == CaseStatus.DECISION_DRAFTED
                || file.appeal().status() == CaseStatus.AWAITING_APPROVAL)) {
            top.getChildren().add(CaseBanners.approvalLine(file.approval(), messages));
        }
        if (file.recusal().mustStandAside()) {
            top.getChildren().add(CaseBanners.recusalBanner(file, messages, zone));
        }
        Node question = actions.question(file);
        if (question != null) {
            top.getChildren().add(question);
        }
        if (!model.messageProperty().get().isEmpty()) {
            top.getChildren().add(CaseBanners.messageBar(model.messageProperty().get(), model.refusedProperty().get()));
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

    /** Esc: a question on screen is answered "cancel"; true when there was one. */
    public boolean cancelConfirmation() {
        return actions.cancel();
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
