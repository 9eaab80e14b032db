package org.redress.ui.letters;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.redress.casework.LetterDesk;
import org.redress.casework.LetterLine;
import org.redress.domain.access.Officer;
import org.redress.letters.print.PrintDocument;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The print preview (issue 17): the letters chosen on the Letters screen as one job, their pages
 * as they will print (the first {@link #SHOWN} of them, and how many more), then the platform's
 * print dialog. Printing is audited once it happened ({@link LetterDesk#printed}); a cancelled
 * dialog prints and records nothing.
 */
public final class PrintPreview {

    /** How a job reaches paper: the platform's dialog in the workstation, a given print service in tests. */
    @FunctionalInterface
    public interface Printer {
        /** Prints, or returns false when the officer cancelled. */
        boolean print(PrintDocument document) throws Exception;
    }

    /** The platform's print dialog. */
    public static final Printer DIALOG = PrintDocument::printWithDialog;
    /** Pages shown in the preview; a long batch says how many more will print. */
    static final int SHOWN = 12;
    private static final float DPI = 60;

    private final Stage stage = new Stage();
    private final VBox pages = new VBox(12);
    private final Label status = new Label();
    private final Button print = new Button();

    private PrintPreview(Window owner, LetterDesk desk, FxTasks tasks, Messages messages, Officer officer,
                         List<LetterLine> letters, Printer printer) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("print.title", letters.size()));
        status.setId("print-status");
        status.setWrapText(true);
        status.setText(messages.get("print.preparing"));
        print.setId("print-go");
        print.setText(messages.get("print.print"));
        print.setDefaultButton(true);
        print.setDisable(true);
        Button close = new Button(messages.get("print.close"));
        close.setId("print-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        pages.setId("print-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(12));
        pages.getStyleClass().add("preview-canvas");
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, status, spacer, close, print);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(10, 12, 10, 12));
        BorderPane root = new BorderPane(scroll);
        root.setBottom(buttons);
        Scene scene = new Scene(root, 620, 760);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.styleProperty().bind(owner.getScene().getRoot().styleProperty());
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        stage.setScene(scene);

        record Prepared(PrintDocument document, List<BufferedImage> shown) {
        }
        PrintDocument[] held = new PrintDocument[1];
        stage.setOnHidden(e -> {
            if (held[0] != null) {
                held[0].close();
            }
        });
        tasks.supply(() -> {
            PrintDocument document = desk.printJob(officer, letters);
            List<BufferedImage> shown = new ArrayList<>();
            for (int i = 0; i < Math.min(SHOWN, document.pages()); i++) {
                shown.add(document.page(i, DPI));
            }
            return new Prepared(document, shown);
        }).onSuccess(prepared -> {
            held[0] = prepared.document();
            for (BufferedImage image : prepared.shown()) {
                ImageView view = new ImageView(SwingFXUtils.toFXImage(image, null));
                view.setPreserveRatio(true);
                view.setFitWidth(540);
                view.getStyleClass().add("print-page");
                pages.getChildren().add(view);
            }
            int more = prepared.document().pages() - prepared.shown().size();
            if (more > 0) {
                Label rest = new Label(messages.get("print.more", more));
                rest.setId("print-more");
                pages.getChildren().add(rest);
            }
            status.setText(messages.get("print.pages", prepared.document().pages(), letters.size()));
            print.setDisable(false);
            print.requestFocus();
        }).onError(failure -> status.setText(messages.get("print.failed", reason(failure)))).start();

        print.setOnAction(e -> {
            PrintDocument document = held[0];
            if (document == null) {
                return;
            }
            print.setDisable(true);
            tasks.supply(() -> {
                boolean printed = printer.print(document);
                if (printed) {
                    desk.printed(officer, letters, document.pages());
                }
                return printed;
            }).onSuccess(printed -> {
                if (printed) {
                    status.setText(messages.get("print.sent", document.pages()));
                } else {
                    status.setText(messages.get("print.cancelled"));
                    print.setDisable(false);
                }
            }).onError(failure -> {
                status.setText(messages.get("print.failed", reason(failure)));
                print.setDisable(false);
            }).start();
        });
    }

    private static String reason(Throwable failure) {
        @Nullable String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    /** Opens the preview of {@code letters} over {@code owner}. */
    public static Stage open(Window owner, LetterDesk desk, FxTasks tasks, Messages messages, Officer officer,
                             List<LetterLine> letters, Printer printer) {
        PrintPreview preview = new PrintPreview(owner, desk, tasks, messages, officer, letters, printer);
        preview.stage.show();
        return preview.stage;
    }
}
