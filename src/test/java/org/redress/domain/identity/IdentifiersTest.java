package org.redress.domain.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiersTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({
            "11010519491231002X, RESIDENT_ID",
            "110105491231002, LEGACY_RESIDENT_ID",
            "810000199001010019, RESIDENCE_PERMIT",
            "911840198506150011, FOREIGNER_PERMANENT_RESIDENCE",
            "91350100M000100Y43, SOCIAL_CREDIT_CODE",
    })
    void the_kind_is_detected_from_the_shape(String value, IdentifierKind kind) {
        var check = Identifiers.check(value, TODAY);

        assertThat(check.kind()).isEqualTo(kind);
        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void an_all_digit_code_that_is_only_valid_as_a_uscc_is_read_as_one() {
        // As a foreigner's ID its "birth date" 00100001 is no date; as a USCC both checks pass.
        var check = Identifiers.check("911000001000013428", TODAY);

        assertThat(check.kind()).isEqualTo(IdentifierKind.SOCIAL_CREDIT_CODE);
        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void an_all_digit_code_valid_both_ways_reads_as_a_uscc_when_the_person_reading_is_born_before_1900() {
        // As a resident ID of Yunnan (53) it would be born in the year 270; as a USCC both checks pass.
        var check = Identifiers.check("533601027011061235", TODAY);

        assertThat(PersonIdValidator.check("533601027011061235", TODAY).warnings()).isNotEmpty();
        assertThat(check.kind()).isEqualTo(IdentifierKind.SOCIAL_CREDIT_CODE);
        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void seventeen_digits_with_a_mistyped_birth_date_read_as_a_person_not_as_an_overridable_uscc() {
        var check = Identifiers.check("11010520251399002X", TODAY);

        assertThat(check.kind()).isEqualTo(IdentifierKind.RESIDENT_ID);
        assertThat(check.verdict()).isEqualTo(Verdict.FORMAT);
        assertThat(check.explanation()).isEqualTo("position 7-14: 20251399 is not a date");
    }

    @Test
    void a_letter_in_the_birth_date_reads_as_a_persons_format_problem_when_the_uscc_reading_fails_there_too() {
        // Position 7 is also inside a USCC's division code, so both readings fail at 7; the person's wins.
        var check = Identifiers.check("110105A9491231002X", TODAY);

        assertThat(check.kind()).isEqualTo(IdentifierKind.RESIDENT_ID);
        assertThat(check.explanation()).isEqualTo("position 7: expected a digit of the birth date, found 'A'");
    }

    @Test
    void a_uscc_with_a_wrong_check_character_is_a_mismatch_not_a_persons_format_problem() {
        var check = Identifiers.check("91350100M000100Y44", TODAY);

        assertThat(check.kind()).isEqualTo(IdentifierKind.SOCIAL_CREDIT_CODE);
        assertThat(check.verdict()).isEqualTo(Verdict.CHECKSUM_MISMATCH);
    }

    @Test
    void a_uscc_with_a_forbidden_letter_is_explained_as_a_uscc() {
        var check = Identifiers.check("91350100MO00100Y43", TODAY);

        assertThat(check.kind()).isEqualTo(IdentifierKind.SOCIAL_CREDIT_CODE);
        assertThat(check.explanation()).startsWith("position 10: 'O' is not used");
    }

    @Test
    void an_unknown_length_is_unrecognised_with_the_lengths_that_would_do() {
        var check = Identifiers.check("1101051949123100", TODAY);

        assertThat(check.kind()).isEqualTo(IdentifierKind.UNRECOGNISED);
        assertThat(check.verdict()).isEqualTo(Verdict.FORMAT);
        assertThat(check.explanation()).isEqualTo(
                "length 16: a resident ID has 18 characters (or 15 in the legacy form), a Unified Social Credit Code 18");
    }

    @Test
    void blank_input_is_a_format_problem() {
        assertThat(Identifiers.check("   ", TODAY).explanation()).isEqualTo("length 0: no identifier was given");
    }

    @Test
    void a_known_subject_kind_restricts_the_reading() {
        var asOrganisation = Identifiers.check("11010519491231002X", SubjectKind.ORGANISATION, TODAY);
        var asPerson = Identifiers.check("911000001000013428", SubjectKind.PERSON, TODAY);

        assertThat(asOrganisation.kind()).isEqualTo(IdentifierKind.SOCIAL_CREDIT_CODE);
        assertThat(asOrganisation.verdict()).isNotEqualTo(Verdict.VALID);
        assertThat(asPerson.kind()).isEqualTo(IdentifierKind.FOREIGNER_PERMANENT_RESIDENCE);
        assertThat(asPerson.verdict()).isEqualTo(Verdict.FORMAT);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            " 91350100m000100y43 | 91350100M000100Y43",
            "11010519491231002x  | 11010519491231002X",
            "110105491231002     | 11010519491231002X",
            "'\t110105491231002 '| 11010519491231002X",
            "not an identifier   | NOT AN IDENTIFIER",
    })
    void normalise_is_the_form_every_check_stores(String raw, String normalised) {
        assertThat(Identifiers.normalise(raw)).isEqualTo(normalised);
        var check = Identifiers.check(raw, TODAY);
        if (check.normalized() != null) {
            assertThat(check.normalized()).isEqualTo(normalised);
        }
    }
}
