package org.redress.letters;

import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.LocalizedText;
import org.redress.domain.scheme.SchemeKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Letter contents made by hand, for rendering tests that need no workspace. */
final class LetterSamples {

    static final Letterhead OFFICE = new Letterhead("RD", new LocalizedText("荣成市社会信用复核办公室",
            "Rongcheng Social Credit Review Office"), new LocalizedText("山东省荣成市成山大道1号 邮编264300",
            "1 Chengshan Avenue, Rongcheng, Shandong 264300"), "0631-7580123");
    static final OffsetDateTime ISSUED = OffsetDateTime.of(2026, 3, 20, 10, 15, 30, 0, ZoneOffset.ofHours(8));
    static final String REASONS_EN = "The bank's statement shows the loan was repaid in full on 28 October 2025,"
            + " before the deduction was recorded.";

    private LetterSamples() {
    }

    static LetterContent.Disputed deduction(long id, OutcomeKind outcome) {
        return new LetterContent.Disputed(id, "RC-FIN-01", new LocalizedText("拖欠银行贷款本息逾期未还",
                "Bank loan arrears (principal or interest overdue)"), new LocalizedText(
                "《荣成市社会信用信息管理办法》第二十一条第（一）项",
                "Article 21(1), Rongcheng Measures for the Administration of Social Credit Information"),
                LedgerEventKind.DEDUCTION, -10, null, new LocalizedText("荣成市市场监督管理局",
                "Rongcheng Market Regulation Bureau"), LocalDate.of(2025, 11, 3), "AG01-2025-00" + id, null, outcome,
                null, null);
    }

    static LetterContent shortLetter(LetterLanguage language) {
        return letter(language, "张三", List.of(deduction(101, OutcomeKind.REVERSED)),
                "经审查，申请人提交的银行还款凭证显示，该笔贷款已于2025年10月28日全部结清，作出机关记录扣分时所依据的逾期事实不存在。",
                2);
    }

    static LetterContent letter(LetterLanguage language, String name, List<LetterContent.Disputed> disputed,
                                String reasonsZh, int evidenceCount) {
        return letter(language, name, disputed, reasonsZh, REASONS_EN, evidenceCount);
    }

    static LetterContent letter(LetterLanguage language, String name, List<LetterContent.Disputed> disputed,
                                String reasonsZh, String reasonsEn, int evidenceCount) {
        List<LetterContent.Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < evidenceCount; i++) {
            evidence.add(new LetterContent.Evidence(i % 2 == 0 ? "银行还款凭证（2025年10月）.pdf" : "statement-of-account-" + i + ".pdf",
                    i % 2 == 0 ? "COUNTER_SCAN" : "AGENCY_REPLY", LocalDate.of(2026, 3, 3).plusDays(i % 20),
                    DecisionRecord.sha256(("evidence " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        }
        var effect = new LetterContent.Effect(new LocalizedText("荣成市个人信用积分", "Rongcheng personal credit points"),
                SchemeKind.POINTS, true, 950, 960, new LocalizedText("B级（信用警示）", "B (Credit warning)"),
                new LocalizedText("A级（信用良好）", "A (Good credit)"), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(new LocalizedText("不得评选表彰", "No honours or awards")), LocalDate.of(2026, 4, 3),
                10);
        var zh = new DecisionText(reasonsZh, "《荣成市社会信用信息管理办法》第三十五条",
                List.of("作出机关撤销该扣分记录并恢复10分。"));
        var en = new DecisionText(reasonsEn, "Article 35, Rongcheng Measures for the Administration of Social Credit"
                + " Information", List.of("The agency shall notify the applicant once the record is corrected."));
        return new LetterContent(OFFICE, "RD-L-2026-000123", ISSUED, language, LetterKind.SCORE, "RD-2026-000042",
                LocalDate.of(2026, 3, 2), new LetterContent.Addressee(name, "110105********002X", null), disputed,
                EnumSet.of(Ground.FACTS_WRONG, Ground.ALREADY_RECTIFIED), "已于2025年10月结清贷款，见银行凭证。",
                new DecisionText.Texts(zh, en), List.of(effect), evidence,
                new LetterContent.Signatories("李娜", LocalDate.of(2026, 3, 18), "王强", LocalDate.of(2026, 3, 19)),
                new LetterContent.NextStep(LetterSettings.DEFAULT_FURTHER_APPEAL, null, LocalDate.of(2026, 4, 13), 15, 6),
                null);
    }
}
