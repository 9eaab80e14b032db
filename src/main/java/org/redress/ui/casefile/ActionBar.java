package org.redress.ui.casefile;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.feather.Feather;
import org.redress.casework.CaseFile;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.CaseAction;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The case's actions and the one question pending on them. An action that needs words (a request for
 * information, why a case is not admissible, how it was withdrawn, why a draft goes back) asks for them
 * in a prompt of its own, tied to that action: its own question, its own field, its own button, so a
 * reason typed for one action never arms another. A final action asks for confirmation first; for one
 * that also needs words, the prompt is the confirmation. Each action keeps what was typed for it until
 * the case is left, so opening another action's prompt loses nothing.
 */
final class ActionBar {

    private final CaseViewModel model;
    private final Messages messages;
    private final Runnable decide;
    private final Runnable redraw;
    private final ReopenBar reopen;
    /** The action whose question is on screen (its reason, or its confirmation), and for which case. */
    private @Nullable CaseAction pending;
    private long pendingCase = -1;
    /** What was typed for each action on the case shown. */
    private final Map<CaseAction, String> drafts = new EnumMap<>(CaseAction.class);
    /** The question was just asked: its field (or its button) takes the focus once drawn. */
    private boolean focusNext;

    ActionBar(CaseViewModel model, Messages messages, Runnable decide, ReopenBar reopen, Runnable redraw) {
        this.model = model;
        this.messages = messages;
        this.decide = decide;
        this.reopen = reopen;
        this.redraw = redraw;
    }

    /** Another case (or the same afresh): what was typed and asked belongs to the one before. */
    void reset() {
        pending = null;
        drafts.clear();
    }

    /** Esc: a question on screen is answered "cancel"; true when there was one. */
    boolean cancel() {
        if (pending == null) {
            return reopen.cancel();
        }
        pending = null;
        redraw.run();
        return true;
    }

    /** The action whose question is on screen; null when none. */
    @Nullable CaseAction pending() {
        return pending;
    }

    Node actions(CaseFile file) {
        FlowPane bar = new FlowPane(8, 6);
        bar.setId("case-actions");
        bar.setAlignment(Pos.CENTER_LEFT);
        var offered = model.offeredActions();
        for (CaseAction action : offered) {
            Button button = new Button(messages.get("action." + action.name())
                    + (CaseViewModel.needsDetail(action) ? "…" : ""));
            // DECIDE (without approval) must not share its id with "Decide…", which opens the draft.
            button.setId(action == CaseAction.DECIDE ? "action-decide-alone" : "action-" + slug(action));
            button.setGraphic(Icons.icon(icon(action)));
            button.disableProperty().bind(model.busyProperty());
            if (action == CaseAction.MARK_NOT_ADMISSIBLE || action == CaseAction.WITHDRAW) {
                button.getStyleClass().add(Styles.DANGER);
            }
            button.setOnAction(e -> {
                if (CaseViewModel.needsDetail(action) || needsConfirmation(action)) {
                    ask(file, action);
                    return;
                }
                model.take(action, null);
            });
            bar.getChildren().add(button);
        }
        if (!model.assignablesProperty().get().isEmpty()) {
            bar.getChildren().add(AssignPicker.build(model, messages, model.assignablesProperty().get()));
        }
        if (file.approveRefusal() != null && !offered.contains(CaseAction.APPROVE)
                && model.officer().role() == Role.SUPERVISOR) {
            // A supervisor sees why they may not approve this draft (four eyes) rather than a missing button.
            Button approve = new Button(messages.get("action.APPROVE"));
            approve.setId("action-approve");
            approve.setGraphic(Icons.icon(Feather.CHECK));
            approve.setDisable(true);
            Label why = Cards.muted(messages.of(file.approveRefusal()));
            why.setId("approve-refused");
            bar.getChildren().addAll(approve, why);
        }
        Button decideButton = new Button(messages.get("action.decide"));
        decideButton.setId("action-decide");
        decideButton.setGraphic(Icons.icon(Feather.EDIT_3));
        decideButton.getStyleClass().add(Styles.ACCENT);
        decideButton.setDisable(!model.canDecide());
        decideButton.setOnAction(e -> decide.run());
        if (!model.canDecide()) {
            Tooltip.install(decideButton, new Tooltip(messages.get("action.decide.notNow")));
        }
        bar.getChildren().add(decideButton);
        if (model.canReopen()) {
            bar.getChildren().add(reopen.node(file));
        }
        if (offered.isEmpty()) {
            bar.getChildren().addFirst(Cards.muted(messages.get("action.none")));
        }
        return bar;
    }

