package org.redress.domain.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierMaskTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "11010519491231002X   | 110105********002X",
            "' 11010519491231002x'| 110105********002X",
            "91350100M000100Y43   | 913501********0Y43",
            "110105491231002      | 110105******002",
            "1101051949123100     | **************00",
            "11010-19491231002X   | ****************2X",
            "ABCDEFG              | *****FG",
            "12345                | *****",
            "''                   | ''",
    })
    void masks_keep_the_ends_of_known_shapes_and_at_most_two_characters_of_anything_else(String raw, String masked) {
        assertThat(IdentifierMask.apply(raw)).isEqualTo(masked);
    }
}
