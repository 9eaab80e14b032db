package org.redress.ui.lock;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.redress.casework.SignInService;
import org.redress.domain.access.Officer;
import org.redress.security.SignInAttempt;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;

/**
 * What covers the workstation while it is locked: the officer's name and a password field. The
 * password is checked in the background like a sign-in (so failures count towards the lockout and
 * are audited); only the officer who was signed in can lift the lock.
 */
final class LockScreen {

    private final VBox root = new VBox(12);
    private final PasswordField password = new PasswordField();
    private final Label error = new Label();
    private final Button unlock;

    LockScreen(Officer officer, SignInService signIn, FxTasks tasks, Messages messages, Runnable onUnlocked,
               Runnable switchUser) {
        Label title = new Label(messages.get("lock.title"));
        title.getStyleClass().add("lock-title");
        Label who = new Label(officer.displayName());
        password.setId("lock-password");
        password.setPromptText(messages.get("signin.password"));
        password.setMaxWidth(280);
        error.setId("lock-error");
        unlock = new Button(messages.get("lock.unlock"));
        unlock.setId("lock-unlock");
        unlock.setDefaultButton(true);
        unlock.setOnAction(e -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            if (typed.length == 0) {
                return;
            }
            unlock.setDisable(true);
            tasks.supply(() -> signIn.attempt(officer.username(), typed))
                    .onSuccess(attempt -> {
                        switch (attempt) {
                            case SignInAttempt.SignedIn s -> onUnlocked.run();
                            case SignInAttempt.LockedOut l -> error.setText(messages.get("signin.error.lockedOut",
                                    messages.dateTime(l.until(), java.time.ZoneId.systemDefault())));
                            case SignInAttempt.Refused r -> error.setText(messages.get("signin.error.wrong"));
                        }
                    })
                    .onError(x -> error.setText(messages.get("signin.error.unavailable")))
                    .andFinally(() -> unlock.setDisable(false))
                    .start();
        });
        root.setId("lock-screen");
        root.getStyleClass().add("lock-screen");
        root.setAlignment(Pos.CENTER);
        // Opaque: nothing of the case behind may show through.
        root.setStyle("-fx-background-color: -color-bg-default;");
        error.setWrapText(true);
        error.setMaxWidth(420);
        javafx.scene.control.Hyperlink other = new javafx.scene.control.Hyperlink(messages.get("lock.switchUser"));
        other.setId("lock-switch-user");
        other.setOnAction(e -> switchUser.run());
        root.getChildren().addAll(title, who, password, unlock, error, other);
    }

    Node root() {
        return root;
    }

    void focus() {
        password.requestFocus();
    }
}
