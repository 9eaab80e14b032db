package org.redress.ui.signin;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;

import java.util.Locale;

/** The sign-in card: office name, account and password, language choice. */
public final class SignInView {

    private final StackPane root = new StackPane();
    private final TextField username = new TextField();

    public SignInView(SignInViewModel model, Messages messages, String officeName) {
        Label title = new Label();
        title.textProperty().bind(messages.text("app.name"));
        title.getStyleClass().add(Styles.TITLE_1);
        title.setWrapText(true);
        Label office = new Label(officeName);
        office.getStyleClass().add(Styles.TEXT_MUTED);
        office.setWrapText(true);

        Label userLabel = new Label();
        userLabel.textProperty().bind(messages.text("signin.username"));
        userLabel.setLabelFor(username);
        username.setId("signin-username");
        username.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("signin-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        Label passwordLabel = new Label();
        passwordLabel.textProperty().bind(messages.text("signin.password"));
        passwordLabel.setLabelFor(password);

        Button signIn = Icons.button(Feather.LOG_IN, messages.text("signin.submit"));
        signIn.setId("signin-submit");
        signIn.setDefaultButton(true);
        signIn.getStyleClass().add(Styles.ACCENT);
        signIn.setMaxWidth(Double.MAX_VALUE);
        signIn.disableProperty().bind(model.canSignInProperty().not());
        signIn.setOnAction(e -> model.signIn());
        password.setOnAction(e -> model.signIn());

        Label error = new Label();
        error.setId("signin-error");
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());

        Label busy = new Label();
        busy.textProperty().bind(messages.text("signin.checking"));
        busy.getStyleClass().add(Styles.TEXT_MUTED);
        busy.visibleProperty().bind(model.busyProperty());

        // "Checking…" and the error share a slot that keeps its room (three lines) whether or not
        // either shows: the centred card does not jump when a refusal appears.
        javafx.scene.layout.StackPane said = new javafx.scene.layout.StackPane(busy, error);
        said.setId("signin-message-slot");
        said.setAlignment(Pos.TOP_LEFT);
        said.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> username.getFont().getSize() * 1.45 * 3, username.fontProperty()));

        VBox card = new VBox(10, title, office, userLabel, username, passwordLabel, password, signIn, said,
                languages(messages));
        card.getStyleClass().add("signin-card");
        // Wide enough for the words at a large interface scale; the title wraps rather than being cut.
        card.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(380, username.getFont().getSize() * 28), username.fontProperty()));
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("signin");
    }

    /** The language buttons, as on the sign-in card. */
    public static HBox languages(Messages messages) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(4);
        box.setAlignment(Pos.CENTER);
        for (Locale locale : Messages.LANGUAGES) {
            ToggleButton button = new ToggleButton(Messages.load(locale).getString("language.self"));
            button.setToggleGroup(group);
            button.setSelected(locale.equals(messages.locale()));
            button.getStyleClass().add(Styles.SMALL);
            button.setOnAction(e -> {
                messages.localeProperty().set(locale);
                button.setSelected(true);
            });
            box.getChildren().add(button);
        }
        return box;
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        username.requestFocus();
    }
}
