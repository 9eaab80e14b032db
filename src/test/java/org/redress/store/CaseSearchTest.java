package org.redress.store;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Full-text search over cases in Chinese and English, through the queue. */
class CaseSearchTest {

    static Database db;
    static long zhang;
    static long wangOrg;
    static long english;

    @BeforeContainer
    @org.junit.jupiter.api.BeforeAll
    static synchronized void open() throws IOException {
        if (db != null) {
            return;
        }
        db = Database.open(Workspace.create(Files.createTempDirectory("redress-search-test")));
        db.writeAndWait(c -> {
            StoreFixtures.reference(c);
            zhang = StoreFixtures.storedCase(c, "RD-2026-000123", "110105199005170012", "张三",
                    "我于2025年在朝阳区地铁站被记录逃票，但当天我在外地出差，有火车票为证。").id();
            wangOrg = StoreFixtures.storedCase(c, "RD-2026-004567", "91110105MA01ABCD1X", "王五贸易有限公司",
                    "本公司欠缴物业费一事已于海淀区法院调解结案。").id();
            english = StoreFixtures.storedCase(c, "RD-2026-000124", "110105198001010034", "Zhang San Smith",
                    "The bank reported arrears (already repaid) and the banking ombudsman agreed.").id();
            new NoteRepository(c, StoreFixtures.CLOCK).add(wangOrg, 1, "申请人补充了调解书复印件，核对无误。", null);
            new NoteRepository(c, StoreFixtures.CLOCK).add(english, 1, "Called the ombudsman; awaiting letter.", null);
            return null;
        });
    }

    @AfterContainer
    @org.junit.jupiter.api.AfterAll
    static synchronized void close() throws IOException {
        if (db == null) {
            return;
        }
        Path root = db.workspace().root();
        db.close();
        db = null;
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static List<Long> search(String text) {
        return db.read(c -> CaseQueueTest.ids(new CaseQueue(c).rows(QueueFilter.ALL.withText(text),
                QueueOrder.BY_DEADLINE, 0, 100)));
    }

    @Test
    void aChineseNameIsFoundWholeAndByItsFamilyName() {
        assertThat(search("张三")).containsExactly(zhang);
        assertThat(search("王五")).containsExactly(wangOrg);
        assertThat(search("三张")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"朝阳", "朝阳区", "地铁站", "火车票", "出差", "欠缴物业费"})
    void twoAndThreeCharacterSubstringsOfAStatementAreFound(String text) {
        assertThat(search(text)).hasSize(1);
    }

    @Test
    void substringsAreFoundOnlyWhereTheCharactersAreAdjacent() {
        // 朝 and 区 both occur in the statement, but never next to each other as 朝区.
        assertThat(search("朝区")).isEmpty();
        assertThat(search("朝阳区")).containsExactly(zhang);
    }

    @Test
    void englishWordsMatchAsPrefixesAndIgnoreCase() {
        assertThat(search("bank")).containsExactly(english);
        assertThat(search("BANKING")).containsExactly(english);
        assertThat(search("ombuds")).containsExactly(english);
        assertThat(search("repaid arrears")).containsExactly(english);
        assertThat(search("arrears nonsenseword")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"RD-2026-000123", "rd-2026-000123", "000123", "123", "ＲＤ－２０２６－０００１２３"})
    void aCaseNumberIsFoundWholeAndByItsNumberPart(String text) {
        assertThat(search(text)).contains(zhang).doesNotContain(wangOrg);
    }

    @Test
    void theSerialPrefixFindsEveryCaseWhoseNumberStartsWithIt() {
        assertThat(search("RD-2026-00012")).containsExactlyInAnyOrder(zhang, english);
        assertThat(search("4567")).containsExactly(wangOrg);
    }

    @Test
    void notesAreSearchable() {
        assertThat(search("调解书")).containsExactly(wangOrg);
        assertThat(search("awaiting letter")).containsExactly(english);
    }

    @Test
    void aNoteAddedLaterBecomesSearchable() {
        long newCase = db.writeAndWait(c -> StoreFixtures.storedCase(c, "RD-2026-000999", "110105200001010056",
                "赵六", "无").id());
        assertThat(search("复议期限")).doesNotContain(newCase);
        db.writeAndWait(c -> new NoteRepository(c).add(newCase, 2, "已告知申请人复议期限。", null));
        assertThat(search("复议期限")).containsExactly(newCase);
        assertThat(search("赵六")).containsExactly(newCase);
    }

    @Test
    void searchCombinesWithQueueFilters() {
        List<Long> filtered = db.read(c -> CaseQueueTest.ids(new CaseQueue(c).rows(
                QueueFilter.ALL.withText("RD-2026").withAssignee(AssigneeFilter.UNASSIGNED)
                        .withStatuses(java.util.EnumSet.of(org.redress.domain.appeal.CaseStatus.RECEIVED)),
                QueueOrder.BY_DEADLINE, 0, 100)));
        assertThat(filtered).contains(zhang, wangOrg, english);
        long none = db.read(c -> new CaseQueue(c).count(QueueFilter.ALL.withText("张三")
                .withStatuses(java.util.EnumSet.of(org.redress.domain.appeal.CaseStatus.CLOSED))));
        assertThat(none).isZero();
        long one = db.read(c -> new CaseQueue(c).count(QueueFilter.ALL.withText("张三")));
        assertThat(one).isEqualTo(1);
    }

    @Test
    void inputWithOnlyPunctuationDoesNotNarrowTheQueue() {
        assertThat(search("  ()*\" ")).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"\"", "*", "bank*", "(bank", "bank)", "NOT", "AND OR NOT", "NEAR(a b)", "a:b",
            "case_no:123", "^bank", "'", "-", "+", "{a}", "张\"三", "\\", "%", "_", "\u0000", "💥", "a\"b*c(d)e:f^g"})
    void querySyntaxCharactersNeverBreakTheSearch(String text) {
        assertThatCode(() -> search(text)).doesNotThrowAnyException();
    }

    @Property(tries = 300)
    void noTypedTextEverMakesTheSearchFail(@ForAll String text) throws IOException {
        open();
        assertThatCode(() -> search(text)).doesNotThrowAnyException();
    }
}
