package org.redress.ui.decision;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.redress.casework.CaseFile;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.appeal.Problem;
import org.redress.domain.ledger.Standing;
import org.redress.domain.ledger.StandingChange;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Sanction;
import org.redress.letters.DecisionText;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;

import java.util.List;
import java.util.Optional;

/**
 * The decision screen: outcome per disputed deduction, reasons and legal basis on the left; the
 * effect on the subject's standing today and what is still to fix on the right, live.
 */
public final class DecisionView {

    private final DecisionViewModel model;
    private final Messages messages;
    private final Runnable back;
    private final BorderPane root = new BorderPane();
    private final VBox side = new VBox(12);
    private final Button save;
    private final VBox top = new VBox(8);
    private @org.jspecify.annotations.Nullable Node leavePrompt;
    /** The applicant's grounds, statement and evidence, built once per draft (its scroll kept across updates). */
    private @org.jspecify.annotations.Nullable Node grounds;

    private final java.time.ZoneId zone;

    public DecisionView(DecisionViewModel model, Messages messages, Runnable back) {
        this(model, messages, back, java.time.ZoneId.systemDefault());
    }

    public DecisionView(DecisionViewModel model, Messages messages, Runnable back, java.time.ZoneId zone) {
        this.zone = zone;
        this.model = model;
        this.messages = messages;
        this.back = back;
        root.setPadding(new Insets(12, 20, 12, 20));
        root.getStyleClass().add("decision-screen");
        model.problemsProperty().addListener((obs, old, now) -> drawSide());
        model.effectProperty().addListener((obs, old, now) -> drawSide());
        model.approvalProperty().addListener((obs, old, now) -> drawSide());
        model.messageProperty().addListener((obs, old, now) -> drawSide());
        messages.localeProperty().addListener((obs, old, now) -> draw());
        save = Icons.button(Feather.SAVE, messages.text("decision.save"));
        save.setId("decision-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.save());
        model.busyProperty().addListener((obs, old, now) -> save.setDisable(!model.canSave()));
        model.recoveredProperty().addListener((obs, old, now) -> drawTop());
    }

    /** Draws the form for the draft the model has just started. */
    public void draw() {
        CaseFile file = model.file();
        if (file == null) {
            return;
        }
        Button backButton = Icons.iconButton(Feather.ARROW_LEFT, messages.text("decision.back"));
        backButton.setId("decision-back");
        backButton.setOnAction(e -> back.run());
        Label title = new Label(messages.get("decision.title", file.appeal().caseNo()));
        title.getStyleClass().add(Styles.TITLE_3);
        HBox header = new HBox(10, backButton, title);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setUserData("header");
        leavePrompt = null;
        top.getChildren().setAll(header);
        top.setPadding(new Insets(0, 0, 10, 0));
        root.setTop(top);
        drawTop();

        VBox form = new VBox(12);
        for (DecisionViewModel.Line line : model.lines()) {
            form.getChildren().add(lineCard(line));
        }
        Label languages = new Label();
        languages.setId("decision-languages");
        languages.setWrapText(true);
        languages.getStyleClass().add(Styles.TEXT_MUTED);
        Runnable showLanguages = () -> {
            var letters = model.letterLanguageProperty().get();
            languages.setText(letters == null ? "" : messages.get("decision.languages",
                    messages.get("decision.languages." + letters.name())));
        };
        model.letterLanguageProperty().addListener(o -> showLanguages.run());
        showLanguages.run();
        form.getChildren().add(languages);
        for (DecisionText.Language language : DecisionText.Language.values()) {
            TextArea reasons = new TextArea();
            reasons.setId("decision-reasons-" + language.code());
            reasons.setWrapText(true);
            reasons.setPrefRowCount(5);
            reasons.textProperty().bindBidirectional(model.reasonsProperty(language));
            reasons.promptTextProperty().bind(messages.text("decision.reasons.prompt"));
            TextField basis = new TextField();
            basis.setId("decision-basis-" + language.code());
            basis.textProperty().bindBidirectional(model.legalBasisProperty(language));
            form.getChildren().addAll(labelled("decision.reasons." + language.code(), reasons),
                    labelled("decision.basis." + language.code(), basis));
        }
        form.setPadding(new Insets(0, 8, 8, 0));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setPercentWidth(58);
        ColumnConstraints narrow = new ColumnConstraints();
        narrow.setPercentWidth(42);
        grid.getColumnConstraints().setAll(wide, narrow);
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().setAll(row);
        grid.add(scroll, 0, 0);
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        grid.add(sideScroll, 1, 0);
        root.setCenter(grid);
        grounds = GroundsCard.build(file, messages);
        drawSide();
        // Keyboard-first: the first outcome takes the focus; Tab walks on to the reasons, Ctrl+S saves.
        form.getChildren().stream().findFirst().flatMap(first -> first.lookupAll(".combo-box").stream().findFirst())
                .ifPresent(n -> javafx.application.Platform.runLater(n::requestFocus));
    }

    /** The header, the line saying unsaved work was offered back, and the question before leaving. */
    private void drawTop() {
        if (top.getChildren().isEmpty()) {
            return;
        }
        Node header = top.getChildren().getFirst();
        top.getChildren().setAll(header);
        java.time.Instant kept = model.recoveredProperty().get();
        if (kept != null) {
            Label line = new Label(messages.get("decision.recovered", messages.dateTime(kept, zone())));
            line.setId("decision-recovered");
            line.setWrapText(true);
            line.setGraphic(Icons.icon(Feather.ROTATE_CCW));
            Button discard = new Button(messages.get("decision.recovered.discard"));
            discard.setId("decision-recovered-discard");
            discard.getStyleClass().add(Styles.SMALL);
            discard.setOnAction(e -> {
                model.discard();
                CaseFile file = model.file();
                if (file != null) {
                    model.start(file);
                    draw();
                }
            });
            javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(10, 6, line, discard);
            bar.setAlignment(Pos.CENTER_LEFT);
            bar.getStyleClass().add("message-success");
            top.getChildren().add(bar);
        }
        if (leavePrompt != null) {
            top.getChildren().add(leavePrompt);
        }
    }

    private java.time.ZoneId zone() {
        return zone;
    }

    /**
     * Asks before leaving a decision with unsaved work: stay (the default, and Esc), leave with the
     * work kept on this workstation for later, or discard it and leave. {@code leaveKey} names the
     * way out ("back to the case", "close the window", "sign out").
     */
    public void askBeforeLeaving(String leaveKey, Runnable leave) {
        Label question = new Label(messages.get("decision.leave.question"));
        question.setId("leave-question");
        question.setWrapText(true);
        question.getStyleClass().add(Styles.TEXT_BOLD);
        question.setGraphic(Icons.icon(Feather.ALERT_TRIANGLE));
        Button stay = new Button(messages.get("decision.leave.stay"));
        stay.setId("leave-stay");
        stay.getStyleClass().add(Styles.ACCENT);
        stay.setOnAction(e -> closeLeavePrompt());
        Button keep = new Button(messages.get("decision.leave.keep." + leaveKey));
        keep.setId("leave-keep");
        keep.setOnAction(e -> {
            closeLeavePrompt();
            leave.run();
        });
        Button discard = new Button(messages.get("decision.leave.discard." + leaveKey));
        discard.setId("leave-discard");
        discard.getStyleClass().add(Styles.DANGER);
        discard.setOnAction(e -> {
            closeLeavePrompt();
            model.discard();
            leave.run();
        });
        javafx.scene.layout.FlowPane prompt = new javafx.scene.layout.FlowPane(10, 6, question, stay, keep, discard);
        prompt.setId("leave-prompt");
        prompt.setAlignment(Pos.CENTER_LEFT);
        prompt.getStyleClass().add("message-warning");
        leavePrompt = prompt;
        drawTop();
        stay.requestFocus();
    }

    /** Whether the question before leaving is on screen. */
    public boolean askingBeforeLeaving() {
        return leavePrompt != null;
    }

    /** The officer stays: the question goes. */
    public void closeLeavePrompt() {
        leavePrompt = null;
        drawTop();
    }

    /** Saves the draft when it may be saved (the Ctrl+S of the window). */
    public void saveIfReady() {
        if (model.canSave()) {
            model.save();
        }
    }

    private Node labelled(String key, Node control) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setLabelFor(control);
        return new VBox(4, label, control);
    }

