package org.redress.domain.appeal;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A refusal in words: a stable code for the UI to translate, the arguments its template needs,
 * and the English reason for logs, the CLI and tests.
 */
public record Rejection(ReasonCode code, List<String> arguments, String reason) {

    public Rejection {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(reason, "reason");
    }

    /** Builds the rejection, rendering the English reason from the code's template. */
    public static Rejection of(ReasonCode code, Object... arguments) {
        List<String> args = Arrays.stream(arguments).map(String::valueOf).toList();
        // Arguments are pre-rendered strings, so numbers and dates are not re-formatted by locale.
        String reason = new MessageFormat(code.template(), Locale.ROOT).format(args.toArray());
        return new Rejection(code, args, reason);
    }

    @Override
    public String toString() {
        return code + ": " + reason;
    }
}
