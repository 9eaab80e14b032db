package org.redress.domain.calendar;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The {@link LunarDates} of the years the application knows them for (a table shipped as data). */
public final class LunarTable {

    private static final LunarTable EMPTY = new LunarTable(java.util.List.of());

    private final Map<Integer, LunarDates> years = new TreeMap<>();

    public LunarTable(Collection<LunarDates> dates) {
        for (LunarDates d : dates) {
            if (years.putIfAbsent(d.year(), d) != null) {
                throw new IllegalArgumentException("lunar dates for " + d.year() + " given twice");
            }
        }
    }

    /** No lunar dates at all: a year without its notice counts weekends only. */
    public static LunarTable empty() {
        return EMPTY;
    }

    public Optional<LunarDates> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }
}
