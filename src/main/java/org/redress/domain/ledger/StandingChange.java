package org.redress.domain.ledger;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.Sanction;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The before→after of a hypothesis or a decision: "the grade goes from C to B and the rail ban
 * lifts".
 */
public record StandingChange(
        Standing before,
        Standing after,
        List<Sanction> sanctionsLifted,
        List<Sanction> sanctionsAdded,
        List<ListMembership> listingsRemoved,
        List<ListMembership> listingsAdded) {

    public StandingChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        sanctionsLifted = List.copyOf(sanctionsLifted);
        sanctionsAdded = List.copyOf(sanctionsAdded);
        listingsRemoved = List.copyOf(listingsRemoved);
        listingsAdded = List.copyOf(listingsAdded);
    }

    public static StandingChange between(Standing before, Standing after) {
        return new StandingChange(before, after,
                missingFrom(before.sanctions(), after.sanctionCodes()),
                missingFrom(after.sanctions(), before.sanctionCodes()),
                listingsMissingFrom(before.listings(), after.listings()),
                listingsMissingFrom(after.listings(), before.listings()));
    }

    /** After minus before; null when the scheme has no score. */
    public @Nullable Integer scoreDelta() {
        Integer from = before.score();
        Integer to = after.score();
        return from == null || to == null ? null : to - from;
    }

    public boolean gradeChanged() {
        return !Objects.equals(before.grade(), after.grade());
    }

    public boolean changesAnything() {
        return !Objects.equals(before.score(), after.score()) || gradeChanged()
                || !sanctionsLifted.isEmpty() || !sanctionsAdded.isEmpty()
                || !listingsRemoved.isEmpty() || !listingsAdded.isEmpty();
    }

    private static List<Sanction> missingFrom(List<ActiveSanction> from, Set<String> other) {
        return from.stream().map(ActiveSanction::sanction).filter(s -> !other.contains(s.code())).toList();
    }

    private static List<ListMembership> listingsMissingFrom(List<ListMembership> from, List<ListMembership> other) {
        Set<Long> otherIds = other.stream().map(ListMembership::eventId).collect(Collectors.toSet());
        return from.stream().filter(m -> !otherIds.contains(m.eventId())).toList();
    }
}
