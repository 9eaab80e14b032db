package org.redress.intake;

import org.redress.domain.scheme.Catalog;

import java.time.LocalDate;
import java.util.Set;

/** What a feed is checked against: the scheme catalog, the agencies the workspace knows, and today. */
public record IntakeRules(Catalog catalog, Set<String> agencies, LocalDate today) {
    public IntakeRules {
        agencies = Set.copyOf(agencies);
    }
}
