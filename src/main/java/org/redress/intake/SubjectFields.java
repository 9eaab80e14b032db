package org.redress.intake;

import org.jspecify.annotations.Nullable;
import org.redress.domain.identity.IdentifierCheck;
import org.redress.domain.identity.IdentifierWarning;
import org.redress.domain.identity.Identifiers;
import org.redress.domain.identity.PersonFacts;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.identity.Verdict;

import java.time.LocalDate;

/**
 * The subject columns every record kind shares. A FORMAT problem in the identifier stops the
 * record; a failed checksum imports with a warning, or quietly when the agency gave an override
 * reason (real registered codes exist that fail their own checksum).
 */
final class SubjectFields {
    private SubjectFields() {}

    static @Nullable IncomingSubject read(FieldCheck f, LocalDate today) {
        String raw = f.required("subject_id", 32);
        String name = f.required("subject_name", 100);
        String region = f.optional("region", 60);
        String override = f.optional("id_override_reason", 500);
        SubjectKind expected = f.enumValue("subject_kind", SubjectKind.class, null);
        if (raw == null || name == null) {
            return null;
        }
        IdentifierCheck check = expected == null ? Identifiers.check(raw, today) : Identifiers.check(raw, expected, today);
        if (check.verdict() == Verdict.FORMAT || check.normalized() == null) {
            f.error("subject_id", check.explanation());
            return null;
        }
        SubjectKind kind = check.kind().subjectKind().orElseThrow();
        if (check.verdict() == Verdict.CHECKSUM_MISMATCH && override == null) {
            f.warning("subject_id", check.explanation()
                    + "; imported as a checksum mismatch for an officer to confirm (give id_override_reason to record why it is accepted)");
        }
        for (IdentifierWarning w : check.warnings()) {
            f.warning("subject_id", w.describe());
        }
        LocalDate birthDate = PersonFacts.of(check).map(PersonFacts::birthDate).orElse(null);
        return new IncomingSubject(check.normalized(), kind, check.kind(), check.verdict(),
                check.verdict() == Verdict.CHECKSUM_MISMATCH ? override : null, name, region, birthDate);
    }
}
