package org.redress.domain.identity;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * The result of checking one value: what kind of identifier it looks like, the verdict, and why.
 *
 * @param given         the value exactly as given, untrimmed
 * @param kind          the kind detected ({@link IdentifierKind#UNRECOGNISED} only with a format problem)
 * @param verdict       VALID, CHECKSUM_MISMATCH (a warning) or FORMAT (blocks)
 * @param normalized    the canonical 18-character form (trimmed, upper case, a legacy number converted);
 *                      null exactly when the verdict is FORMAT
 * @param formatProblem what is wrong, present exactly when the verdict is FORMAT
 * @param mismatches    the failed checks, non-empty exactly when the verdict is CHECKSUM_MISMATCH
 * @param warnings      what is implausible but possible (a birth date before 1900); never with FORMAT
 */
public record IdentifierCheck(
        String given,
        IdentifierKind kind,
        Verdict verdict,
        @Nullable String normalized,
        @Nullable FormatProblem formatProblem,
        List<ChecksumMismatch> mismatches,
        List<IdentifierWarning> warnings) {

    public IdentifierCheck {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verdict, "verdict");
        mismatches = List.copyOf(mismatches);
        warnings = List.copyOf(warnings);
        boolean consistent = switch (verdict) {
            case VALID -> normalized != null && formatProblem == null && mismatches.isEmpty();
            case CHECKSUM_MISMATCH -> normalized != null && formatProblem == null && !mismatches.isEmpty();
            case FORMAT -> normalized == null && formatProblem != null && mismatches.isEmpty() && warnings.isEmpty();
        };
        if (!consistent || (kind == IdentifierKind.UNRECOGNISED && verdict != Verdict.FORMAT)) {
            throw new IllegalArgumentException("inconsistent check result: " + verdict + " for " + kind);
        }
    }

    static IdentifierCheck valid(String given, IdentifierKind kind, String normalized) {
        return checked(given, kind, normalized, List.of(), List.of());
    }

    static IdentifierCheck format(String given, IdentifierKind kind, FormatProblem problem) {
        return new IdentifierCheck(given, kind, Verdict.FORMAT, null, problem, List.of(), List.of());
    }

    /** VALID without mismatches, CHECKSUM_MISMATCH with them; warnings go with either. */
    static IdentifierCheck checked(String given, IdentifierKind kind, String normalized,
                                   List<ChecksumMismatch> mismatches, List<IdentifierWarning> warnings) {
        return new IdentifierCheck(given, kind, mismatches.isEmpty() ? Verdict.VALID : Verdict.CHECKSUM_MISMATCH,
                normalized, null, mismatches, warnings);
    }

    public boolean isValid() {
        return verdict == Verdict.VALID;
    }

    /** The warnings in one line, e.g. {@code position 7-14: 18800101 is a birth date before 1900, …}; empty if none. */
    public String warningText() {
        var parts = new StringBuilder();
        for (IdentifierWarning w : warnings) {
            if (!parts.isEmpty()) {
                parts.append("; ");
            }
            parts.append(w.describe());
        }
        return parts.toString();
    }

    /**
     * Why the value is not VALID, in one line: the format problem, or every failed check with the
     * character it should have had; empty when VALID.
     */
    public String explanation() {
        if (formatProblem != null) {
            return formatProblem.describe();
        }
        var parts = new StringBuilder();
        for (ChecksumMismatch m : mismatches) {
            if (!parts.isEmpty()) {
                parts.append("; ");
            }
            parts.append(m.describe());
        }
        return parts.toString();
    }
}
