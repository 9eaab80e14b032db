package org.redress.domain.identity;

import org.jspecify.annotations.Nullable;
import org.redress.domain.identity.FormatProblem.WrongLength;

import java.time.LocalDate;

/**
 * The one entry point for checking an identifier whose kind is not known yet: it detects the
 * kind from the value's shape and checks it. Never throws for any string.
 *
 * <p>An 18-character value can read as both a person's ID and a USCC (some USCCs are all digits,
 * and the USCC alphabet includes every digit). A reading that is VALID wins (the person's if both
 * are, unless its birth date before 1900 carries a warning: then the USCC's). Otherwise seventeen digits and a digit or X read as a person's ID, since a mistyped birth
 * date is far likelier than an all-digit USCC failing its own checksum; anything else reads as a
 * USCC unless that reading fails its format earlier than the person's. So a single mistyped
 * character can, rarely (about 1 in 341), turn one kind's value into a valid value of the other
 * kind: where the subject's kind is known, pass it ({@link #check(String, SubjectKind, LocalDate)}).
 */
public final class Identifiers {

    private static final String LENGTH_RULE =
            "a resident ID has 18 characters (or 15 in the legacy form), a Unified Social Credit Code 18";

    private Identifiers() {}

    /**
     * The form in which an identifier is stored and looked up: surrounding whitespace stripped,
     * ASCII letters upper-cased, a legacy 15-digit resident ID converted to 18 characters. It is
     * what every check reports as {@link IdentifierCheck#normalized()} (when there is no format
     * problem), so a value typed in any accepted form finds the subject an import stored. Any
     * string is accepted; one that is no identifier is merely trimmed and upper-cased.
     */
    public static String normalise(String raw) {
        return TypedValue.of(raw).normalised();
    }

    /** Checks {@code raw} with birth dates judged against the system clock's today. */
    public static IdentifierCheck check(String raw) {
        return check(raw, LocalDate.now());
    }

    /**
     * Detects the kind of {@code raw} and checks it.
     *
     * @param today birth dates after this day are format problems
     */
    public static IdentifierCheck check(String raw, LocalDate today) {
        var value = TypedValue.of(raw);
        return switch (value.length()) {
            case 15 -> PersonIdValidator.check(raw, today);
            case 18 -> betterReading(value, PersonIdValidator.check(raw, today), SocialCreditCodeValidator.check(raw));
            case 0 -> IdentifierCheck.format(raw, IdentifierKind.UNRECOGNISED, new WrongLength(0, "no identifier was given"));
            default -> IdentifierCheck.format(raw, IdentifierKind.UNRECOGNISED, new WrongLength(value.length(), LENGTH_RULE));
        };
    }

    /** Checks {@code raw} as an identifier of the given kind of subject only. */
    public static IdentifierCheck check(String raw, SubjectKind expected, LocalDate today) {
        return switch (expected) {
            case PERSON -> PersonIdValidator.check(raw, today);
            case ORGANISATION -> SocialCreditCodeValidator.check(raw);
        };
    }

    private static IdentifierCheck betterReading(TypedValue value, IdentifierCheck person, IdentifierCheck organisation) {
        if (person.isValid() && organisation.isValid()) {
            // A birth date before 1900 makes the person's reading the less likely one.
            return person.warnings().isEmpty() ? person : organisation;
        }
        if (person.isValid() || organisation.isValid()) {
            return person.isValid() ? person : organisation;
        }
        if (looksLikePerson(value)) {
            // A mistyped birth date is far likelier than an all-digit USCC failing its checksum.
            return person;
        }
        if (organisation.verdict() != Verdict.FORMAT) {
            return organisation;
        }
        // Both malformed: the reading that got further before failing explains the value better.
        return reach(person.formatProblem()) >= reach(organisation.formatProblem()) ? person : organisation;
    }

    private static int reach(@Nullable FormatProblem problem) {
        return problem instanceof FormatProblem.AtPosition at ? at.from() : 0;
    }

    /** Seventeen digits and a digit or X: the shape of every person's identifier. */
    private static boolean looksLikePerson(TypedValue value) {
        int last = value.upperAt(18);
        return value.firstNonDigit(1, 17) == 0 && (TypedValue.isAsciiDigit(last) || last == 'X');
    }
}
