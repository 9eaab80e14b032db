package org.redress.demo;

import org.jspecify.annotations.Nullable;
import org.redress.domain.identity.IdentifierKind;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.identity.Verdict;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A generated subject: who they are, the verdict their identifier's check gives (a deliberate
 * checksum mismatch carries the officer's override reason) and the scheme whose ledger they have.
 *
 * @param region         the division code their identifier carries (or where they live)
 * @param writesEnglish  whether their statements are in English
 */
record DemoSubject(long id, SubjectKind kind, String identifier, IdentifierKind idKind, Verdict idVerdict,
                   @Nullable String idOverrideReason, String name, String region, @Nullable LocalDate birthDate,
                   String schemeCode, boolean writesEnglish) {

    DemoSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(idKind, "idKind");
        Objects.requireNonNull(idVerdict, "idVerdict");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(schemeCode, "schemeCode");
    }

    @Override
    public String toString() {
        return "DemoSubject[" + id + ", " + kind + ", " + schemeCode + "]";
    }
}
