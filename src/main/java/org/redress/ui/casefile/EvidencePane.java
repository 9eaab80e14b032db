package org.redress.ui.casefile;

import atlantafx.base.theme.Styles;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.redress.casework.AttachmentLine;
import org.redress.casework.CaseFile;
import org.redress.ui.common.Messages;

import java.awt.image.BufferedImage;
import java.time.ZoneId;

/**
 * The evidence list with its chain of custody, a zoomable preview of the chosen file (a PDF's first
 * page), and attaching: "Attach…" or files dropped anywhere on the pane.
 */
final class EvidencePane {

    private final VBox root = new VBox(8);
    private final ListView<AttachmentLine> list = new ListView<>();
    private final ImageView image = new ImageView();
    private final Label noPreview = new Label();
    private final AttachForm attach;

    EvidencePane(CaseViewModel model, AttachViewModel attachModel, Messages messages, ZoneId zone) {
        attach = new AttachForm(attachModel, messages);
        attach.acceptDrops(root);
        root.setId("evidence-pane");
        list.setId("evidence-list");
        list.setPrefHeight(170);
        list.setMinHeight(120);
        list.accessibleTextProperty().bind(messages.text("case.evidence"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(@Nullable AttachmentLine item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(item.fileName());
                name.getStyleClass().add(Styles.TEXT_BOLD);
                Label custody = new Label(messages.get("evidence.custody", messages.dateTime(item.addedAt(), zone),
                        item.addedBy() == null ? messages.get("evidence.bySystem") : item.addedBy(),
                        messages.getOr("evidence.source." + item.source(), item.source())));
                custody.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                Label reason = new Label(item.reason());
                reason.getStyleClass().add(Styles.TEXT_SMALL);
                reason.setWrapText(true);
                VBox box = new VBox(1, name, custody, reason);
                box.setMaxWidth(Double.MAX_VALUE);
                setGraphic(box);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.attachmentProperty().get())) {
                model.attachmentProperty().set(now);
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(messages.text("evidence.none"));
        list.setPlaceholder(placeholder);

        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setId("evidence-preview");
        image.accessibleTextProperty().bind(messages.text("evidence.preview"));
        noPreview.setWrapText(true);
        noPreview.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane canvas = new StackPane(image, noPreview);
        canvas.setPadding(new Insets(8));
        canvas.getStyleClass().add("preview-canvas");
        ScrollPane scroll = new ScrollPane(canvas);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(420);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Slider zoom = new Slider(0.5, 3.0, 1.0);
        zoom.setId("evidence-zoom");
        zoom.valueProperty().bindBidirectional(model.zoomProperty());
        zoom.accessibleTextProperty().bind(messages.text("evidence.zoom"));
        Label zoomLabel = new Label();
        zoomLabel.textProperty().bind(messages.text("evidence.zoom"));
        zoomLabel.setLabelFor(zoom);
        HBox zoomRow = new HBox(8, zoomLabel, zoom);
        zoomRow.setAlignment(Pos.CENTER_LEFT);

        model.previewProperty().addListener((obs, old, now) -> show(now, model, messages));
        model.zoomProperty().addListener((obs, old, now) -> fit(model));
        model.attachmentProperty().addListener((obs, old, now) -> {
            list.getSelectionModel().select(now);
            show(model.previewProperty().get(), model, messages);
        });
        root.getChildren().addAll(attach.root(), list, zoomRow, scroll);
        show(model.previewProperty().get(), model, messages);
    }

    void update(CaseFile file, CaseViewModel model) {
        list.getItems().setAll(file.attachments());
        list.getSelectionModel().select(model.attachmentProperty().get());
    }

    private void show(@Nullable BufferedImage preview, CaseViewModel model, Messages messages) {
        AttachmentLine chosen = model.attachmentProperty().get();
        if (preview == null) {
            image.setImage(null);
            noPreview.setText(chosen == null ? messages.get("evidence.choose")
                    : chosen.isPdf() || chosen.isImage() ? messages.get("evidence.rendering")
                    : messages.get("evidence.noPreview"));
            noPreview.setVisible(true);
            return;
        }
        image.setImage(SwingFXUtils.toFXImage(preview, null));
        noPreview.setVisible(false);
        fit(model);
    }

    private void fit(CaseViewModel model) {
        if (image.getImage() != null) {
            image.setFitWidth(Math.min(image.getImage().getWidth(), 460) * model.zoomProperty().get());
        }
    }

    void chooseFilesWith(java.util.function.Function<javafx.stage.Window, java.util.List<java.nio.file.Path>> chooser) {
        attach.chooseFilesWith(chooser);
    }

    Node root() {
        return root;
    }
}
