package org.redress.letters;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.testing.ExternalTool;
import org.junit.jupiter.api.io.TempDir;
import org.redress.demo.ReviewOffice;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.letters.LetterWorkspace.Entry;
import org.redress.store.SettingsRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What letters say, read from the PDFs themselves: the effect in the words of each scheme kind
 * (listing end dates, listings that stay, incentives apart from restrictions, ratings without
 * points), grade words from the catalog, titles per kind, the officer's text in the letter's own
 * language, and the further-appeal terms from the settings.
 */
class LetterWordingTest {

    @TempDir
    static Path root;
    static LetterWorkspace workspace;
    static LetterPress press;

    @BeforeAll
    static void open() {
        workspace = new LetterWorkspace(root.resolve("ws"));
        workspace.database.writeAndWait(c -> {
            SettingsRepository settings = new SettingsRepository(c);
            for (var setting : ReviewOffice.settings().entrySet()) {
                settings.put(setting.getKey(), setting.getValue());
            }
            return null;
        });
        press = LetterPress.create();
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static byte[] letter(String caseNo, LetterLanguage language) throws Exception {
        return Files.readAllBytes(workspace.issuer().issue(caseNo, language, press, null, 1L).file());
    }

    private static String listCase(List<Entry> entries) {
        return workspace.decidedCase("DISHONEST_DEBTORS", "荣成市海达渔具有限公司", entries, "经审查，理由见下。",
                "Having reviewed the case, the office finds as follows.");
    }

    @Test
    void aBlacklistEntryWhoseListingNowEndsEarlierSaysSo() throws Exception {
        String caseNo = listCase(List.of(Entry.listed("DD-01", LocalDate.of(2025, 9, 1), LocalDate.of(2027, 9, 1), null)
                .amendedUntil(LocalDate.of(2026, 12, 11))));

        String en = LetterText.flat(letter(caseNo, LetterLanguage.EN));
        assertThat(en).contains("Decision on the review of a blacklist entry").doesNotContain("credit deduction")
                .contains("Publication ends earlier: “Able to perform but refusing to perform the obligations of an"
                        + " effective legal document” (listed on 1 September 2025, published until 1 September 2027) is"
                        + " now published only until 11 December 2026")
                .contains("Publication now ends earlier, on 11 December 2026 instead of 1 September 2027.")
                .doesNotContain("does not change");
        String zh = LetterText.compact(letter(caseNo, LetterLanguage.ZH));
        assertThat(zh).contains("失信名单复核决定书").contains("公示提前结束").contains("提前至2026年12月11日")
                .doesNotContain("不改变").doesNotContain("信用扣分");
    }

    @Test
    void aLetterRemovingTwoListingsSaysTheOrganisationStaysListedUnderTheThird() throws Exception {
        String caseNo = listCase(List.of(
                Entry.listed("DD-01", LocalDate.of(2025, 6, 1), LocalDate.of(2027, 6, 1), OutcomeKind.REVERSED),
                Entry.listed("DD-04", LocalDate.of(2025, 7, 1), LocalDate.of(2027, 7, 1), OutcomeKind.REVERSED),
                Entry.listed("DD-05", LocalDate.of(2025, 8, 1), LocalDate.of(2027, 8, 1), null)));

        String en = LetterText.flat(letter(caseNo, LetterLanguage.EN));
        assertThat(en).contains("Removed from the list: “Able to perform but refusing")
                .contains("Removed from the list: “Breaching the duty to report assets”")
                .contains("You remain on the list under • “Breaching a consumption restriction order” (listed on"
                        + " 1 August 2025, published until 1 August 2027)")
                .contains("The measures that come with the list continue while you remain listed.")
                .doesNotContain("Restrictions lifted").doesNotContain("does not change");
        assertThat(LetterText.compact(letter(caseNo, LetterLanguage.ZH))).contains("您仍因以下记录列于名单")
                .contains("“违反限制消费令”（2025年8月1日列入，公示至2027年8月1日）");
    }

    @Test
    void losingRedListIncentivesIsNotAMeasureLifted() throws Exception {
        String caseNo = workspace.decidedCase("RED_LIST", "荣成市海达渔具有限公司", List.of(
                Entry.listed("RL-SOC-02", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30), OutcomeKind.REVERSED)),
                "经审查，该记录应予撤销。", "Having reviewed the case, the entry is reversed.");

        String en = LetterText.flat(letter(caseNo, LetterLanguage.EN));
        assertThat(en).contains("Decision on the review of a red-list entry")
                .contains("Incentives that end • Fewer routine inspections • Green channel for administrative approvals")
                .contains("Commended publicly on the credit website")
                .doesNotContain("Restrictions lifted").doesNotContain("Measures lifted").doesNotContain("credit deduction");
        assertThat(LetterText.compact(letter(caseNo, LetterLanguage.ZH))).contains("红名单复核决定书")
                .contains("不再享有的激励措施").doesNotContain("解除的惩戒措施");
    }

