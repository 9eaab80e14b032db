package org.redress.domain.appeal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CaseNumberTest {

    @Test
    void a_case_number_parses_into_office_year_and_sequence() {
        assertThat(CaseNumber.parse("RD-2026-000123")).isEqualTo(new CaseNumber("RD", 2026, 123));
    }

    @Test
    void a_case_number_prints_with_a_zero_padded_sequence() {
        assertThat(new CaseNumber("SHRC", 2027, 7)).hasToString("SHRC-2027-000007");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "RD-2026-123", "rd-2026-000123", "RD-26-000123", "RD-2026-000000", "R-2026-000001",
            "RD2026000123", " RD-2026-000123", "RD-2026-0001234", "RD-1899-000001", "ABCDEFGHI-2026-000001",
            "RD-2026-00012٣"})
    void malformed_numbers_are_refused_with_a_reason(String text) {
        Optional<Rejection> problem = CaseNumber.problemWith(text);

        assertThat(problem).get().extracting(Rejection::code).isEqualTo(ReasonCode.CASE_NUMBER_MALFORMED);
        assertThatIllegalArgumentException().isThrownBy(() -> CaseNumber.parse(text))
                .withMessageContaining("RD-2026-000123");
    }

    @Test
    void numbers_order_by_year_then_office_then_sequence() {
        assertThat(CaseNumber.parse("RD-2026-000010")).isLessThan(CaseNumber.parse("RD-2026-000011"))
                .isGreaterThan(CaseNumber.parse("ZZ-2025-999999"))
                .isLessThan(CaseNumber.parse("SH-2026-000001"));
    }
}
