package org.redress.domain.ledger;

import org.redress.domain.scheme.Sanction;

import java.util.List;
import java.util.Objects;

/** A sanction (or incentive) in force on the standing's date, with everything that triggers it. */
public record ActiveSanction(Sanction sanction, List<SanctionCause> causes) {

    public ActiveSanction {
        Objects.requireNonNull(sanction, "sanction");
        causes = causes.stream().sorted(SanctionCause.ORDER).toList();
        if (causes.isEmpty()) {
            throw new IllegalArgumentException("an active sanction needs a cause");
        }
    }

    public String code() {
        return sanction.code();
    }
}
