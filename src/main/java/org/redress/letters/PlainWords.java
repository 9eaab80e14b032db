package org.redress.letters;

import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.scheme.LocalizedText;

import java.time.LocalDate;

/**
 * The letters' fixed words for other packages (templated notices, the subject's own copy), so a
 * ground, an outcome or a date reads the same in every document the office sends: a read-only view
 * of {@link LetterWords}.
 */
public final class PlainWords {

    private PlainWords() {
    }

    public static LocalizedText ground(Ground ground) {
        return LetterWords.ground(ground);
    }

    public static LocalizedText outcome(OutcomeKind kind) {
        return LetterWords.outcome(kind);
    }

    public static LocalizedText date(LocalDate date) {
        return LetterWords.date(date);
    }

    public static LocalizedText workingDays(int days) {
        return LetterWords.workingDays(days);
    }

    /** "第 2 页 共 3 页" / "Page 2 of 3". */
    public static LocalizedText page(int page, int pages) {
        return LetterWords.page(page, pages);
    }

    public static LocalizedText label(String which) {
        return switch (which) {
            case "reference" -> LetterWords.REFERENCE;
            case "dateOfIssue" -> LetterWords.DATE_OF_ISSUE;
            case "caseNo" -> LetterWords.CASE_NO;
            case "received" -> LetterWords.RECEIVED;
            case "to" -> LetterWords.TO;
            case "identifier" -> LetterWords.IDENTIFIER;
            case "shortCode" -> LetterWords.SHORT_CODE;
            default -> throw new IllegalArgumentException("no label " + which);
        };
    }
}
