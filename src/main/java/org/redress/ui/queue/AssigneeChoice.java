package org.redress.ui.queue;

import org.jspecify.annotations.Nullable;
import org.redress.store.AssigneeFilter;

/** Whose cases: anyone's, the signed-in officer's, nobody's yet, or a named officer's. */
public record AssigneeChoice(Kind kind, long officerId, @Nullable String name) {

    public enum Kind { ANYONE, ME, UNASSIGNED, OFFICER }

    public static final AssigneeChoice ANYONE = new AssigneeChoice(Kind.ANYONE, 0, null);
    public static final AssigneeChoice UNASSIGNED = new AssigneeChoice(Kind.UNASSIGNED, 0, null);

    public static AssigneeChoice me(long officerId) {
        return new AssigneeChoice(Kind.ME, officerId, null);
    }

    public static AssigneeChoice officer(long officerId, String name) {
        return new AssigneeChoice(Kind.OFFICER, officerId, name);
    }

    public AssigneeFilter filter() {
        return switch (kind) {
            case ANYONE -> AssigneeFilter.ANY;
            case UNASSIGNED -> AssigneeFilter.UNASSIGNED;
            case ME, OFFICER -> AssigneeFilter.officer(officerId);
        };
    }
}
