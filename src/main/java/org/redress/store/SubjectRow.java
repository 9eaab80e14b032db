package org.redress.store;

import org.jspecify.annotations.Nullable;
import org.redress.domain.identity.SubjectKind;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A subject (person or organisation) as stored. {@code idKind} and {@code idVerdict} hold the
 * names the identity package gives to identifier kinds and check results; a failed checksum is
 * kept only with {@code idOverrideReason}. {@code id} 0 on insert lets the store choose the id.
 */
public record SubjectRow(long id, SubjectKind kind, String identifier, String idKind, String idVerdict,
                         @Nullable String idOverrideReason, String name, @Nullable String region,
                         @Nullable LocalDate birthDate) {
    public SubjectRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(idKind, "idKind");
        Objects.requireNonNull(idVerdict, "idVerdict");
        Objects.requireNonNull(name, "name");
    }

    public SubjectRow withId(long newId) {
        return new SubjectRow(newId, kind, identifier, idKind, idVerdict, idOverrideReason, name, region, birthDate);
    }
}
