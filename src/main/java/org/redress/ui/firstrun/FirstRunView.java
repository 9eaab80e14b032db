package org.redress.ui.firstrun;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;
import org.redress.ui.signin.SignInView;

/**
 * The first start on a computer with no workspace: two cards side by side, "Try the demo" (made in
 * a folder of its own, its passwords shown once) and "Connect to your office" (the hub's address,
 * its key's fingerprint to compare with the administrator's, then the officer's account).
 */
public final class FirstRunView {

    private final StackPane root = new StackPane();
    private final Button makeDemo;

    public FirstRunView(FirstRunViewModel model, Messages messages) {
        Label title = new Label();
        title.textProperty().bind(messages.text("firstrun.title"));
        title.getStyleClass().add(Styles.TITLE_1);
        Label intro = wrapped(messages, "firstrun.intro");
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        makeDemo = Icons.button(Feather.PLAY, messages.text("firstrun.demo.make"));
        HBox cards = new HBox(24, demoCard(model, messages), officeCard(model, messages));
        cards.setAlignment(Pos.TOP_CENTER);
        cards.getChildren().forEach(card -> HBox.setHgrow(card, Priority.ALWAYS));
        HBox top = new HBox(title, new javafx.scene.layout.Region(), SignInView.languages(messages));
        HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox page = new VBox(14, top, intro, cards);
        page.setMaxWidth(1040);
        page.setMaxHeight(VBox.USE_PREF_SIZE);
        root.getChildren().add(page);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().addAll("signin", "first-run");
    }

