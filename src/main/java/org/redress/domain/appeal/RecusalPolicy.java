package org.redress.domain.appeal;

import org.redress.domain.access.Officer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Recusal (DOMAIN.md): an officer may not review, decide or approve a case where they imposed a
 * disputed entry, work for the agency that issued one, or declared a relation to the subject.
 * Every reason found is listed, so the banner tells the whole story.
 */
public final class RecusalPolicy {

    private RecusalPolicy() {
    }

    public static RecusalVerdict assess(Officer officer, String subjectId, Collection<DisputedEntry> disputed,
                                        Collection<RecusalDeclaration> declarations) {
        List<Rejection> reasons = new ArrayList<>();
        for (DisputedEntry d : disputed) {
            if (officer.id().equals(d.imposingOfficerId())) {
                reasons.add(Rejection.of(ReasonCode.IMPOSED_THE_DEDUCTION, d.entry().id()));
            }
        }
        List<Long> issuedByOwnAgency = disputed.stream()
                .filter(d -> officer.agencyCode().equals(d.entry().agencyCode()))
                .map(d -> d.entry().id())
                .toList();
        if (!issuedByOwnAgency.isEmpty()) {
            reasons.add(Rejection.of(ReasonCode.WORKS_FOR_ISSUING_AGENCY, officer.agencyCode(),
                    entriesInWords(issuedByOwnAgency)));
        }
        for (RecusalDeclaration declaration : declarations) {
            if (declaration.officerId().equals(officer.id()) && declaration.subjectId().equals(subjectId)) {
                reasons.add(Rejection.of(ReasonCode.DECLARED_RELATION, declaration.relation(), declaration.declaredAt()));
            }
        }
        return new RecusalVerdict(reasons);
    }

    private static String entriesInWords(List<Long> ids) {
        String joined = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return (ids.size() == 1 ? "entry " : "entries ") + joined;
    }
}
