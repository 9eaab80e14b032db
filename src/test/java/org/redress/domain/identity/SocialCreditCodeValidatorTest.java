package org.redress.domain.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SocialCreditCodeValidatorTest {

    @Test
    void a_frequently_cited_code_is_valid() {
        // Organisation code body M000100Y (GB 11714 values M=22, Y=34), weights 3 7 9 10 5 8 4 2:
        // 66+0+0+0+5+0+0+68 = 139; 139 mod 11 = 7; 11-7 = 4 -> '4' at position 17.
        // Whole code, USCC values (M=21, Y=30) 9 1 3 5 0 1 0 0 21 0 0 0 1 0 0 30 4, weights
        // 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28: 9+3+27+135+0+26+0+0+420+0+0+0+8+0+0+900+112
        // = 1640; 1640 mod 31 = 28; 31-28 = 3 -> '3'.
        var check = SocialCreditCodeValidator.check("91350100M000100Y43");

        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
        assertThat(check.kind()).isEqualTo(IdentifierKind.SOCIAL_CREDIT_CODE);
    }

    @Test
    void an_all_digit_code_is_valid() {
        // Body 10000134: 3+0+0+0+0+8+12+8 = 31; 31 mod 11 = 9; 11-9 = 2 -> '2'.
        // 9+3+9+0+0+0+0+0+20+0+0+0+0+24+30+120+56 = 271; 271 mod 31 = 23; 31-23 = 8 -> '8'.
        assertThat(SocialCreditCodeValidator.check("911000001000013428").verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void organisation_code_letters_count_by_the_full_latin_alphabet_not_the_uscc_alphabet() {
        // Body MA3C0J7K, GB 11714 values M=22 A=10 C=12 J=19 K=20: 66+70+27+120+0+152+28+40 = 503;
        // 503 mod 11 = 8; 11-8 = 3 -> '3'. (With USCC indices J=18, K=19 the sum would be 495 -> '0'.)
        assertThat(SocialCreditCodeValidator.organisationCodeCheck("MA3C0J7K")).isEqualTo('3');
        // Whole code with USCC values M=21 A=10 C=12 J=18 K=19: 9+3+27+189+0+52+16+17+420+290+75
        // +156+0+432+70+570+84 = 2410; 2410 mod 31 = 23; 31-23 = 8 -> '8'.
        assertThat(SocialCreditCodeValidator.check("91370211MA3C0J7K38").verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void the_organisation_code_check_maps_10_to_X_and_11_to_0() {
        // 00000001: 1*2 = 2; 11-2 = 9. 00000005: 10; 11-10 = 1. 00000010: 1*4 = 4 -> 7.
        // 10000000: 3 -> 8. 00010000: 10 -> 1. 00000000: 0 -> 11 -> '0'. 01000000: 7 -> 4.
        // 00000006: 12 mod 11 = 1 -> 10 -> 'X'.
        assertThat(SocialCreditCodeValidator.organisationCodeCheck("00000000")).isEqualTo('0');
        assertThat(SocialCreditCodeValidator.organisationCodeCheck("00000006")).isEqualTo('X');
        assertThat(SocialCreditCodeValidator.organisationCodeCheck("00000001")).isEqualTo('9');
    }

    @Test
    void lower_case_letters_and_surrounding_whitespace_are_accepted_and_normalised() {
        var check = SocialCreditCodeValidator.check(" 91350100m000100y43 ");

        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
        assertThat(check.normalized()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void a_wrong_final_character_is_a_mismatch_of_the_check_character() {
        var check = SocialCreditCodeValidator.check("91350100M000100Y44");

        assertThat(check.verdict()).isEqualTo(Verdict.CHECKSUM_MISMATCH);
        assertThat(check.mismatches()).containsExactly(
                new ChecksumMismatch(ChecksumMismatch.Check.CHECK_CHARACTER, 18, '3', '4'));
    }

    @Test
    void a_wrong_organisation_code_check_is_named_as_such() {
        // Position 17 changed from 4 to 5 raises the sum by 28: 1668 mod 31 = 25 -> 31-25 = 6 -> '6',
        // so ...Y56 keeps the outer check right and fails only the inner one.
        var check = SocialCreditCodeValidator.check("91350100M000100Y56");

        assertThat(check.verdict()).isEqualTo(Verdict.CHECKSUM_MISMATCH);
        assertThat(check.mismatches()).containsExactly(
                new ChecksumMismatch(ChecksumMismatch.Check.ORGANISATION_CODE_CHECK, 17, '4', '5'));
        assertThat(check.explanation())
                .isEqualTo("position 17: the organisation code's check character should be '4', found '5'");
    }

    @Test
    void both_checks_are_reported_when_both_fail() {
        var check = SocialCreditCodeValidator.check("91350100M000100Y53");

        assertThat(check.mismatches()).extracting(ChecksumMismatch::check).containsExactly(
                ChecksumMismatch.Check.ORGANISATION_CODE_CHECK, ChecksumMismatch.Check.CHECK_CHARACTER);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "91350100M000100Y4   | length 17: a Unified Social Credit Code has 18 characters",
            "91350100MO00100Y43  | position 10: 'O' is not used in a Unified Social Credit Code (I, O, S, V and Z never are); did you mean '0'?",
            "91350100M000100Z43  | position 16: 'Z' is not used in a Unified Social Credit Code (I, O, S, V and Z never are)",
            "9135010-M000100Y43  | position 8: expected a digit or a capital letter other than I, O, S, V, Z, found '-'",
            "9135A100M000100Y43  | position 5: expected a digit of the division code, found 'A'",
    })
    void format_problems_name_the_position_and_the_problem(String value, String explanation) {
        var check = SocialCreditCodeValidator.check(value);

        assertThat(check.verdict()).isEqualTo(Verdict.FORMAT);
        assertThat(check.explanation()).isEqualTo(explanation);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // Both check characters are right: only the division code's province is wrong.
            "91990100M000100Y4U | position 3-4: expected the code of a mainland province, autonomous region or municipality (GB/T 2260), or 100000 for a national registration, found 99",
            "91710100M000100Y4D | position 3-4: expected the code of a mainland province, autonomous region or municipality (GB/T 2260), or 100000 for a national registration, found 71",
            "91820000M000100Y43 | position 3-4: expected the code of a mainland province, autonomous region or municipality (GB/T 2260), or 100000 for a national registration, found 82",
            "91105000M000100Y4R | position 3-8: expected the code of a mainland province, autonomous region or municipality (GB/T 2260), or 100000 for a national registration, found 105000",
    })
    void a_division_code_of_no_province_is_a_format_problem(String value, String explanation) {
        var check = SocialCreditCodeValidator.check(value);

        assertThat(check.verdict()).isEqualTo(Verdict.FORMAT);
        assertThat(check.explanation()).isEqualTo(explanation);
    }

    @Test
    void a_national_registration_with_division_code_100000_is_valid() {
        assertThat(SocialCreditCodeValidator.check("12100000M000100Y41").verdict()).isEqualTo(Verdict.VALID);
    }
}
