package org.redress.domain.identity;

import org.jspecify.annotations.Nullable;

import java.util.Optional;

/** The kinds of identifier a check can recognise. */
public enum IdentifierKind {
    /** GB 11643-1999, 18 characters. */
    RESIDENT_ID(SubjectKind.PERSON),
    /** The 15-digit number issued before 1999; checked, then normalised to its 18-character form. */
    LEGACY_RESIDENT_ID(SubjectKind.PERSON),
    /** Residence permit for residents of Hong Kong (81), Macao (82) or Taiwan (83). */
    RESIDENCE_PERMIT(SubjectKind.PERSON),
    /** Foreigner's permanent residence ID card, 2023 format: a leading 9, resident-ID checksum. */
    FOREIGNER_PERMANENT_RESIDENCE(SubjectKind.PERSON),
    /** Unified Social Credit Code, GB 32100-2015. */
    SOCIAL_CREDIT_CODE(SubjectKind.ORGANISATION),
    /** The value has no shape we know; always comes with a format problem. */
    UNRECOGNISED(null);

    private final @Nullable SubjectKind subject;

    IdentifierKind(@Nullable SubjectKind subject) {
        this.subject = subject;
    }

    /** Whom an identifier of this kind names; empty for {@link #UNRECOGNISED}. */
    public Optional<SubjectKind> subjectKind() {
        return Optional.ofNullable(subject);
    }
}
