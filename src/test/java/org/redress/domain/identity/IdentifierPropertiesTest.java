package org.redress.domain.identity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierPropertiesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    @Property
    void generated_person_identifiers_are_valid(@ForAll("personIds") String id) {
        assertThat(PersonIdValidator.check(id, TODAY).verdict()).isEqualTo(Verdict.VALID);
        assertThat(Identifiers.check(id, TODAY).verdict()).isEqualTo(Verdict.VALID);
    }

    @Property
    void generated_social_credit_codes_are_valid(@ForAll("socialCreditCodes") String code) {
        assertThat(SocialCreditCodeValidator.check(code).verdict()).isEqualTo(Verdict.VALID);
        assertThat(Identifiers.check(code, TODAY).verdict()).isEqualTo(Verdict.VALID);
    }

    @Property
    void changing_any_one_character_of_a_valid_person_id_is_never_valid(
            @ForAll("personIds") String id, @ForAll @IntRange(max = 17) int index, @ForAll char replacement) {
        Assume.that(upper(replacement) != id.charAt(index));
        String changed = replace(id, index, replacement);

        assertThat(PersonIdValidator.check(changed, TODAY).verdict()).isIn(Verdict.CHECKSUM_MISMATCH, Verdict.FORMAT);
        // Read without context it may, rarely, pass as a USCC (see Identifiers), never as a person's ID.
        var detected = Identifiers.check(changed, TODAY);
        if (detected.isValid()) {
            assertThat(detected.kind()).isEqualTo(IdentifierKind.SOCIAL_CREDIT_CODE);
        }
    }

    @Property
    void changing_any_one_character_of_a_valid_social_credit_code_is_never_valid(
            @ForAll("socialCreditCodes") String code, @ForAll @IntRange(max = 17) int index, @ForAll char replacement) {
        Assume.that(upper(replacement) != code.charAt(index));
        String changed = replace(code, index, replacement);

        assertThat(SocialCreditCodeValidator.check(changed).verdict()).isIn(Verdict.CHECKSUM_MISMATCH, Verdict.FORMAT);
        var detected = Identifiers.check(changed, TODAY);
        if (detected.isValid()) {
            assertThat(detected.kind()).isNotEqualTo(IdentifierKind.SOCIAL_CREDIT_CODE);
        }
    }

    @Property
    void a_legacy_number_converts_to_a_valid_eighteen_character_id_and_back(@ForAll long seed) {
        String legacy = new IdentifierGenerator(new SplittableRandom(seed))
                .legacyResidentId(EARLIEST, LocalDate.of(1999, 12, 31));

        String eighteen = PersonIdValidator.toEighteen(legacy);

        assertThat(PersonIdValidator.check(eighteen, TODAY).verdict()).isEqualTo(Verdict.VALID);
        assertThat(PersonIdValidator.check(legacy, TODAY).normalized()).isEqualTo(eighteen);
        assertThat(eighteen.substring(0, 6) + eighteen.substring(8, 17)).isEqualTo(legacy);
    }

    @Property
    void an_eighteen_character_id_of_the_1900s_survives_the_trip_through_the_legacy_form(@ForAll long seed) {
        String id = new IdentifierGenerator(new SplittableRandom(seed))
                .residentId(EARLIEST, LocalDate.of(1999, 12, 31));

        assertThat(PersonIdValidator.toEighteen(id.substring(0, 6) + id.substring(8, 17))).isEqualTo(id);
    }

    @Property
    void masking_never_shows_the_birth_date_of_a_person(@ForAll("personIds") String id) {
        String masked = IdentifierMask.apply(id);

        assertThat(masked).hasSize(18);
        assertThat(masked.substring(6, 14)).isEqualTo("********");
        assertThat(masked).doesNotContain(id.substring(6, 14));
    }

    @Property
    void masking_shows_nothing_but_the_first_6_and_last_4_characters_of_any_input(@ForAll String raw) {
        String trimmed = raw.strip();
        int[] masked = IdentifierMask.apply(raw).codePoints().toArray();

        assertThat(masked).hasSize(trimmed.codePointCount(0, trimmed.length()));
        for (int i = 6; i < masked.length - 4; i++) {
            assertThat(masked[i]).as("position %d", i + 1).isEqualTo('*');
        }
    }

    @Property
    void masking_shows_at_most_the_last_2_characters_of_anything_not_shaped_like_an_identifier(
            @ForAll("oddLengths") String raw) {
        String masked = IdentifierMask.apply(raw);

        assertThat(masked.codePoints().filter(c -> c != '*').count()).isLessThanOrEqualTo(2);
    }

    @Property
    void any_string_gets_a_verdict_and_never_an_exception(@ForAll("anyInput") String raw) {
        var check = Identifiers.check(raw, TODAY);

        assertThat(check.verdict()).isNotNull();
        assertThat(check.given()).isEqualTo(raw);
        assertThat(check.isValid()).isEqualTo(check.explanation().isEmpty());
        assertThat(PersonIdValidator.check(raw, TODAY).verdict()).isNotNull();
        assertThat(SocialCreditCodeValidator.check(raw).verdict()).isNotNull();
        assertThat(IdentifierMask.apply(raw)).isNotNull();
    }

    @Property
    void a_deliberately_wrong_check_character_is_an_overridable_mismatch(@ForAll long seed) {
        var generator = new IdentifierGenerator(new SplittableRandom(seed));
        String wrong = generator.withWrongCheckCharacter(generator.residentId(EARLIEST, TODAY), SubjectKind.PERSON);

        var check = PersonIdValidator.check(wrong, TODAY);

        assertThat(check.verdict()).isEqualTo(Verdict.CHECKSUM_MISMATCH);
        assertThat(ChecksumOverride.accept(check, "seen the card", "officer", java.time.Instant.EPOCH).covers(check))
                .isTrue();
    }

    @Property
    void every_generated_identifier_of_each_kind_checks_valid_as_that_kind(@ForAll long seed) {
        var generator = new IdentifierGenerator(new SplittableRandom(seed));
        var expected = java.util.Map.of(
                generator.residentId(EARLIEST, TODAY), IdentifierKind.RESIDENT_ID,
                generator.legacyResidentId(EARLIEST, LocalDate.of(1999, 12, 31)), IdentifierKind.LEGACY_RESIDENT_ID,
                generator.residencePermit(EARLIEST, TODAY), IdentifierKind.RESIDENCE_PERMIT,
                generator.foreignerPermanentResidenceId(EARLIEST, TODAY), IdentifierKind.FOREIGNER_PERMANENT_RESIDENCE,
                generator.socialCreditCode(), IdentifierKind.SOCIAL_CREDIT_CODE);

        expected.forEach((id, kind) -> {
            var check = Identifiers.check(id, TODAY);
            assertThat(check.kind()).as(id).isEqualTo(kind);
            assertThat(check.verdict()).as(id).isEqualTo(Verdict.VALID);
            assertThat(check.warnings()).as(id).isEmpty();
        });
    }

    @Property
    void a_region_code_off_the_list_is_a_format_problem_even_with_right_check_characters(
            @ForAll("personIds") String id, @ForAll("socialCreditCodes") String code, @ForAll("notProvinces") String region) {
        // The region code is positions 1-2 of a resident ID, 2-3 of a foreigner's ID, 3-4 of a USCC.
        if (!id.startsWith("8")) { // residence permits have the fixed codes 810000, 820000, 830000
            int at = id.startsWith("9") ? 1 : 0;
            Assume.that(!(at == 0 && (region.startsWith("8") || region.startsWith("9"))));
            String first17 = id.substring(0, at) + region + id.substring(at + 2, 17);
            var person = PersonIdValidator.check(first17 + PersonIdValidator.checkCharacter(first17), TODAY);
            assertThat(person.verdict()).isEqualTo(Verdict.FORMAT);
            assertThat(person.formatProblem()).isInstanceOfSatisfying(FormatProblem.AtPosition.class,
                    p -> assertThat(p.from()).isEqualTo(at + 1));
        }
        String body = code.substring(0, 2) + region + code.substring(4, 16);
        String first17 = body + SocialCreditCodeValidator.organisationCodeCheck(body.substring(8, 16));
        var organisation = SocialCreditCodeValidator.check(first17 + SocialCreditCodeValidator.checkCharacter(first17));
        assertThat(organisation.verdict()).isEqualTo(Verdict.FORMAT);
    }

    @Property
    void a_real_birth_date_before_1900_is_valid_with_a_warning_and_an_impossible_one_is_a_format_problem(
            @ForAll @IntRange(min = 1000, max = 1899) int year, @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 31) int day, @ForAll long seed) {
        var generator = new IdentifierGenerator(new SplittableRandom(seed));
        String real = generator.residentId(generator.division(), EARLIEST, Sex.FEMALE);
        String date = String.format("%04d%02d%02d", year, month, day);
        String first17 = real.substring(0, 6) + date + real.substring(14, 17);
        var check = PersonIdValidator.check(first17 + PersonIdValidator.checkCharacter(first17), TODAY);

        boolean exists = day <= java.time.YearMonth.of(year, month).lengthOfMonth();
        if (exists) {
            assertThat(check.verdict()).isEqualTo(Verdict.VALID);
            assertThat(check.warnings()).singleElement()
                    .satisfies(w -> assertThat(w.describe()).contains(date, "before 1900"));
        } else {
            assertThat(check.verdict()).isEqualTo(Verdict.FORMAT);
            assertThat(check.explanation()).isEqualTo("position 7-14: " + date + " is not a date");
        }
    }

    @Property
    void every_check_stores_the_one_normalised_form(@ForAll("anyInput") String raw) {
        var check = Identifiers.check(raw, TODAY);

        if (check.normalized() != null) {
            assertThat(check.normalized()).isEqualTo(Identifiers.normalise(raw));
        }
        assertThat(Identifiers.normalise(Identifiers.normalise(raw))).isEqualTo(Identifiers.normalise(raw));
    }

    @Property
    void lower_case_and_legacy_forms_normalise_to_the_stored_form(@ForAll long seed) {
        var generator = new IdentifierGenerator(new SplittableRandom(seed));
        String code = generator.socialCreditCode();
        String legacy = generator.legacyResidentId(EARLIEST, LocalDate.of(1999, 12, 31));

        assertThat(Identifiers.normalise(" " + code.toLowerCase(java.util.Locale.ROOT) + "\t")).isEqualTo(code);
        assertThat(Identifiers.normalise(legacy)).isEqualTo(Identifiers.check(legacy, TODAY).normalized());
    }

    @Provide
    Arbitrary<String> notProvinces() {
        return Arbitraries.integers().between(0, 99).map(n -> String.format("%02d", n))
                .filter(code -> !ProvinceCodes.isMainland(code) && !"10".equals(code));
    }

    @Provide
    Arbitrary<String> personIds() {
        return Arbitraries.longs().flatMap(seed -> {
            var generator = new IdentifierGenerator(new SplittableRandom(seed));
            return Arbitraries.of(
                    generator.residentId(EARLIEST, TODAY),
                    generator.residencePermit(EARLIEST, TODAY),
                    generator.foreignerPermanentResidenceId(EARLIEST, TODAY));
        });
    }

    @Provide
    Arbitrary<String> socialCreditCodes() {
        return Arbitraries.longs().map(seed -> new IdentifierGenerator(new SplittableRandom(seed)).socialCreditCode());
    }

    @Provide
    Arbitrary<String> oddLengths() {
        return Arbitraries.strings().ofMinLength(0).ofMaxLength(40)
                .filter(s -> {
                    int n = s.strip().length();
                    return n != 15 && n != 18;
                });
    }

    @Provide
    Arbitrary<String> anyInput() {
        Arbitrary<String> shaped = Arbitraries.strings().withChars("0123456789XxAMYOIZ -１").ofMinLength(14).ofMaxLength(19);
        return Arbitraries.oneOf(Arbitraries.strings(), shaped, Arbitraries.strings().ascii().ofLength(18));
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }

    private static String replace(String s, int index, char c) {
        return s.substring(0, index) + c + s.substring(index + 1);
    }
}
