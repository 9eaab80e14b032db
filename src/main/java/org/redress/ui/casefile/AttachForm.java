package org.redress.ui.casefile;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.redress.evidence.Custody;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The "Attach…" button, the drop target and the small form that asks where the files come from and
 * why they belong on the case, with the copy's progress and the outcome in words. Files come from a
 * chooser (a function, so tests can stand in for the system dialog) or are dropped on the evidence.
 */
final class AttachForm {

    private final AttachViewModel model;
    private final Messages messages;
    private final VBox root = new VBox(6);
    private Function<Window, List<Path>> chooser;

    AttachForm(AttachViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.chooser = this::systemChooser;
        Button attach = Icons.button(Feather.PAPERCLIP, messages.text("attach.button"));
        attach.setId("evidence-attach");
        attach.disableProperty().bind(model.busyProperty());
        attach.setOnAction(e -> model.offer(chooser.apply(attach.getScene() == null ? null : attach.getScene().getWindow())));
        Label hint = new Label();
        hint.textProperty().bind(messages.text("attach.drop"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        HBox bar = new HBox(10, attach, hint);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label outcome = new Label();
        outcome.setId("attach-outcome");
        outcome.setWrapText(true);
        // Wrapped, and as tall as its lines: a refusal is read whole, never "Nothing was …".
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        outcome.setMaxWidth(Double.MAX_VALUE);
        outcome.textProperty().bind(model.outcomeProperty());
        outcome.visibleProperty().bind(model.outcomeProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        model.failedProperty().addListener((obs, old, now) -> {
            outcome.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING);
            outcome.getStyleClass().add(now ? Styles.WARNING : Styles.SUCCESS);
        });
        outcome.getStyleClass().add(Styles.SUCCESS);
        root.getChildren().addAll(bar, form(), outcome);
    }

    private Node form() {
        Label files = new Label();
        files.setId("attach-files");
        files.getStyleClass().add(Styles.TEXT_BOLD);
        files.setWrapText(true);
        files.textProperty().bind(Bindings.createStringBinding(() -> model.pending().size() == 1
                ? messages.get("attach.title.one", model.pending().getFirst().getFileName())
                : messages.get("attach.title.many", model.pending().size()), model.pending(), messages.localeProperty()));

        ChoiceBox<String> source = new ChoiceBox<>();
        source.setId("attach-source");
        source.getItems().setAll(Custody.OFFICER_SOURCES);
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : messages.getOr("evidence.source." + code, code);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        source.valueProperty().bindBidirectional(model.sourceProperty());
        source.accessibleTextProperty().bind(messages.text("attach.source"));
        Label sourceLabel = label("attach.source");
        sourceLabel.setLabelFor(source);

        TextField reason = new TextField();
        reason.setId("attach-reason");
        reason.textProperty().bindBidirectional(model.reasonProperty());
        reason.promptTextProperty().bind(messages.text("attach.reason.prompt"));
        reason.accessibleTextProperty().bind(messages.text("attach.reason"));
        reason.setOnAction(e -> model.attach());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Label reasonLabel = label("attach.reason");
        reasonLabel.setLabelFor(reason);

        Button confirm = Icons.button(Feather.CHECK, messages.text("attach.confirm"));
        confirm.setId("attach-confirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.setDefaultButton(false);
        confirm.disableProperty().bind(model.canAttach().not());
        confirm.setOnAction(e -> model.attach());
        Button cancel = new Button();
        cancel.setId("attach-cancel");
        cancel.textProperty().bind(messages.text("attach.cancel"));
        cancel.disableProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);

        ProgressBar progress = new ProgressBar();
        progress.setId("attach-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add(Styles.TEXT_SMALL);
        status.visibleProperty().bind(model.busyProperty());
        status.managedProperty().bind(status.visibleProperty());

        // Wraps rather than cut Cancel and Attach to "…" on a narrow pane or at a large scale.
        javafx.scene.layout.FlowPane sourceRow = new javafx.scene.layout.FlowPane(8, 6, sourceLabel, source, cancel, confirm);
        sourceRow.setAlignment(Pos.CENTER_LEFT);
        HBox reasonRow = new HBox(8, reasonLabel, reason);
        reasonRow.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(6, files, reasonRow, sourceRow, progress, status);
        form.setId("attach-form");
        form.getStyleClass().add("attach-form");
        form.setPadding(new Insets(8));
        form.visibleProperty().bind(Bindings.isNotEmpty(model.pending()));
        form.managedProperty().bind(form.visibleProperty());
        form.visibleProperty().addListener((obs, old, now) -> {
            if (now) {
                reason.requestFocus();
            }
        });
        return form;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(messages.text(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Makes {@code target} take files dropped on it (copied, never moved). */
    void acceptDrops(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && !model.busyProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!target.getStyleClass().contains("drop-target")) {
                    target.getStyleClass().add("drop-target");
                }
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.getStyleClass().remove("drop-target"));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                model.offer(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            target.getStyleClass().remove("drop-target");
            e.setDropCompleted(files);
            e.consume();
        });
    }

    private List<Path> systemChooser(Window owner) {
        FileChooser dialog = new FileChooser();
        dialog.setTitle(messages.get("attach.choose"));
        List<File> chosen = dialog.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    /** Where "Attach…" gets its files from; the system's file dialog unless replaced. */
    void chooseFilesWith(Function<Window, List<Path>> chooser) {
        this.chooser = Objects.requireNonNull(chooser);
    }

    Node root() {
        return root;
    }
}
