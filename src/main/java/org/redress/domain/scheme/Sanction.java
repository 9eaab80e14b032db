package org.redress.domain.scheme;

import java.util.Objects;
import java.util.Set;

/**
 * A measure a grade, a list or a rule triggers: a restriction such as NO_FLIGHTS, or an incentive
 * (red lists and top grades reward). Restrictions that deny an essential service make a case urgent.
 *
 * @param incentive        true for a reward (green channel, deposit-free rental), false for a restriction
 * @param deniesEssential  the essential services this measure denies; empty for most
 */
public record Sanction(String code, LocalizedText title, boolean incentive, Set<EssentialService> deniesEssential) {

    public Sanction {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a sanction needs a code");
        }
        deniesEssential = Set.copyOf(deniesEssential);
        if (incentive && !deniesEssential.isEmpty()) {
            throw new IllegalArgumentException("incentive " + code + " cannot deny an essential service");
        }
    }

    public boolean deniesEssentialService() {
        return !deniesEssential.isEmpty();
    }
}
