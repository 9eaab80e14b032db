package org.redress.intake;

import org.jspecify.annotations.Nullable;
import org.redress.domain.identity.IdentifierKind;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.identity.Verdict;

import java.time.LocalDate;

/** The subject a feed record names, with its identifier checked and normalised. */
public record IncomingSubject(String identifier, SubjectKind kind, IdentifierKind idKind, Verdict verdict,
                              @Nullable String overrideReason, String name, @Nullable String region,
                              @Nullable LocalDate birthDate) {
}
