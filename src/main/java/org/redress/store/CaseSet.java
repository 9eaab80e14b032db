package org.redress.store;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A set of cases by id, as a queue criterion: the cases behind a report's figure that an officer
 * drilled into. Kept sorted and without repeats; the queue reads it as one JSON array parameter
 * ({@code json_each}), so a set of any size is one statement.
 */
public record CaseSet(long[] ids) {

    public CaseSet {
        ids = Arrays.stream(ids).sorted().distinct().toArray();
    }

    public static CaseSet of(long... ids) {
        return new CaseSet(ids);
    }

    public int size() {
        return ids.length;
    }

    public boolean contains(long id) {
        return Arrays.binarySearch(ids, id) >= 0;
    }

    /** {@code [1,2,3]}: the parameter {@code json_each} reads. */
    String json() {
        return Arrays.stream(ids).mapToObj(Long::toString).collect(Collectors.joining(",", "[", "]"));
    }

    @Override
    public long[] ids() {
        return ids.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseSet other && Arrays.equals(ids, other.ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
        return "CaseSet[" + ids.length + " cases]";
    }
}
