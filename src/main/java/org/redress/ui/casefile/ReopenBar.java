package org.redress.ui.casefile;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.feather.Feather;
import org.redress.casework.CaseFile;
import org.redress.domain.appeal.ReopenReason;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;

/**
 * A supervisor's "Reopen case…" on a decided case (issue 19, item 6): the button opens a small
 * form — the reason (new evidence, an error found), a written explanation — with the question
 * "Reopen case …? Its decision and letter give way to a new decision." and its own Yes and Cancel.
 * Nothing happens until Yes; Yes stays disabled until both the reason and the explanation are given.
 */
final class ReopenBar {

    private final CaseViewModel model;
    private final Messages messages;
    private final Runnable redraw;
    /** The case whose form is open; -1 when none. */
    private long openFor = -1;
    private @Nullable ReopenReason reason;
    private String text = "";

    ReopenBar(CaseViewModel model, Messages messages, Runnable redraw) {
        this.model = model;
        this.messages = messages;
        this.redraw = redraw;
    }

    /** The button, or the form with its question when the officer opened it for this case. */
    Node node(CaseFile file) {
        if (openFor != file.appeal().id()) {
            Button open = new Button(messages.get("reopen.button"));
            open.setId("action-reopen");
            open.setGraphic(Icons.icon(Feather.ROTATE_CCW));
            open.disableProperty().bind(model.busyProperty());
            open.setOnAction(e -> {
                openFor = file.appeal().id();
                reason = null;
                text = "";
                redraw.run();
            });
            return open;
        }
        ChoiceBox<ReopenReason> reasons = new ChoiceBox<>();
        reasons.setId("reopen-reason");
        reasons.getItems().setAll(ReopenReason.values());
        reasons.setConverter(new StringConverter<>() {
            @Override
            public String toString(@Nullable ReopenReason r) {
                return r == null ? messages.get("reopen.reason.choose") : messages.get("reopen.reason." + r.name());
            }

            @Override
            public @Nullable ReopenReason fromString(String s) {
                return null;
            }
        });
        reasons.setValue(reason);
        reasons.setAccessibleText(messages.get("reopen.reason.label"));
        TextField why = new TextField(text);
        why.setId("reopen-text");
        why.setPromptText(messages.get("reopen.text.prompt"));
        why.setAccessibleText(messages.get("reopen.text.prompt"));
        why.setPrefColumnCount(28);
        Label question = Cards.text(messages.get("reopen.confirm", file.appeal().caseNo()), Styles.TEXT_BOLD);
        question.setId("reopen-question");
        question.setGraphic(Icons.icon(Feather.HELP_CIRCLE));
        Button yes = new Button(messages.get("reopen.yes"));
        yes.setId("reopen-yes");
        yes.getStyleClass().add(Styles.DANGER);
        yes.disableProperty().bind(reasons.valueProperty().isNull().or(why.textProperty().isEmpty())
                .or(model.busyProperty()));
        reasons.valueProperty().addListener((obs, old, now) -> reason = now);
        why.textProperty().addListener((obs, old, now) -> text = now);
        yes.setOnAction(e -> {
            ReopenReason chosen = reasons.getValue();
            String explanation = why.getText();
            openFor = -1;
            model.reopen(chosen, explanation);
        });
        Button no = new Button(messages.get("confirm.cancel"));
        no.setId("reopen-cancel");
        no.setOnAction(e -> {
            openFor = -1;
            redraw.run();
        });
        FlowPane bar = new FlowPane(10, 6, question, reasons, why, yes, no);
        bar.setId("reopen-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("confirm-bar");
        return bar;
    }

    /** Esc: closes an open form; true when there was one. */
    boolean cancel() {
        if (openFor < 0) {
            return false;
        }
        openFor = -1;
        redraw.run();
        return true;
    }
}
