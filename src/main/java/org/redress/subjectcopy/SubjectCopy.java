package org.redress.subjectcopy;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.LocalizedText;
import org.redress.letters.Letterhead;

import java.time.LocalDate;
import java.util.List;

/** What a subject's own copy says, every code already in words. */
public record SubjectCopy(LocalDate producedOn, Letterhead office, Person person, List<SchemePart> schemes,
                          List<CaseCopy> cases) {

    public record Person(String name, String maskedIdentifier, LocalizedText kind) {
    }

    /** One scheme the person has entries under: the entries, and the score and grade over time. */
    public record SchemePart(LocalizedText scheme, List<Entry> entries, List<Point> timeline) {
    }

    public record Entry(LocalDate date, LocalizedText kind, LocalizedText rule, LocalizedText legalBasis,
                        @Nullable Integer points, LocalizedText agency, String agencyReference,
                        @Nullable LocalDate publicationUntil) {
    }

    public record Point(LocalDate date, @Nullable Integer score, @Nullable LocalizedText grade) {
    }

    public record CaseCopy(String caseNo, LocalDate received, LocalizedText status, List<LocalizedText> grounds,
                           String statement, @Nullable DecisionCopy decision, List<LetterCopy> letters) {
    }

    /** The decision in force: when, the outcome per entry, and the reasons in each language written. */
    public record DecisionCopy(LocalDate decidedOn, List<Outcome> outcomes, @Nullable String reasonsZh,
                               @Nullable String reasonsEn) {
    }

    public record Outcome(LocalizedText rule, String agencyReference, LocalizedText outcome) {
    }

    public record LetterCopy(String reference, LocalDate issuedOn, LocalizedText kind) {
    }
}
