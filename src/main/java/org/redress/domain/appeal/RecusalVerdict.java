package org.redress.domain.appeal;

import java.util.List;
import java.util.stream.Collectors;

/** Every reason an officer must stand aside from a case, for the banner; empty when none. */
public record RecusalVerdict(List<Rejection> reasons) {

    public RecusalVerdict {
        reasons = List.copyOf(reasons);
    }

    public static RecusalVerdict clear() {
        return new RecusalVerdict(List.of());
    }

    public boolean mustStandAside() {
        return !reasons.isEmpty();
    }

    /** All reasons in one English sentence, joined by semicolons. */
    public String summary() {
        return reasons.stream().map(Rejection::reason).collect(Collectors.joining("; "));
    }
}
