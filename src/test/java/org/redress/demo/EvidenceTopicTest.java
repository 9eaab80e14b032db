package org.redress.demo;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.domain.scheme.RuleCategory;
import org.redress.catalog.SchemeCatalog;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A demo evidence file about an entry names the entry's rule and agency, with sums that fit the rule. */
class EvidenceTopicTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static List<EvidenceTopic> topics;
    private static EvidenceLibrary library;

    @BeforeAll
    static void draw() {
        topics = EvidenceLibrary.topics(SchemeCatalog.loadDefault());
        library = EvidenceLibrary.draw(20261127L, TODAY, topics);
    }

    private static String text(EvidenceFile pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf.content())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void every_rule_of_the_catalog_has_a_topic_for_each_agency_imposing_it() {
        assertThat(topics).isNotEmpty();
        assertThat(topics).allSatisfy(t -> assertThat(IssuingAgencies.imposing(t.ruleCode())).contains(t.agencyCode()));
        assertThat(topics.stream().map(EvidenceTopic::ruleCode).distinct().count()).isGreaterThan(40);
    }

    @Test
    void a_penalty_decision_is_issued_by_the_entry_s_agency_for_the_entry_s_rule() throws IOException {
        for (EvidenceTopic topic : topics) {
            if (!EvidenceKind.PENALTY_DECISION.supports(topic.category())) {
                continue;
            }
            EvidenceFile file = library.file(EvidenceKind.PENALTY_DECISION, 3, topic.ruleCode(), topic.agencyCode());
            String words = text(file);
            assertThat(words).as(topic.ruleCode()).contains(topic.agencyName()).contains("FACTS: " + topic.ruleTitle()
                    .split(" ")[0]);
            assertThat(words).doesNotContain("WASTE NOT SORTED", "UNAUTHORISED STRUCTURE");
        }
    }

    @Test
    void a_file_about_an_entry_names_its_rule_and_a_non_financial_rule_argues_no_large_sum() throws IOException {
        for (EvidenceTopic topic : topics) {
            for (EvidenceKind kind : EvidenceKind.values()) {
                if (!EvidenceTopic.concerns(kind) || !kind.supports(topic.category()) || !kind.isPdf()) {
                    continue;
                }
                String words = text(library.file(kind, 0, topic.ruleCode(), topic.agencyCode()));
                String firstWord = topic.ruleTitle().split(" ")[0];
                assertThat(words).as(kind + " " + topic.ruleCode()).contains(firstWord);
                boolean small = topic.category() == RuleCategory.ADMINISTRATIVE || topic.category() == RuleCategory.SOCIAL_MORAL;
                if (small) {
                    var sums = java.util.regex.Pattern.compile("CNY ([\\d,]+)\\.").matcher(words);
                    while (sums.find()) {
                        assertThat(Long.parseLong(sums.group(1).replace(",", ""))).as(kind + " " + topic.ruleCode())
                                .isLessThanOrEqualTo(2_000);
                    }
                }
            }
        }
    }

    @Test
    void without_a_file_about_the_entry_the_kind_s_own_variant_serves() {
        EvidenceFile generic = library.file(EvidenceKind.SCENE_PHOTO, 2);
        assertThat(library.file(EvidenceKind.SCENE_PHOTO, 2, topics.getFirst().ruleCode(), topics.getFirst().agencyCode()))
                .isSameAs(generic);
        assertThat(library.file(EvidenceKind.LOAN_SETTLEMENT, 1, "NO-SUCH-RULE", "NOBODY"))
                .isSameAs(library.file(EvidenceKind.LOAN_SETTLEMENT, 1));
        assertThat(library.files().stream().map(EvidenceFile::sha256).distinct().count())
                .isEqualTo(library.files().size());
        assertThat(topics.getFirst().ruleTitle()).isEqualTo(topics.getFirst().ruleTitle().toUpperCase(Locale.ROOT));
    }
}
