package org.redress.domain.appeal;

import java.time.Instant;
import java.util.Objects;

/**
 * An officer's recorded declaration of a relation to a subject (kin, employer, neighbour …).
 * Declarations are kept, never edited; recusal reads them.
 *
 * @param relation the relation, in the officer's words
 * @param note     anything further; may be empty
 */
public record RecusalDeclaration(String officerId, String subjectId, String relation, Instant declaredAt, String note) {

    public RecusalDeclaration {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(relation, "relation");
        if (relation.isBlank()) {
            throw new IllegalArgumentException("a declaration names the relation");
        }
        Objects.requireNonNull(declaredAt, "declaredAt");
        Objects.requireNonNull(note, "note");
    }

    @Override
    public String toString() {
        return "RecusalDeclaration[officer " + officerId + ", " + declaredAt + "]";
    }
}