    private Node lineCard(DecisionViewModel.Line line) {
        CaseFile.Deduction d = line.deduction();
        Rule rule = d.rule();
        Label heading = new Label(d.entry().ruleCode() + (rule == null ? "" : "  " + messages.of(rule.title())));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.setWrapText(true);
        Label facts = new Label(messages.get("decision.entry", d.entry().points(), messages.of(d.agencyName()),
                messages.date(d.entry().imposedOn())));
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        facts.setWrapText(true);

        ComboBox<OutcomeKind> outcome = new ComboBox<>();
        outcome.setId("outcome-" + d.entry().id());
        outcome.getItems().setAll(DecisionViewModel.CHOICES);
        outcome.setCellFactory(v -> outcomeCell());
        outcome.setButtonCell(outcomeCell());
        outcome.valueProperty().bindBidirectional(line.kindProperty());
        outcome.setAccessibleText(messages.get("decision.outcome"));

        Spinner<Integer> points = new Spinner<>(rule == null ? -1000 : rule.points().min(),
                rule == null ? 1000 : rule.points().max(), d.entry().points());
        points.setId("points-" + d.entry().id());
        points.setEditable(true);
        points.setPrefWidth(110);
        points.setAccessibleText(messages.get("decision.newPoints"));
        points.valueProperty().addListener((obs, old, now) -> line.newPointsProperty().set(now));
        Label pointsLabel = new Label(messages.get("decision.newPoints"));
        pointsLabel.setLabelFor(points);
        HBox amend = new HBox(8, pointsLabel, points);
        amend.setAlignment(Pos.CENTER_LEFT);
        Runnable showAmend = () -> {
            amend.setVisible(line.amendsPoints());
            amend.setManaged(line.amendsPoints());
        };
        line.kindProperty().addListener(o -> showAmend.run());
        showAmend.run();
        HBox controls = new HBox(12, outcome, amend);
        controls.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(6, heading, facts, controls);
        card.getStyleClass().add("case-card");
        return card;
    }

