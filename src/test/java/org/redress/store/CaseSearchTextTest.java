package org.redress.store;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CaseSearchTextTest {

    @Test
    void aCjkRunBecomesItsBigramsAndItsLastCharacterAndOtherTextIsKept() {
        assertThat(CaseSearchText.segment("张三在朝阳区 bank")).isEqualTo(" 张三 三在 在朝 朝阳 阳区 区  bank");
        assertThat(CaseSearchText.segment("カナ한글")).isEqualTo(" カナ ナ한 한글 글 ");
        assertThat(CaseSearchText.segment("a王b")).isEqualTo("a 王 b");
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
        assertThat(CaseSearchText.matchQuery("张三 bank")).contains("\"张三\" AND \"bank\" *");
        assertThat(CaseSearchText.matchQuery("RD-2026-000123")).contains("\"RD 2026 000123\" *");
        assertThat(CaseSearchText.matchQuery("朝阳区")).contains("\"朝阳 阳区\"");
        // A lone ideograph may sit inside a longer run: the tokens that start with it.
        assertThat(CaseSearchText.matchQuery("张")).contains("\"张\" *");
        // A run with more of the word after it ends where the stored run ends.
        assertThat(CaseSearchText.matchQuery("朝阳A1")).contains("\"朝阳 阳 A1\" *");
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
