package org.redress.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.redress.casework.SigningKeys;
import org.redress.domain.access.Officer;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The signed-in officer's letter-signing key (issue 16, item 3): enrolled or not, whom the
 * certificate names, until when, by which CA; "Enrol" or "Renew" has the office CA at the hub
 * certify a new key, in the background; what went wrong is said in words.
 */
public final class SigningKeyViewModel {

    private final SigningKeys keys;
    private final FxTasks tasks;
    private final Messages messages;
    private final Officer officer;
    private final ZoneId zone;
    private final ObjectProperty<SigningKeys.Status> status = new SimpleObjectProperty<>(new SigningKeys.Status(null, null, null, null));
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public SigningKeyViewModel(SigningKeys keys, FxTasks tasks, Messages messages, Officer officer, ZoneId zone) {
        this.keys = keys;
        this.tasks = tasks;
        this.messages = messages;
        this.officer = officer;
        this.zone = zone;
    }

    /** Reads the officer's key as this workstation holds it. */
    public void refresh() {
        tasks.supply(() -> keys.status(officer)).onSuccess(status::set).onError(this::failed).start();
    }

    /** Enrols a key (or renews the one enrolled) with the office CA, in the background. */
    public void enrol() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        message.set("");
        boolean renew = status.get().enrolled();
        tasks.supply(() -> {
            keys.enrol(officer, renew);
            return keys.status(officer);
        }).onSuccess(now -> {
            status.set(now);
            message.set(messages.get(renew ? "signingkey.renewed" : "signingkey.enrolled"));
        }).onError(this::failed).andFinally(() -> busy.set(false)).start();
    }

    private void failed(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof SigningKeys.Failure f) {
            error.set(messages.get("signingkey.problem." + f.problem().name()));
        } else {
            error.set(messages.get("signingkey.problem.FAILED") + " " + cause.getMessage());
        }
    }

    public ObjectProperty<SigningKeys.Status> statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The status in words: not enrolled, or whom the certificate names, until when and by whom. */
    public String describe(SigningKeys.Status s) {
        if (!s.enrolled()) {
            return messages.get("signingkey.none");
        }
        String until = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone).format(s.validUntil());
        String text = messages.get("signingkey.enrolledAs", s.subject(), until, s.issuer());
        if (s.revokedAt() != null) {
            text += "\n" + messages.get("signingkey.revoked",
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(s.revokedAt()));
        }
        return text;
    }
}
