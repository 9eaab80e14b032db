package org.redress.domain.ledger;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.SchemeKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A subject's standing under one scheme on one date, derived from the ledger, with the reasons.
 *
 * @param score          points or range score; null for ratings and lists
 * @param grade          band code (points, range) or rating code; null for lists
 * @param gradeOverride  the entry that set the grade when the score alone would not give it
 * @param listings       list entries published on the date
 * @param sanctions      sanctions and incentives in force, by code, each with its causes
 * @param contributions  every entry still standing (not reversed), by event id
 */
public record Standing(
        String schemeCode,
        SchemeKind kind,
        LocalDate at,
        @Nullable Integer score,
        @Nullable String grade,
        @Nullable GradeOverride gradeOverride,
        List<ListMembership> listings,
        List<ActiveSanction> sanctions,
        List<Contribution> contributions) {

    public Standing {
        Objects.requireNonNull(schemeCode, "schemeCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        listings = List.copyOf(listings);
        sanctions = List.copyOf(sanctions);
        contributions = List.copyOf(contributions);
    }

    public boolean isListed() {
        return !listings.isEmpty();
    }

    public Set<String> sanctionCodes() {
        return sanctions.stream().map(ActiveSanction::code).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<ActiveSanction> sanction(String code) {
        return sanctions.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** Whether a restriction in force denies medical care, education or travel for medical reasons. */
    public boolean deniesEssentialService() {
        return sanctions.stream().anyMatch(s -> s.sanction().deniesEssentialService());
    }

    public Optional<Contribution> contribution(long eventId) {
        return contributions.stream().filter(c -> c.eventId() == eventId).findFirst();
    }

    /** What a chart plots: the score, or for lists the number of published entries; null for ratings. */
    public @Nullable Integer plottedValue() {
        return kind == SchemeKind.LIST ? Integer.valueOf(listings.size()) : score;
    }
}
