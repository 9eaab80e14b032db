package org.redress.letters;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on a letter file and the findings behind it, in words an officer can read out.
 *
 * @param reference the reference the file was matched to, or null when none could be found
 */
public record VerificationReport(LetterVerdict verdict, @Nullable String reference, List<String> findings) {
    public VerificationReport {
        Objects.requireNonNull(verdict, "verdict");
        findings = List.copyOf(findings);
    }
}
