package org.redress.letters.templates;

import org.jspecify.annotations.Nullable;
import org.redress.letters.DecisionRecord;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One version of the template of a kind of letter in one language.
 *
 * @param id         its row; 0 for a template not saved yet (a preview)
 * @param language   {@code ZH} or {@code EN}
 * @param paragraphs Mustache texts, each naming fields of the kind
 * @param savedBy    the administrator who saved it; null for the built-in text
 */
public record LetterTemplate(long id, NoticeKind kind, String language, int version, String title,
                             List<String> paragraphs, Instant savedAt, @Nullable Long savedBy) {
    public LetterTemplate {
        Objects.requireNonNull(kind, "kind");
        if (!language.equals("ZH") && !language.equals("EN")) {
            throw new IllegalArgumentException("a template is in ZH or EN");
        }
        paragraphs = List.copyOf(paragraphs);
    }

    /** SHA-256 of the title and paragraphs, as the letter's record names the template it was rendered from. */
    public String sha256() {
        return digest(title, paragraphs);
    }

    static String digest(String title, List<String> paragraphs) {
        StringBuilder text = new StringBuilder(title);
        for (String p : paragraphs) {
            text.append('\u0000').append(p);
        }
        return DecisionRecord.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
