package org.redress.domain.scheme;

import java.util.List;
import java.util.Objects;

/** A red or black list; every published entry triggers the list's {@code sanctions}. */
public record ListScale(ListType type, List<String> sanctions) implements Scale {

    public ListScale {
        Objects.requireNonNull(type, "type");
        sanctions = List.copyOf(sanctions);
    }

    @Override
    public SchemeKind kind() {
        return SchemeKind.LIST;
    }
}
