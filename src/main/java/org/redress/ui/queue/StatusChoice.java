package org.redress.ui.queue;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The status part of the queue filter: open cases (the default), every case, or one status. */
public record StatusChoice(Kind kind, @Nullable CaseStatus status) {

    public enum Kind { OPEN, ALL, ONE }

    public static final StatusChoice OPEN = new StatusChoice(Kind.OPEN, null);
    public static final StatusChoice ALL = new StatusChoice(Kind.ALL, null);

    public static StatusChoice of(CaseStatus status) {
        return new StatusChoice(Kind.ONE, status);
    }

    /** Every choice, in the order the filter bar lists them. */
    public static List<StatusChoice> all() {
        List<StatusChoice> choices = new ArrayList<>(List.of(OPEN, ALL));
        for (CaseStatus status : CaseStatus.values()) {
            choices.add(of(status));
        }
        return choices;
    }

    /** The statuses the queue filter admits (an empty set admits every status). */
    public Set<CaseStatus> statuses() {
        return switch (kind) {
            case ALL -> Set.of();
            case ONE -> EnumSet.of(status);
            case OPEN -> {
                EnumSet<CaseStatus> open = EnumSet.noneOf(CaseStatus.class);
                for (CaseStatus s : CaseStatus.values()) {
                    if (s.isOpen()) {
                        open.add(s);
                    }
                }
                yield open;
            }
        };
    }
}