    @Test
    void aReversedRatingEntryRestoresNoPointsAndNamesTheRatingInWords() throws Exception {
        String caseNo = workspace.decidedCase("HONEST_SHANGHAI", "荣成市海达渔具有限公司", List.of(
                Entry.deduction("HS-ADM-02", 0, LocalDate.of(2025, 10, 1), OutcomeKind.REVERSED)),
                "经审查，该记录应予撤销。", "Having reviewed the case, the entry is reversed.");

        String en = LetterText.flat(letter(caseNo, LetterLanguage.EN));
        assertThat(en).contains("Decision on the review of a credit rating entry")
                .contains("The entry is reversed and no longer affects your rating.")
                .contains("Rating: Bad").contains("Rating Bad → Good")
                .doesNotContain("0 points").doesNotContain("BAD").doesNotContain("GOOD");
        assertThat(LetterText.compact(letter(caseNo, LetterLanguage.ZH))).contains("信用评价不好→好")
                .contains("其对信用评价的影响随之消除").doesNotContain("恢复0分");
    }

    @Test
    void gradesAreWordsOfTheCatalogInEachLanguageNotCodes() throws Exception {
        String caseNo = workspace.decidedCase("PLATFORM_SCORE", "荣成市海达渔具有限公司", List.of(
                Entry.deduction("PS-FIN-02", -60, LocalDate.of(2025, 10, 1), OutcomeKind.REVERSED)),
                "经审查，该扣分应予撤销。", "Having reviewed the case, the deduction is reversed.");

        byte[] bilingual = letter(caseNo, LetterLanguage.BILINGUAL);
        assertThat(LetterText.flat(bilingual)).contains("Score 540 → 600").contains("Poor → Good")
                .doesNotContain("POOR").doesNotContain("GOOD").doesNotContain("FAIR");
        assertThat(LetterText.compact(bilingual)).contains("较差→良好").contains("60分。");
        String points = workspace.decidedCase("name", "110105199001017777", OutcomeKind.REVERSED, "理由。");
        assertThat(LetterText.compact(letter(points, LetterLanguage.ZH))).contains("等级A级（信用良好），不变");
    }

