package org.redress.domain.identity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecksumOverrideTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final Instant AT = Instant.parse("2025-06-01T09:30:00Z");

    @Test
    void a_checksum_mismatch_can_be_accepted_with_a_reason_and_the_override_covers_it() {
        var check = Identifiers.check("91350100M000100Y44", TODAY);

        var override = ChecksumOverride.accept(check, "  matches the business licence on file ", "officer.wang", AT);

        assertThat(override.identifier()).isEqualTo("91350100M000100Y44");
        assertThat(override.reason()).isEqualTo("matches the business licence on file");
        assertThat(override.mismatches()).isEqualTo(check.mismatches());
        assertThat(override.covers(check)).isTrue();
        assertThat(override.covers(Identifiers.check("110105194912310025", TODAY))).isFalse();
    }

    @Test
    void an_override_needs_a_reason_and_an_officer() {
        var check = Identifiers.check("91350100M000100Y44", TODAY);

        assertThatThrownBy(() -> ChecksumOverride.accept(check, " \t", "officer.wang", AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> ChecksumOverride.accept(check, "seen the licence", "", AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("who");
    }

    @Test
    void a_format_problem_can_never_be_overridden() {
        var check = Identifiers.check("11010520251399002X", TODAY);

        assertThatThrownBy(() -> ChecksumOverride.accept(check, "applicant insists", "officer.wang", AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a format problem can never be overridden");
    }

    @Test
    void a_valid_identifier_has_nothing_to_override() {
        var check = Identifiers.check("11010519491231002X", TODAY);

        assertThatThrownBy(() -> ChecksumOverride.accept(check, "just in case", "officer.wang", AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
