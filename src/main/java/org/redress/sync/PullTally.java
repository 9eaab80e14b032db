package org.redress.sync;

import java.util.Map;
import java.util.TreeMap;

/** What a pull brought: changes applied per entity, and those that changed nothing (already here, or not for this replica). */
public final class PullTally {

    private final Map<String, Integer> applied = new TreeMap<>();
    private int unchanged;

    void count(String entity, boolean wasApplied) {
        if (wasApplied) {
            applied.merge(entity, 1, Integer::sum);
        } else {
            unchanged++;
        }
    }

    void add(PullTally other) {
        other.applied.forEach((k, v) -> applied.merge(k, v, Integer::sum));
        unchanged += other.unchanged;
    }

    public Map<String, Integer> applied() {
        return Map.copyOf(applied);
    }

    public int appliedTotal() {
        return applied.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int unchanged() {
        return unchanged;
    }
}
