package org.redress.store;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CaseSearchTextTest {

    @Test
    void everyCjkCharacterBecomesItsOwnTokenAndOtherTextIsKept() {
        assertThat(CaseSearchText.segment("张三在朝阳区 bank")).isEqualTo(" 张  三  在  朝  阳  区  bank");
        assertThat(CaseSearchText.segment("カナ한글")).isEqualTo(" カ  ナ  한  글 ");
    }

    @Test
    void fullWidthFormsAreNormalised() {
        assertThat(CaseSearchText.segment("ＲＤ－２０２６")).isEqualTo("RD-2026");
    }

    @Test
    void aCaseNumberAlsoCarriesItsSerialWithoutLeadingZeros() {
        assertThat(CaseSearchText.caseNumber("RD-2026-000123")).isEqualTo("RD-2026-000123 123");
        assertThat(CaseSearchText.caseNumber("RD-2026-123")).isEqualTo("RD-2026-123");
    }

    @Test
    void eachTypedWordBecomesAQuotedPhraseAndLatinWordsArePrefixes() {
        assertThat(CaseSearchText.matchQuery("张三 bank")).contains("\"张 三\" AND \"bank\" *");
        assertThat(CaseSearchText.matchQuery("RD-2026-000123")).contains("\"RD 2026 000123\" *");
        assertThat(CaseSearchText.matchQuery("朝阳区")).contains("\"朝 阳 区\"");
    }

    @Test
    void querySyntaxIsNeverPassedThrough() {
        assertThat(CaseSearchText.matchQuery("a\"b*c(d)e:f^g NOT")).contains("\"a b c d e f g\" * AND \"NOT\" *");
        assertThat(CaseSearchText.matchQuery(" ()*\" ")).isEmpty();
        assertThat(CaseSearchText.matchQuery("")).isEmpty();
    }

    @Property
    void aMatchQueryConsistsOnlyOfQuotedTokensStarsAndAnd(@ForAll String input) {
        Optional<String> query = CaseSearchText.matchQuery(input);
        query.ifPresent(q -> {
            String withoutPhrases = q.replaceAll("\"[^\"]*\"", "");
            assertThat(withoutPhrases.replace("AND", "").replace("*", "").trim()).isEmpty();
            assertThat(q.chars().filter(ch -> ch == '"').count() % 2).isZero();
        });
    }
}
