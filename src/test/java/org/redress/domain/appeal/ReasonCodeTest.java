package org.redress.domain.appeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReasonCodeTest {

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void every_template_renders_in_full_with_its_arguments(ReasonCode code) {
        Rejection r = Rejection.of(code, "A", "B", "C", "D");

        assertThat(r.reason()).isNotBlank().doesNotContain("{", "}", "''");
        assertThat(code.bundleKey()).isEqualTo("reason." + code.name());
    }

    @Test
    void apostrophes_survive_rendering() {
        assertThat(Rejection.of(ReasonCode.APPROVAL_REQUIRED).reason()).contains("officer's approval");
    }

    @Test
    void arguments_are_kept_for_translation_in_order() {
        Rejection r = Rejection.of(ReasonCode.AMENDED_POINTS_OUT_OF_RANGE, -5, -50, -10, "R-1");

        assertThat(r.arguments()).containsExactly("-5", "-50", "-10", "R-1");
        assertThat(r).hasToString("AMENDED_POINTS_OUT_OF_RANGE: " + r.reason());
    }

    @Test
    void large_numbers_are_not_grouped_by_locale() {
        assertThat(Rejection.of(ReasonCode.IMPOSED_THE_DEDUCTION, 1234567L).reason()).contains("1234567");
    }
}
