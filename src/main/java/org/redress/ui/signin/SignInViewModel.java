package org.redress.ui.signin;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.redress.casework.SignInService;
import org.redress.domain.access.Officer;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;

import org.redress.security.SignInAttempt;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Signing in: the name and password typed, whether a check is running, and the error to show.
 * The password check is slow by design, so it runs in the background; the password field is
 * cleared whatever the outcome.
 */
public final class SignInViewModel {

    private final SignInService service;
    private final FxTasks tasks;
    private final Messages messages;
    private final Consumer<Officer> onSignedIn;
    private BiConsumer<String, char[]> alongside = (name, copy) -> Arrays.fill(copy, '\0');

    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding canSignIn;

    public SignInViewModel(SignInService service, FxTasks tasks, Messages messages, Consumer<Officer> onSignedIn) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.onSignedIn = onSignedIn;
        this.canSignIn = Bindings.createBooleanBinding(
                () -> !busy.get() && !username.get().isBlank() && !password.get().isEmpty(), busy, username, password);
        username.addListener((obs, old, now) -> error.set(""));
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }

    /**
     * Also hands the name and a copy of the password to {@code signInElsewhere} after a successful
     * sign-in (the hub); it owns the copy and must wipe it.
     */
    public void alsoSignInWith(BiConsumer<String, char[]> signInElsewhere) {
        this.alongside = signInElsewhere;
    }

    /** Checks the name and password in the background; on success hands the officer on. */
    public void signIn() {
        if (!canSignIn.get()) {
            return;
        }
        String name = username.get();
        char[] typed = password.get().toCharArray();
        password.set("");
        busy.set(true);
        error.set("");
        BiConsumer<String, char[]> elsewhere = alongside;
        tasks.supply(() -> {
                    char[] copy = typed.clone();
                    SignInAttempt attempt = service.attempt(name, typed);
                    if (attempt instanceof SignInAttempt.SignedIn) {
                        elsewhere.accept(name, copy);
                    } else {
                        Arrays.fill(copy, '\0');
                    }
                    return attempt;
                })
                .onSuccess(this::attempted)
                .onError(e -> error.set(messages.get("signin.error.unavailable")))
                .andFinally(() -> busy.set(false))
                .start();
    }

    private void attempted(SignInAttempt attempt) {
        Optional<Officer> officer = SignInService.officer(attempt);
        if (officer.isPresent()) {
            onSignedIn.accept(officer.get());
        } else if (attempt instanceof SignInAttempt.LockedOut locked) {
            // A locked account is told so, and until when, even when the password typed was right.
            error.set(messages.get("signin.error.lockedOut", messages.dateTime(locked.until(),
                    java.time.ZoneId.systemDefault())));
        } else {
            error.set(messages.get("signin.error.wrong"));
        }
    }
}
