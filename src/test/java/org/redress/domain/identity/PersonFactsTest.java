package org.redress.domain.identity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonFactsTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void birth_date_and_sex_are_read_from_the_identifier() {
        assertThat(PersonFacts.read("11010519491231002X", TODAY))
                .isEqualTo(new PersonFacts(LocalDate.of(1949, 12, 31), Sex.FEMALE));
        assertThat(PersonFacts.read("371082199003071235", TODAY))
                .isEqualTo(new PersonFacts(LocalDate.of(1990, 3, 7), Sex.MALE));
    }

    @Test
    void a_legacy_number_and_a_checksum_mismatch_still_give_their_facts() {
        assertThat(PersonFacts.read("110105491231002", TODAY).birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(PersonFacts.read("110105194912310025", TODAY).birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void organisations_and_format_problems_have_no_person_facts() {
        assertThat(PersonFacts.of(Identifiers.check("91350100M000100Y43", TODAY))).isEmpty();
        assertThatThrownBy(() -> PersonFacts.read("11010520251399002X", TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_person_is_a_minor_up_to_and_including_their_18th_birthday() {
        var born = LocalDate.of(2007, 6, 1);
        var facts = new PersonFacts(born, Sex.MALE);

        assertThat(facts.isMinorOn(born.plusYears(18).minusDays(1))).isTrue();
        assertThat(facts.isMinorOn(born.plusYears(18))).isTrue();
        assertThat(facts.isMinorOn(born.plusYears(18).plusDays(1))).isFalse();
        assertThat(facts.ageOn(born)).isZero();
        assertThat(facts.ageOn(born.plusYears(18).plusDays(1))).isEqualTo(18);
    }

    @Test
    void someone_born_on_29_february_comes_of_age_on_1_march() {
        var facts = new PersonFacts(LocalDate.of(2008, 2, 29), Sex.FEMALE);

        assertThat(facts.isMinorOn(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(facts.isMinorOn(LocalDate.of(2026, 3, 1))).isFalse();
    }

    @Test
    void a_minor_is_recognised_from_a_generated_identifier() {
        String id = new IdentifierGenerator(new SplittableRandom(7))
                .residentId(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31));

        assertThat(PersonFacts.read(id, TODAY).isMinorOn(TODAY)).isTrue();
    }

    @Test
    void age_before_birth_is_refused() {
        var facts = new PersonFacts(LocalDate.of(2000, 1, 1), Sex.MALE);

        assertThatThrownBy(() -> facts.ageOn(LocalDate.of(1999, 12, 31))).isInstanceOf(IllegalArgumentException.class);
    }
}
