package org.redress.ui.templates;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.letters.templates.NoticeKind;
import org.redress.letters.templates.TemplateService;
import org.redress.ui.AppContext;
import org.redress.ui.common.Messages;
import org.redress.ui.common.Titles;

import java.util.List;

/**
 * The letter template editor on the Settings screen (administrators): kind, language and title above,
 * the paragraphs in a text area on the left with the fields the kind offers beneath, and on the right
 * the preview — the text with made-up values and a picture of the first page — following the typing.
 */
public final class TemplateEditorView {

    private final VBox root = new VBox(10);

    public TemplateEditorView(TemplateEditorViewModel model, Messages messages) {
        Label heading = Titles.screen(messages, "templates.title");
        Label hint = new Label();
        hint.textProperty().bind(messages.text("templates.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);

        ComboBox<NoticeKind> kind = new ComboBox<>();
        kind.setId("templates-kind");
        kind.getItems().setAll(NoticeKind.values());
        kind.setConverter(kindWords(messages));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ComboBox<String> language = new ComboBox<>();
        language.setId("templates-language");
        language.getItems().setAll("ZH", "EN");
        language.setConverter(languageWords(messages));
        // A new converter redraws the chosen item in the screen's new language.
        javafx.util.Callback<javafx.scene.control.ListView<NoticeKind>, javafx.scene.control.ListCell<NoticeKind>> cells =
                list -> new javafx.scene.control.ListCell<>() {
                    @Override
                    protected void updateItem(NoticeKind k, boolean empty) {
                        super.updateItem(k, empty);
                        setText(empty || k == null ? "" : messages.of(k.defaultTitle()));
                    }
                };
        kind.setCellFactory(cells);
        kind.setButtonCell(cells.call(null));
        messages.localeProperty().addListener((obs, old, now) -> {
            kind.setConverter(kindWords(messages));
            kind.setButtonCell(cells.call(null));
            language.setConverter(languageWords(messages));
        });
        language.valueProperty().bindBidirectional(model.languageProperty());
        TextField title = new TextField();
        title.setId("templates-title");
        title.textProperty().bindBidirectional(model.titleProperty());
        title.setPrefColumnCount(24);
        Label titleLabel = new Label();
        titleLabel.textProperty().bind(messages.text("templates.letterTitle"));
        titleLabel.setLabelFor(title);
        Label version = new Label();
        version.setId("templates-version");
        version.textProperty().bind(model.versionProperty());
        version.getStyleClass().add(Styles.TEXT_MUTED);
        for (javafx.scene.layout.Region r : List.of(kind, language, titleLabel, version)) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox choices = new HBox(10, kind, language, titleLabel, title, version);
        choices.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TextArea text = new TextArea();
        text.setId("templates-text");
        text.setWrapText(true);
        text.textProperty().bindBidirectional(model.textProperty());
        text.setPrefRowCount(16);
        text.accessibleTextProperty().bind(messages.text("templates.text"));
        Label fields = new Label();
        fields.setId("templates-fields");
        fields.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        fields.setWrapText(true);
        Runnable showFields = () -> fields.setText(String.join("\n", model.fieldHints()));
        model.kindProperty().addListener((obs, old, now) -> showFields.run());
        messages.localeProperty().addListener((obs, old, now) -> showFields.run());
        showFields.run();
        ScrollPane fieldsScroll = new ScrollPane(fields);
        fieldsScroll.setFitToWidth(true);
        fieldsScroll.setPrefViewportHeight(110);
        VBox left = new VBox(6, text, fieldsScroll);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox.setVgrow(text, Priority.ALWAYS);

        Label preview = new Label();
        preview.setId("templates-preview");
        preview.setWrapText(true);
        preview.textProperty().bind(model.previewProperty());
        preview.setMaxWidth(Double.MAX_VALUE);
        ImageView page = new ImageView();
        page.setId("templates-page");
        page.imageProperty().bind(model.pageProperty());
        page.setPreserveRatio(true);
        page.setFitWidth(300);
        Label previewHeading = new Label();
        previewHeading.textProperty().bind(messages.text("templates.preview"));
        previewHeading.getStyleClass().add(Styles.TEXT_BOLD);
        VBox right = new VBox(8, previewHeading, preview, page);
        right.setPadding(new Insets(0, 0, 0, 4));
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        rightScroll.setPrefViewportWidth(340);
        rightScroll.setMinWidth(280);
        HBox body = new HBox(14, left, rightScroll);
        body.setPrefHeight(440);

        Label problem = new Label();
        problem.setId("templates-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        Button save = new Button();
        save.setId("templates-save");
        save.textProperty().bind(messages.text("templates.save"));
        save.getStyleClass().add(Styles.ACCENT);
        save.setVisible(model.maySave());
        save.disableProperty().bind(model.problemProperty().isNotEmpty().or(model.dirtyProperty().not()));
        save.setOnAction(e -> model.save());
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox actions = new HBox(12, save, problem);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        root.getChildren().addAll(heading, hint, choices, body, actions);
        root.setPadding(new Insets(16, 20, 16, 20));
        model.load();
    }

    private static StringConverter<NoticeKind> kindWords(Messages messages) {
        return new StringConverter<>() {
            @Override
            public String toString(NoticeKind k) {
                return k == null ? "" : messages.of(k.defaultTitle());
            }

            @Override
            public NoticeKind fromString(String s) {
                return null;
            }
        };
    }

    private static StringConverter<String> languageWords(Messages messages) {
        return new StringConverter<>() {
            @Override
            public String toString(String l) {
                return l == null ? "" : messages.get("templates.language." + l);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        };
    }

    public Parent root() {
        return root;
    }

    /**
     * The Settings screen with the template editor beneath it for an administrator; the settings
     * alone for anyone else.
     */
    public static Parent withSettings(Parent settings, AppContext context, Officer officer, Messages messages) {
        if (!officer.role().may(Permission.CHANGE_SETTINGS)) {
            return settings;
        }
        TemplateEditorViewModel model = new TemplateEditorViewModel(new TemplateService(context.database(),
                context.clock()), context.tasks(), messages, officer);
        VBox both = new VBox(settings, new TemplateEditorView(model, messages).root());
        ScrollPane scroll = new ScrollPane(both);
        scroll.setFitToWidth(true);
        return scroll;
    }

    static List<String> ids() {
        return List.of("templates-kind", "templates-language", "templates-text", "templates-preview", "templates-save");
    }
}
