package org.redress.domain.appeal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

class CaseNumberPropertyTest {

    @Property
    void printing_then_parsing_gives_back_the_same_number(@ForAll("offices") String office,
                                                         @ForAll @IntRange(min = 1900, max = 9999) int year,
                                                         @ForAll @IntRange(min = 1, max = 999_999) int sequence) {
        CaseNumber n = new CaseNumber(office, year, sequence);

        assertThat(CaseNumber.parse(n.toString())).isEqualTo(n);
        assertThat(n.toString()).hasSize(office.length() + 12);
    }

    @Property
    void any_text_that_parses_is_already_in_its_one_printed_form(@ForAll @StringLength(max = 30) String text) {
        CaseNumber.tryParse(text).ifPresent(n -> assertThat(n.toString()).isEqualTo(text));
        assertThat(CaseNumber.problemWith(text).isPresent()).isEqualTo(CaseNumber.tryParse(text).isEmpty());
    }

    @Property
    void near_misses_of_a_valid_number_are_refused(@ForAll("offices") String office,
                                                   @ForAll @IntRange(min = 0, max = 13) int position,
                                                   @ForAll("intruders") char intruder) {
        String valid = new CaseNumber(office, 2026, 123).toString();
        int at = Math.min(position, valid.length() - 1);
        String broken = valid.substring(0, at) + intruder + valid.substring(at + 1);

        if (!broken.equals(valid)) {
            assertThat(CaseNumber.tryParse(broken)).as(broken).isEmpty();
        }
    }

    /** Characters no position of a case number may hold in the place of another class of character. */
    @Provide
    Arbitrary<Character> intruders() {
        return Arbitraries.of('a', 'z', '_', ' ', '.', '/', '٣', 'Ａ');
    }

    @Provide
    Arbitrary<String> offices() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(8);
    }
}
