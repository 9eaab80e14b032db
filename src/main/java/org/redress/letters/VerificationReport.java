package org.redress.letters;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on a letter file and the findings behind it, in words an officer can read out.
 *
 * @param reference        the reference the file was matched to, or null when none could be found
 * @param currentReference the case's letter in force when the file's letter was superseded (the
 *                         latest of the chain, not merely the next); null when it is itself current
 * @param differences      where the content differs from what was issued (page and line, record
 *                         field, QR payload); empty unless ALTERED
 */
public record VerificationReport(LetterVerdict verdict, @Nullable String reference, List<String> findings,
                                 @Nullable String currentReference, List<String> differences) {
    public VerificationReport {
        Objects.requireNonNull(verdict, "verdict");
        findings = List.copyOf(findings);
        differences = List.copyOf(differences);
    }

    public VerificationReport(LetterVerdict verdict, @Nullable String reference, List<String> findings) {
        this(verdict, reference, findings, null, List.of());
    }
}