    private void ask(CaseFile file, CaseAction action) {
        pending = action;
        pendingCase = file.appeal().id();
        focusNext = true;
        redraw.run();
    }

    /** The question pending on the case shown (a reason prompt or a confirmation); null when none. */
    @Nullable Node question(CaseFile file) {
        CaseAction action = pending;
        if (action == null || pendingCase != file.appeal().id() || !model.offeredActions().contains(action)) {
            pending = null;
            return null;
        }
        return CaseViewModel.needsDetail(action) ? reasonPrompt(file, action) : confirmBar(file, action);
    }

    /** "What do you need from the applicant?" with a field and a button for this action alone. */
    private Node reasonPrompt(CaseFile file, CaseAction action) {
        Label question = Cards.text(messages.get("reason.ask." + action.name()), Styles.TEXT_BOLD);
        question.setId("reason-question");
        question.setGraphic(Icons.icon(icon(action)));
        TextArea field = new TextArea(drafts.getOrDefault(action, ""));
        field.setId("reason-" + slug(action));
        field.setPrefRowCount(2);
        field.setWrapText(true);
        field.setPromptText(messages.get("reason.prompt." + action.name()));
        field.setAccessibleText(messages.get("reason.ask." + action.name()));
        question.setLabelFor(field);
        field.textProperty().addListener((obs, old, now) -> drafts.put(action, now));
        VBox box = new VBox(6, question, field);
        if (needsConfirmation(action)) {
            Label consequence = Cards.muted(messages.get("confirm." + action.name(), file.appeal().caseNo()));
            consequence.setId("reason-consequence");
            box.getChildren().add(consequence);
        }
        Button submit = new Button(messages.get(needsConfirmation(action) ? "confirm.yes." + action.name()
                : "reason.submit." + action.name()));
        submit.setId("reason-submit");
        submit.setGraphic(Icons.icon(icon(action)));
        submit.getStyleClass().add(action == CaseAction.MARK_NOT_ADMISSIBLE || action == CaseAction.WITHDRAW
                ? Styles.DANGER : Styles.ACCENT);
        submit.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> field.getText().isBlank(), field.textProperty()).or(model.busyProperty()));
        submit.setOnAction(e -> {
            String why = field.getText().strip();
            pending = null;
            drafts.remove(action);
            model.take(action, why);
        });
        Button no = new Button(messages.get("confirm.cancel"));
        no.setId("reason-cancel");
        no.setOnAction(e -> cancel());
        HBox buttons = new HBox(10, submit, no);
        box.getChildren().add(buttons);
        box.setId("reason-prompt");
        box.getStyleClass().add("confirm-bar");
        HBox.setHgrow(field, Priority.ALWAYS);
        focusOnce(field);
        return box;
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
                : Styles.DANGER);
        yes.disableProperty().bind(model.busyProperty());
        yes.setOnAction(e -> {
            pending = null;
            model.take(action, null);
        });
        Button no = new Button(messages.get("confirm.cancel"));
        no.setId("confirm-no");
        no.setOnAction(e -> cancel());
        FlowPane bar = new FlowPane(10, 6, question, yes, no);
        bar.setId("confirm-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("confirm-bar");
        focusOnce(yes);
        return bar;
    }

    private void focusOnce(Node node) {
        if (focusNext) {
            focusNext = false;
            javafx.application.Platform.runLater(node::requestFocus);
        }
    }

    private static String slug(CaseAction action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
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
            case RETURN_DRAFT -> Feather.CORNER_DOWN_LEFT;
            default -> Feather.CHEVRON_RIGHT;
        };
    }
}
