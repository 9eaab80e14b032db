package org.redress.store;

/** Whose cases the queue shows: anyone's, nobody's yet, or one officer's. */
public sealed interface AssigneeFilter {

    AssigneeFilter ANY = new Any();
    AssigneeFilter UNASSIGNED = new Unassigned();

    static AssigneeFilter officer(long officerId) {
        return new Officer(officerId);
    }

    record Any() implements AssigneeFilter {
    }

    record Unassigned() implements AssigneeFilter {
    }

    record Officer(long officerId) implements AssigneeFilter {
    }
}
