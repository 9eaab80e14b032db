package org.redress.letters;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceSourcesTest {
    @Test
    void a_letter_names_the_source_of_evidence_in_words_in_both_languages() {
        var text = EvidenceSources.describe("AGENCY_REPLY");
        assertThat(text.zh()).doesNotContain("AGENCY_REPLY").isNotBlank();
        assertThat(text.en()).isEqualTo("agency reply");
    }

    @Test
    void an_unknown_source_code_is_printed_as_it_is_rather_than_dropped() {
        assertThat(EvidenceSources.describe("FAX_2031").en()).isEqualTo("FAX_2031");
    }
}
