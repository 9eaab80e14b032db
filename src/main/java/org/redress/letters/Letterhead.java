package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.LocalizedText;

import java.util.Objects;

/**
 * The reviewing office as the letterhead shows it, from the workspace settings
 * ({@link LetterSettings}).
 *
 * @param address    null when the settings give none
 * @param telephone  null when the settings give none
 * @param officeCode capital letters, the prefix of the office's letter reference numbers
 */
public record Letterhead(String officeCode, LocalizedText name, @Nullable LocalizedText address,
                         @Nullable String telephone) {
    public Letterhead {
        Objects.requireNonNull(officeCode, "officeCode");
        Objects.requireNonNull(name, "name");
    }
}
