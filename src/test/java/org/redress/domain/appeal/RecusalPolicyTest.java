package org.redress.domain.appeal;

import org.junit.jupiter.api.Test;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.domain.appeal.Examples.*;

class RecusalPolicyTest {

    private static final Instant DECLARED = Instant.parse("2026-01-15T08:30:00Z");
    private final Officer ana = officer("ana", Role.OFFICER, "REVIEW-OFFICE");

    @Test
    void an_officer_with_no_link_to_the_case_is_clear() {
        RecusalVerdict v = RecusalPolicy.assess(ana, SUBJECT, List.of(new DisputedEntry(deduction(11, -50), "someone")),
                List.of(new RecusalDeclaration("bo", SUBJECT, "sister", DECLARED, ""),
                        new RecusalDeclaration("ana", "other-subject", "neighbour", DECLARED, "")));

        assertThat(v.mustStandAside()).isFalse();
        assertThat(v.reasons()).isEmpty();
    }

    @Test
    void an_officer_who_imposed_the_deduction_stands_aside() {
        RecusalVerdict v = RecusalPolicy.assess(ana, SUBJECT, List.of(new DisputedEntry(deduction(11, -50), "ana")), List.of());

        assertThat(v.reasons()).extracting(Rejection::code).containsExactly(ReasonCode.IMPOSED_THE_DEDUCTION);
        assertThat(v.summary()).contains("entry 11");
    }

    @Test
    void an_officer_of_the_issuing_agency_stands_aside() {
        Officer fromAgency = officer("ana", Role.OFFICER, "AGENCY-A");

        RecusalVerdict v = RecusalPolicy.assess(fromAgency, SUBJECT, List.of(new DisputedEntry(deduction(11, -50), null)), List.of());

        assertThat(v.reasons()).extracting(Rejection::code).containsExactly(ReasonCode.WORKS_FOR_ISSUING_AGENCY);
        assertThat(v.summary()).isEqualTo("the officer works for AGENCY-A, which issued the disputed entry 11");
    }

    @Test
    void a_declared_relation_to_the_subject_means_standing_aside() {
        RecusalVerdict v = RecusalPolicy.assess(ana, SUBJECT, List.of(new DisputedEntry(deduction(11, -50), null)),
                List.of(new RecusalDeclaration("ana", SUBJECT, "cousin", DECLARED, "mother's side")));

        assertThat(v.reasons()).extracting(Rejection::code).containsExactly(ReasonCode.DECLARED_RELATION);
        assertThat(v.summary()).contains("cousin", "2026-01-15T08:30:00Z");
    }

    @Test
    void every_reason_is_listed_when_several_apply() {
        Officer fromAgency = officer("ana", Role.SUPERVISOR, "AGENCY-A");
        List<DisputedEntry> disputed = List.of(
                new DisputedEntry(deduction(11, -50), "ana"),
                new DisputedEntry(deduction(12, -20), "ana"),
                new DisputedEntry(listEntry(13, Examples.RECEIVED_ON.plusYears(1)), null));

        RecusalVerdict v = RecusalPolicy.assess(fromAgency, SUBJECT, disputed, List.of(
                new RecusalDeclaration("ana", SUBJECT, "cousin", DECLARED, ""),
                new RecusalDeclaration("ana", SUBJECT, "former employer", DECLARED.plusSeconds(60), "")));

        assertThat(v.reasons()).extracting(Rejection::code).containsExactly(
                ReasonCode.IMPOSED_THE_DEDUCTION, ReasonCode.IMPOSED_THE_DEDUCTION,
                ReasonCode.WORKS_FOR_ISSUING_AGENCY, ReasonCode.DECLARED_RELATION, ReasonCode.DECLARED_RELATION);
        assertThat(v.reasons().get(2).reason()).endsWith("disputed entries 11, 12");
    }
}
