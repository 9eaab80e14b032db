package org.redress.intake;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** The formula protection of every CSV Redress writes can be undone exactly, so a quarantine file reads back. */
class SafeCsvPropertiesTest {

    @Property
    void uncell_gives_back_exactly_what_cell_was_given(@ForAll("cells") String value) {
        assertThat(SafeCsv.uncell(SafeCsv.cell(value))).isEqualTo(value);
    }

    @Property
    void no_protected_cell_starts_with_a_formula_character(@ForAll("cells") String value) {
        String cell = SafeCsv.cell(value);

        assertThat(cell.isEmpty() || "=+@\t\r".indexOf(cell.charAt(0)) < 0).isTrue();
    }

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> start = Arbitraries.of("", "=", "+", "-", "@", "'", "''", "\t", "\r", "-1", "-2.5", "张");
        return Arbitraries.strings().ofMaxLength(12).flatMap(rest -> start.map(s -> s + rest));
    }
}