    @Test
    void anEnglishLetterPrintsTheReasonsAndLegalBasisInEnglish() throws Exception {
        String caseNo = listCase(List.of(Entry.listed("DD-01", LocalDate.of(2025, 9, 1), LocalDate.of(2027, 9, 1),
                OutcomeKind.REVERSED)));

        List<String> lines = LetterText.pages(letter(caseNo, LetterLanguage.EN)).stream().flatMap(List::stream).toList();
        int from = lines.indexOf("Reasons");
        int to = lines.indexOf("3. What changes for you");
        assertThat(from).isPositive().isLessThan(to);
        List<String> decision = lines.subList(from, to);
        assertThat(String.join(" ", decision)).contains("Having reviewed the case, the office finds as follows.")
                .contains("Legal basis of the decision Article 10, Provisions of the Supreme People's Court");
        assertThat(decision).noneMatch(l -> l.codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FFF));
        String bilingual = LetterText.flat(letter(caseNo, LetterLanguage.BILINGUAL));
        assertThat(bilingual).contains("经审查，理由见下。").contains("Having reviewed the case, the office finds as follows.");
    }

    @Test
    void aLetterInALanguageTheDecisionWasNotWrittenInIsRefusedWithASentence() throws Exception {
        String caseNo = workspace.decidedCase("DISHONEST_DEBTORS", "荣成市海达渔具有限公司", List.of(Entry.listed("DD-01",
                LocalDate.of(2025, 9, 1), LocalDate.of(2027, 9, 1), OutcomeKind.REVERSED)), "经审查，该记录应予撤销。", null);
        long before = issuedCount();

        for (LetterLanguage refused : List.of(LetterLanguage.EN, LetterLanguage.BILINGUAL)) {
            assertThatThrownBy(() -> workspace.issuer().issue(caseNo, refused, press, null, 1L))
                    .isInstanceOf(LetterException.class)
                    .hasMessage("the decision on case " + caseNo + " has no reasons in English (it was written in"
                            + " Chinese only), so a " + refused.name().toLowerCase() + " letter cannot be issued until an"
                            + " officer adds them; a letter is never printed in a language the decision was not written in");
        }
        assertThat(issuedCount()).as("nothing issued, no number used").isEqualTo(before);
        assertThat(LetterText.compact(letter(caseNo, LetterLanguage.ZH))).contains("经审查，该记录应予撤销。");
    }

    private static long issuedCount() {
        Long count = workspace.database.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM issued_letter")) {
                return rs.getLong(1);
            }
        });
        return count;
    }

    @Test
    void theFurtherAppealBodyAddressAndTimeLimitsComeFromTheSettingsAndTheTelephoneIsPrinted() throws Exception {
        String caseNo = workspace.decidedCase("name", "110105199001018888", OutcomeKind.REVERSED, "理由。");

        String en = LetterText.flat(letter(caseNo, LetterLanguage.EN));
        assertThat(en).contains("you may ask " + ReviewOffice.FURTHER_APPEAL_BODY_EN + " ("
                        + ReviewOffice.FURTHER_APPEAL_ADDRESS_EN + ") for a further review within 15 working days of the"
                        + " date of this letter, that is by 13 April 2026")
                .contains("within 6 months of receiving this letter")
                .contains("Telephone " + ReviewOffice.TELEPHONE)
                .contains("To check this letter or ask about it, telephone " + ReviewOffice.TELEPHONE);
        assertThat(LetterText.compact(letter(caseNo, LetterLanguage.ZH)))
                .contains("向" + ReviewOffice.FURTHER_APPEAL_BODY_ZH + "（地址：" + ReviewOffice.FURTHER_APPEAL_ADDRESS_ZH
                        + "）申请再次复核").contains("15个工作日内，即2026年4月13日前").contains("6个月内")
                .contains("电话" + ReviewOffice.TELEPHONE);
    }

    @Test
    @ExternalTool(value = "pdftotext", installedBy = "poppler-utils")
    void pdftotextReadsTheSameWords() throws Exception {
        String caseNo = listCase(List.of(Entry.listed("DD-01", LocalDate.of(2025, 9, 1), LocalDate.of(2027, 9, 1), null)
                .amendedUntil(LocalDate.of(2026, 12, 11))));
        String text = Pdftotext.of(letter(caseNo, LetterLanguage.EN), root).replaceAll("\\s+", " ");
        assertThat(text).contains("Publication ends earlier").contains("11 December 2026")
                .contains(ReviewOffice.FURTHER_APPEAL_BODY_EN);
    }
}
