package org.redress.ui.decision;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.redress.casework.AttachmentLine;
import org.redress.casework.CaseFile;
import org.redress.domain.appeal.Ground;
import org.redress.ui.common.Messages;

/**
 * What the applicant argued, beside the reasons being written: the grounds of appeal, their words,
 * the statement (scrolling within a bounded height, so the effect and Save stay in view) and the
 * evidence on file by name. The officer answers the appeal without leaving the decision.
 */
final class GroundsCard {

    /** Tall enough for a paragraph or two; a longer statement scrolls inside the card. */
    static final double STATEMENT_HEIGHT = 160;

    private GroundsCard() {
    }

    static Node build(CaseFile file, Messages messages) {
        VBox card = new VBox(6);
        card.getStyleClass().add("case-card");
        card.setId("decision-grounds");
        Label title = new Label(messages.get("decision.grounds"));
        title.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        card.getChildren().add(title);
        FlowPane grounds = new FlowPane(6, 4);
        grounds.setId("decision-grounds-list");
        for (Ground ground : file.appeal().grounds()) {
            Label badge = new Label(messages.of("ground", ground));
            badge.getStyleClass().addAll("badge", "ground");
            grounds.getChildren().add(badge);
        }
        card.getChildren().add(grounds);
        VBox words = new VBox(6);
        if (!file.appeal().groundText().isBlank()) {
            words.getChildren().add(text(file.appeal().groundText(), "decision-grounds-text"));
        }
        Label statementTitle = new Label(messages.get("case.statement"));
        statementTitle.getStyleClass().add(Styles.TEXT_BOLD);
        words.getChildren().addAll(statementTitle, text(file.appeal().statement().isBlank() ? "—"
                : file.appeal().statement(), "decision-statement"));
        ScrollPane scroll = new ScrollPane(words);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(STATEMENT_HEIGHT);
        scroll.setMaxHeight(STATEMENT_HEIGHT + 4);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        card.getChildren().add(scroll);
        Label evidence = new Label(file.attachments().isEmpty() ? messages.get("decision.grounds.noEvidence")
                : messages.get("decision.grounds.evidence", String.join(", ",
                file.attachments().stream().map(AttachmentLine::fileName).toList())));
        evidence.setId("decision-grounds-evidence");
        evidence.setWrapText(true);
        evidence.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        card.getChildren().add(evidence);
        return card;
    }

    private static Label text(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }
}