    private ListCell<OutcomeKind> outcomeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(OutcomeKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.of("outcome", item));
            }
        };
    }

    private void drawSide() {
        side.getChildren().setAll(effectCard(model.effectProperty().get()),
                ApprovalText.card(model.approvalProperty().get(), messages), problemsCard(model.problemsProperty().get()));
        save.setDisable(!model.canSave());
        Label hint = new Label(messages.get("decision.save.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        side.getChildren().addAll(save, hint);
        if (!model.messageProperty().get().isEmpty()) {
            Label message = new Label(model.messageProperty().get());
            message.setId("decision-message");
            message.setWrapText(true);
            message.getStyleClass().add("message-warning");
            side.getChildren().add(message);
        }
        if (grounds != null) {
            // What the applicant argued stays beside the reasons being written (issue 17); after Save, which
            // must stay in view on a small window.
            side.getChildren().add(grounds);
        }
    }

    private Node effectCard(Optional<StandingChange> change) {
        VBox card = new VBox(6);
        card.getStyleClass().add("case-card");
        card.setId("decision-effect");
        Label title = new Label(messages.get("decision.effect"));
        title.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        card.getChildren().add(title);
        if (change.isEmpty()) {
            card.getChildren().add(new Label(messages.get("decision.effect.none")));
            return card;
        }
        StandingChange c = change.get();
        Label line = new Label(standing(c.before()) + "  →  " + standing(c.after()));
        line.setId("decision-effect-standing");
        line.getStyleClass().add(Styles.TEXT_BOLD);
        line.setWrapText(true);
        card.getChildren().add(line);
        if (c.scoreDelta() != null && c.scoreDelta() != 0) {
            card.getChildren().add(new Label(messages.get("decision.effect.delta", c.scoreDelta())));
        }
        if (!c.changesAnything()) {
            card.getChildren().add(muted(messages.get("decision.effect.unchanged")));
        }
        for (Sanction s : c.sanctionsLifted()) {
            card.getChildren().add(new Label(messages.get("decision.effect.lifted", messages.of(s.title()))));
        }
        for (Sanction s : c.sanctionsAdded()) {
            card.getChildren().add(new Label(messages.get("decision.effect.added", messages.of(s.title()))));
        }
        if (!c.listingsRemoved().isEmpty()) {
            card.getChildren().add(new Label(messages.get("decision.effect.delisted", c.listingsRemoved().size())));
        }
        return card;
    }

    private String standing(Standing s) {
        return switch (s.kind()) {
            case POINTS, RANGE -> messages.get("decision.effect.score", s.score(), grade(s));
            case RATING -> messages.get("decision.effect.rating", grade(s));
            case LIST -> messages.get("decision.effect.listings", s.listings().size());
        };
    }

    private String grade(Standing s) {
        CaseFile file = model.file();
        return org.redress.ui.common.Grades.word(file == null ? null : file.scheme(), s.grade(), messages);
    }

    private Node problemsCard(List<Problem> problems) {
        VBox card = new VBox(6);
        card.getStyleClass().add("case-card");
        card.setId("decision-problems");
        Label title = new Label(messages.get(problems.isEmpty() ? "decision.problems.none" : "decision.problems"));
        title.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        card.getChildren().add(title);
        for (Problem p : problems) {
            Label reason = new Label("• " + messages.of(p.rejection()));
            reason.setWrapText(true);
            reason.getStyleClass().add("warning-text");
            card.getChildren().add(reason);
        }
        return card;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    public Parent root() {
        return root;
    }
}
