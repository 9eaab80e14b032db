package org.redress.domain.identity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifierGeneratorTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final LocalDate FROM = LocalDate.of(1950, 1, 1);

    @Test
    void the_same_seed_gives_the_same_identifiers() {
        var a = new IdentifierGenerator(new SplittableRandom(42));
        var b = new IdentifierGenerator(new SplittableRandom(42));

        for (int i = 0; i < 20; i++) {
            assertThat(a.residentId(FROM, TODAY)).isEqualTo(b.residentId(FROM, TODAY));
            assertThat(a.socialCreditCode()).isEqualTo(b.socialCreditCode());
        }
    }

    @Test
    void a_resident_id_carries_the_division_birth_date_and_sex_asked_for() {
        var generator = new IdentifierGenerator(new SplittableRandom(3));
        var rongcheng = AdministrativeDivisions.byCode("371082").orElseThrow();
        var born = LocalDate.of(1988, 8, 8);

        String id = generator.residentId(rongcheng, born, Sex.FEMALE);

        assertThat(id).startsWith("37108219880808");
        assertThat(PersonFacts.read(id, TODAY)).isEqualTo(new PersonFacts(born, Sex.FEMALE));
        assertThat(Identifiers.check(id, TODAY).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void birth_dates_stay_inside_the_range() {
        var generator = new IdentifierGenerator(new SplittableRandom(5));
        var from = LocalDate.of(2000, 2, 28);
        var to = LocalDate.of(2000, 3, 1);

        IntStream.range(0, 50).mapToObj(i -> PersonFacts.read(generator.residentId(from, to), TODAY).birthDate())
                .forEach(born -> assertThat(born).isBetween(from, to));
    }

    @Test
    void each_kind_comes_out_valid_and_of_its_kind() {
        var generator = new IdentifierGenerator(new SplittableRandom(11));

        assertThat(Identifiers.check(generator.legacyResidentId(FROM, LocalDate.of(1999, 12, 31)), TODAY).kind())
                .isEqualTo(IdentifierKind.LEGACY_RESIDENT_ID);
        assertThat(PersonIdValidator.check(generator.residencePermit(FROM, TODAY), TODAY).kind())
                .isEqualTo(IdentifierKind.RESIDENCE_PERMIT);
        assertThat(PersonIdValidator.check(generator.foreignerPermanentResidenceId(FROM, TODAY), TODAY).kind())
                .isEqualTo(IdentifierKind.FOREIGNER_PERMANENT_RESIDENCE);
        assertThat(SocialCreditCodeValidator.check(generator.socialCreditCode()).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void a_legacy_number_refuses_births_it_cannot_carry() {
        var generator = new IdentifierGenerator(new SplittableRandom(1));

        assertThatThrownBy(() -> generator.legacyResidentId(FROM, LocalDate.of(2000, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deliberately_wrong_checks_fail_only_the_check_they_break() {
        var generator = new IdentifierGenerator(new SplittableRandom(9));
        String person = generator.residentId(FROM, TODAY);
        String code = generator.socialCreditCode();

        var wrongPerson = PersonIdValidator.check(generator.withWrongCheckCharacter(person, SubjectKind.PERSON), TODAY);
        var wrongCode = SocialCreditCodeValidator.check(generator.withWrongCheckCharacter(code, SubjectKind.ORGANISATION));
        var wrongInner = SocialCreditCodeValidator.check(generator.withWrongOrganisationCodeCheck(code));

        assertThat(wrongPerson.mismatches()).extracting(ChecksumMismatch::check)
                .containsExactly(ChecksumMismatch.Check.CHECK_CHARACTER);
        assertThat(wrongCode.mismatches()).extracting(ChecksumMismatch::check)
                .containsExactly(ChecksumMismatch.Check.CHECK_CHARACTER);
        assertThat(wrongInner.mismatches()).extracting(ChecksumMismatch::check)
                .containsExactly(ChecksumMismatch.Check.ORGANISATION_CODE_CHECK);
    }

    @Test
    void the_division_sample_has_unique_six_digit_codes_with_both_names() {
        var sample = AdministrativeDivisions.sample();

        assertThat(sample).hasSizeGreaterThanOrEqualTo(40);
        assertThat(sample).extracting(AdministrativeDivision::code).doesNotHaveDuplicates().isSorted();
        assertThat(sample).allSatisfy(d -> {
            assertThat(d.nameZh()).isNotBlank();
            assertThat(d.nameEn()).isNotBlank();
        });
        assertThat(AdministrativeDivisions.byCode("110105").orElseThrow().nameEn()).isEqualTo("Chaoyang, Beijing");
    }
}
