package org.redress.sync;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/**
 * The hub's refusal of a change in the officer's language. A refusal by the domain's rules carries
 * the domain's reason code and its arguments; the workstation words it from its own bundles
 * ({@code reason.<CODE>}), exactly as it words its own refusals. A refusal of the protocol
 * ({@link org.redress.sync.protocol.ReasonCodes}: an unknown case, a taken number …) is framed by
 * {@code sync.reason.<CODE>} around the hub's own sentence, which names the ids. Without a code the
 * hub's sentence stands as it is.
 *
 * @param code      the hub's reason code, or null
 * @param arguments the domain reason's arguments, in order
 * @param hubReason the hub's English sentence
 */
public record RefusalWords(@Nullable String code, List<String> arguments, @Nullable String hubReason) {

    public RefusalWords {
        arguments = List.copyOf(arguments);
    }

    /** The refusal a stored result (the hub's answer, JSON) carries. */
    public static RefusalWords of(JsonNode result) {
        List<String> args = new ArrayList<>();
        for (JsonNode a : result.path("detail").path("arguments")) {
            args.add(a.asText());
        }
        JsonNode code = result.get("code");
        JsonNode reason = result.get("reason");
        return new RefusalWords(code == null || code.isNull() ? null : code.asText(), args,
                reason == null || reason.isNull() ? null : reason.asText());
    }

    /**
     * In words: {@code words} formats a bundle key's pattern with arguments, or gives null when the
     * bundle has no such key. Null when there is nothing to say.
     */
    public @Nullable String render(BiFunction<String, Object[], @Nullable String> words) {
        if (code != null) {
            String domain = words.apply("reason." + code, arguments.toArray());
            if (domain != null) {
                return domain;
            }
            String protocol = words.apply("sync.reason." + code, new Object[] {hubReason == null ? "" : hubReason});
            if (protocol != null) {
                return protocol;
            }
        }
        return hubReason;
    }

    /** {@link #render} from a resource bundle (the command line's words). */
    public @Nullable String render(ResourceBundle bundle, Locale locale) {
        return render((key, args) -> bundle.containsKey(key)
                ? new MessageFormat(bundle.getString(key), locale).format(args) : null);
    }
}
