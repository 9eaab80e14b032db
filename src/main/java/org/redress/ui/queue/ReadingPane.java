package org.redress.ui.queue;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.feather.Feather;
import org.redress.casework.CasePreview;
import org.redress.casework.QueueLine;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The queue's reading pane (issue 17): beside the table, the chosen row's case — number, status,
 * subject (masked), disputed rule, dates — with the applicant's grounds and statement, so an officer
 * triages without opening each case; Enter or "Open case" opens it. Shown with the header's toggle,
 * off by default so the table keeps its width on small screens.
 */
final class ReadingPane {

    private final QueueViewModel model;
    private final Messages messages;
    private final VBox pane = new VBox(8);
    private final Label caseNo = new Label();
    private final Label facts = new Label();
    private final Label grounds = new Label();
    private final Label statement = new Label();
    private final Label none = new Label();
    private final Button open = new Button();
    private @Nullable QueueLine shown;
    private long request;

    private ReadingPane(QueueViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        pane.setId("queue-reading-pane");
        pane.setPadding(new Insets(12));
        pane.getStyleClass().add("reading-pane");
        caseNo.setId("reading-case");
        caseNo.getStyleClass().add(Styles.TITLE_4);
        facts.setId("reading-facts");
        grounds.setId("reading-grounds");
        statement.setId("reading-statement");
        none.setId("reading-none");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        for (Label l : new Label[] {facts, grounds, statement, none}) {
            l.setWrapText(true);
        }
        open.setId("reading-open");
        open.setGraphic(Icons.icon(Feather.ARROW_RIGHT));
        open.setOnAction(e -> model.open(shown));
        Label statementTitle = new Label();
        statementTitle.textProperty().bind(messages.text("reading.statement"));
        statementTitle.getStyleClass().add(Styles.TEXT_BOLD);
        pane.getChildren().addAll(none, caseNo, facts, grounds, statementTitle, statement, open);
        show(null);
        messages.localeProperty().addListener((obs, old, now) -> show(shown));
    }

    /** Puts the table in a split with the pane while {@code toggle} is selected. */
    static void install(VBox screen, TableView<@Nullable QueueLine> table, ToggleButton toggle, QueueViewModel model,
                        Messages messages) {
        ReadingPane reading = new ReadingPane(model, messages);
        ScrollPane scroll = new ScrollPane(reading.pane);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane();
        VBox.setVgrow(split, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (toggle.isSelected()) {
                reading.show(now);
            }
        });
        toggle.setId("queue-reading-toggle");
        toggle.setGraphic(Icons.icon(Feather.SIDEBAR));
        toggle.textProperty().bind(messages.text("reading.toggle"));
        toggle.selectedProperty().addListener((obs, was, on) -> {
            int at = screen.getChildren().indexOf(on ? table : split);
            if (on) {
                screen.getChildren().set(at, split);
                split.getItems().setAll(table, scroll);
                split.setDividerPositions(0.62);
                reading.show(table.getSelectionModel().getSelectedItem());
            } else {
                split.getItems().clear();
                screen.getChildren().set(at, table);
                VBox.setVgrow(table, Priority.ALWAYS);
            }
        });
    }

    private void show(@Nullable QueueLine line) {
        shown = line;
        boolean any = line != null;
        none.setText(messages.get("reading.none"));
        none.setVisible(!any);
        none.setManaged(!any);
        for (Node n : pane.getChildren()) {
            if (n != none) {
                n.setVisible(any);
                n.setManaged(any);
            }
        }
        if (line == null) {
            return;
        }
        open.setText(messages.get("reading.open"));
        caseNo.setText(line.caseNo() + " · " + messages.of("status", line.status()));
        String deadline = line.deadlineOn() == null ? "—" : messages.date(line.deadlineOn());
        facts.setText(messages.get("reading.facts", line.subjectName(), line.maskedIdentifier(),
                line.ruleCode() + " " + messages.of(line.ruleTitle())
                        + (line.points() == 0 ? "" : messages.get("reading.points", line.points())),
                messages.date(line.receivedOn()), deadline,
                line.assigneeName() == null ? messages.get("queue.unassigned") : line.assigneeName()));
        grounds.setText(messages.get("reading.loading"));
        statement.setText("");
        long asked = ++request;
        model.preview(line, preview -> {
            if (asked == request) {
                fill(preview);
            }
        });
    }

    private void fill(Optional<CasePreview> preview) {
        if (preview.isEmpty()) {
            grounds.setText(messages.get("reading.gone"));
            return;
        }
        CasePreview p = preview.get();
        String words = p.grounds().stream().map(g -> messages.of("ground", g)).collect(Collectors.joining(" · "));
        grounds.setText(messages.get("reading.grounds", words.isEmpty() ? "—" : words)
                + (p.groundText().isBlank() ? "" : "\n" + p.groundText()));
        statement.setText(p.statement().isBlank() ? messages.get("reading.noStatement") : p.statement());
    }
}