    private VBox demoCard(FirstRunViewModel model, Messages messages) {
        Label heading = heading(messages, "firstrun.demo.title");
        Label about = wrapped(messages, "firstrun.demo.about");
        makeDemo.setId("firstrun-demo-make");
        makeDemo.getStyleClass().add(Styles.ACCENT);
        makeDemo.setOnAction(e -> model.makeDemo());
        makeDemo.disableProperty().bind(model.demoStateProperty().isEqualTo(FirstRunViewModel.DemoState.MAKING)
                .or(model.demoStateProperty().isEqualTo(FirstRunViewModel.DemoState.MADE)));

        ProgressBar progress = new ProgressBar();
        progress.setId("firstrun-demo-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.demoProgressProperty());
        showWhen(progress, model.demoStateProperty().isEqualTo(FirstRunViewModel.DemoState.MAKING));

        Label status = new Label();
        status.setId("firstrun-demo-status");
        status.setWrapText(true);
        status.textProperty().bind(model.demoMessageProperty());
        showWhen(status, status.textProperty().isNotEmpty());
        status.getStyleClass().add(Styles.TEXT_MUTED);

        GridPane accounts = new GridPane();
        accounts.setId("firstrun-demo-accounts");
        accounts.setHgap(14);
        accounts.setVgap(4);
        model.demoAccounts().addListener((javafx.collections.ListChangeListener<FirstRunActions.DemoAccount>) change -> {
            accounts.getChildren().clear();
            int row = 0;
            for (FirstRunActions.DemoAccount account : model.demoAccounts()) {
                Label password = new Label(account.password());
                password.getStyleClass().add("monospace");
                accounts.addRow(row++, new Label(account.username()), new Label(account.displayName()),
                        new Label(account.role()), password);
            }
        });
        showWhen(accounts, Bindings.isNotEmpty(model.demoAccounts()));

        Button open = Icons.button(Feather.ARROW_RIGHT, messages.text("firstrun.demo.open"));
        open.setId("firstrun-demo-open");
        open.getStyleClass().add(Styles.SUCCESS);
        open.setOnAction(e -> model.openDemo());
        showWhen(open, model.demoStateProperty().isEqualTo(FirstRunViewModel.DemoState.MADE));

        return card(heading, about, makeDemo, progress, status, accounts, open);
    }

    private VBox officeCard(FirstRunViewModel model, Messages messages) {
        Label heading = heading(messages, "firstrun.office.title");
        Label about = wrapped(messages, "firstrun.office.about");
        Label folder = new Label();
        folder.textProperty().bind(messages.text("firstrun.office.folder", model.officeFolder()));
        folder.setWrapText(true);
        folder.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        TextField url = new TextField();
        url.setId("firstrun-hub-url");
        url.setPromptText("https://hub.office:8470");
        url.textProperty().bindBidirectional(model.hubUrlProperty());
        Label urlLabel = labelFor(messages, "firstrun.office.address", url);
        Button meet = Icons.button(Feather.SHIELD, messages.text("firstrun.office.meet"));
        meet.setId("firstrun-hub-meet");
        meet.disableProperty().bind(model.canMeetProperty().not());
        meet.setOnAction(e -> model.meetHub());
        url.setOnAction(e -> model.meetHub());
        HBox address = new HBox(8, url, meet);
        HBox.setHgrow(url, Priority.ALWAYS);

        Label fingerprint = new Label();
        fingerprint.setId("firstrun-hub-fingerprint");
        fingerprint.getStyleClass().addAll("monospace", Styles.TEXT_BOLD);
        fingerprint.setWrapText(true);
        fingerprint.textProperty().bind(Bindings.createStringBinding(() -> {
            var met = model.hubMetProperty().get();
            return met == null || met.displayed() == null ? "" : met.displayed();
        }, model.hubMetProperty()));
        showWhen(fingerprint, fingerprint.textProperty().isNotEmpty());
        CheckBox matches = new CheckBox();
        matches.setId("firstrun-hub-matches");
        matches.textProperty().bind(messages.text("firstrun.office.matches"));
        matches.setWrapText(true);
        matches.selectedProperty().bindBidirectional(model.fingerprintConfirmedProperty());
        showWhen(matches, fingerprint.textProperty().isNotEmpty());

        TextField user = new TextField();
        user.setId("firstrun-username");
        user.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("firstrun-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        GridPane account = new GridPane();
        account.setHgap(10);
        account.setVgap(6);
        account.addRow(0, labelFor(messages, "signin.username", user), user);
        account.addRow(1, labelFor(messages, "signin.password", password), password);
        GridPane.setHgrow(user, Priority.ALWAYS);
        GridPane.setHgrow(password, Priority.ALWAYS);
        showWhen(account, model.hubMetProperty().isNotNull());

        Button connect = Icons.button(Feather.LINK, messages.text("firstrun.office.connect"));
        connect.setId("firstrun-connect");
        connect.getStyleClass().add(Styles.ACCENT);
        connect.disableProperty().bind(model.canConnectProperty().not());
        connect.setOnAction(e -> model.connect());
        password.setOnAction(e -> model.connect());
        showWhen(connect, model.hubMetProperty().isNotNull());

        Label message = new Label();
        message.setId("firstrun-office-message");
        message.setWrapText(true);
        message.textProperty().bind(model.officeMessageProperty());
        showWhen(message, message.textProperty().isNotEmpty());
        model.officeErrorProperty().addListener((obs, was, error) -> {
            message.getStyleClass().remove(Styles.DANGER);
            if (error) {
                message.getStyleClass().add(Styles.DANGER);
            }
        });

        return card(heading, about, urlLabel, address, fingerprint, matches, account, connect, message, folder);
    }

    private static VBox card(javafx.scene.Node... children) {
        VBox card = new VBox(10, children);
        card.getStyleClass().add("signin-card");
        card.setPrefWidth(480);
        card.setMinWidth(320);
        return card;
    }

    private static Label heading(Messages messages, String key) {
        Label label = new Label();
        label.textProperty().bind(messages.text(key));
        label.getStyleClass().add(Styles.TITLE_3);
        return label;
    }

    private static Label wrapped(Messages messages, String key) {
        Label label = new Label();
        label.textProperty().bind(messages.text(key));
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    private static Label labelFor(Messages messages, String key, javafx.scene.Node field) {
        Label label = new Label();
        label.textProperty().bind(messages.text(key));
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static void showWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        makeDemo.requestFocus();
    }
}
