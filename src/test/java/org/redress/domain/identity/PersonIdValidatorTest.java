package org.redress.domain.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonIdValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void the_standards_own_example_is_valid() {
        // GB 11643-1999's example. Digits 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 times weights
        // 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2: 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167;
        // 167 mod 11 = 2; "10X98765432"[2] = X.
        var check = PersonIdValidator.check("11010519491231002X", TODAY);

        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
        assertThat(check.kind()).isEqualTo(IdentifierKind.RESIDENT_ID);
        assertThat(check.normalized()).isEqualTo("11010519491231002X");
    }

    @Test
    void a_hand_computed_rongcheng_number_is_valid() {
        // 371082 19900307 123: 21+63+10+0+64+8+2+9+54+0+0+27+0+35+8+8+6 = 315; 315 mod 11 = 7 -> '5'.
        assertThat(PersonIdValidator.checkCharacter("37108219900307123")).isEqualTo('5');
        assertThat(PersonIdValidator.check("371082199003071235", TODAY).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void the_standards_1880_example_is_valid_with_a_warning_that_the_birth_date_is_implausible() {
        // GB 11643's second example, born 1880-01-01: 28+36+0+25+16+16+2+8+48+0+0+9+0+5+0+0+2 = 195;
        // 195 mod 11 = 8 -> '4'. A birth date before 1900 is unlikely for a living person, not malformed.
        assertThat(PersonIdValidator.checkCharacter("44052418800101001")).isEqualTo('4');

        var check = PersonIdValidator.check("440524188001010014", TODAY);

        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
        assertThat(check.normalized()).isEqualTo("440524188001010014");
        assertThat(check.explanation()).isEmpty();
        assertThat(check.warnings()).extracting(IdentifierWarning::describe).containsExactly(
                "position 7-14: 18800101 is a birth date before 1900, unlikely for a living person; check it against the card");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // The check characters are right: only the region code is wrong.
            "190105199001010015 | position 1-2: expected the code of a mainland province, autonomous region or municipality (GB/T 2260), found 19",
            "711234199001010010 | position 1-2: expected the code of a mainland province, autonomous region or municipality (GB/T 2260), found 71",
            "999840198506150013 | position 2-3: expected the code of the mainland province that issued the card (GB/T 2260), found 99",
            "96084019850615001X | position 2-3: expected the code of the mainland province that issued the card (GB/T 2260), found 60",
            "190105900101001    | position 1-2: expected the code of a mainland province, autonomous region or municipality (GB/T 2260), found 19",
    })
    void a_region_code_that_does_not_exist_is_a_format_problem(String value, String explanation) {
        var check = PersonIdValidator.check(value, TODAY);

        assertThat(check.verdict()).isEqualTo(Verdict.FORMAT);
        assertThat(check.explanation()).isEqualTo(explanation);
    }

    @Test
    void lower_case_x_and_surrounding_whitespace_are_accepted_and_normalised() {
        var check = PersonIdValidator.check("  11010519491231002x\t", TODAY);

        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
        assertThat(check.normalized()).isEqualTo("11010519491231002X");
        assertThat(check.given()).isEqualTo("  11010519491231002x\t");
    }

    @Test
    void a_wrong_check_character_is_a_mismatch_naming_the_expected_character() {
        var check = PersonIdValidator.check("110105194912310025", TODAY);

        assertThat(check.verdict()).isEqualTo(Verdict.CHECKSUM_MISMATCH);
        assertThat(check.mismatches()).containsExactly(
                new ChecksumMismatch(ChecksumMismatch.Check.CHECK_CHARACTER, 18, 'X', '5'));
        assertThat(check.explanation()).isEqualTo("position 18: the check character should be 'X', found '5'");
        assertThat(check.normalized()).isEqualTo("110105194912310025");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "110105A9491231002X | position 7: expected a digit of the birth date, found 'A'",
            "1101051949123100   | length 16: a resident ID has 18 characters (or 15 in the legacy form)",
            "11010519491231002  | length 17: a resident ID has 18 characters (or 15 in the legacy form)",
            "11010520251399002X | position 7-14: 20251399 is not a date",
            "11010520230229002X | position 7-14: 20230229 is not a date",
            "110105199902310021 | position 7-14: 19990231 is not a date",
            "11010520250602002X | position 7-14: 20250602 is a birth date in the future",
            "1101051949123100AX | position 17: expected a digit of the sequence number, found 'A'",
            "11010519491231002Y | position 18: expected a digit or X as the check character, found 'Y'",
            "1-0105194912310025 | position 2: expected a digit of the address code, found '-'",
            "01010519491231002X | position 1: an address code never starts with 0",
            "84010519491231002X | position 1-2: a number starting with 8 is a residence permit, which starts with 81, 82 or 83, found 84",
            "81123419900101001X | position 1-6: a residence permit's address code is 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan), found 811234",
    })
    void format_problems_name_the_position_and_the_problem(String value, String explanation) {
        var check = PersonIdValidator.check(value, TODAY);

        assertThat(check.verdict()).isEqualTo(Verdict.FORMAT);
        assertThat(check.explanation()).isEqualTo(explanation);
        assertThat(check.normalized()).isNull();
    }

    @Test
    void a_full_width_digit_is_named_with_its_code_point_so_the_officer_can_see_the_difference() {
        var check = PersonIdValidator.check("110105１9491231002X", TODAY);

        assertThat(check.explanation())
                .isEqualTo("position 7: expected a digit of the birth date, found '１' (U+FF11)");
    }

    @Test
    void a_birth_date_of_today_is_accepted() {
        var generator = new IdentifierGenerator(new java.util.SplittableRandom(1));
        String born = generator.residentId(TODAY, TODAY);

        assertThat(PersonIdValidator.check(born, TODAY).verdict()).isEqualTo(Verdict.VALID);
        assertThat(PersonIdValidator.check(born, TODAY.minusDays(1)).verdict()).isEqualTo(Verdict.FORMAT);
    }

    @Test
    void a_hong_kong_residence_permit_is_recognised() {
        // 810000 19900101 001: 56+9+0+0+0+0+2+9+54+0+0+9+0+5+0+0+2 = 146; 146 mod 11 = 3 -> '9'.
        var check = PersonIdValidator.check("810000199001010019", TODAY);

        assertThat(check.kind()).isEqualTo(IdentifierKind.RESIDENCE_PERMIT);
        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void a_foreigners_permanent_residence_id_is_recognised_by_its_leading_9() {
        // 9 11 840 19850615 001: 63+9+10+40+32+0+2+9+48+15+0+54+10+25+0+0+2 = 319; 319 mod 11 = 0 -> '1'.
        var check = PersonIdValidator.check("911840198506150011", TODAY);

        assertThat(check.kind()).isEqualTo(IdentifierKind.FOREIGNER_PERMANENT_RESIDENCE);
        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void a_legacy_number_is_valid_and_normalised_to_its_eighteen_character_form() {
        var check = PersonIdValidator.check("110105491231002", TODAY);

        assertThat(check.kind()).isEqualTo(IdentifierKind.LEGACY_RESIDENT_ID);
        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
        assertThat(check.normalized()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "110105491331002 | position 7-12: 491331 is not a date",
            "11010549123100X | position 15: expected a digit of the sequence number, found 'X'",
            "910105491231002 | position 1: a legacy resident ID's address code starts with a digit from 1 to 7, found '9'",
            "USA110078110904 | position 1-3: a 15-character number starting with three letters looks like a foreigner's permanent residence card of the 2004 format, which this check does not cover; a legacy resident ID has 15 digits",
    })
    void legacy_format_problems_name_the_position(String value, String explanation) {
        var check = PersonIdValidator.check(value, TODAY);

        assertThat(check.verdict()).isEqualTo(Verdict.FORMAT);
        assertThat(check.explanation()).isEqualTo(explanation);
    }

    @Test
    void converting_a_legacy_number_inserts_19_and_appends_the_check_character() {
        assertThat(PersonIdValidator.toEighteen("110105491231002")).isEqualTo("11010519491231002X");
        assertThatThrownBy(() -> PersonIdValidator.toEighteen("11010549123100"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
