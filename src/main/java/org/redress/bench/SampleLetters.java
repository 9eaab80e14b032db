package org.redress.bench;

import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.LocalizedText;
import org.redress.domain.scheme.SchemeKind;
import org.redress.letters.DecisionRecord;
import org.redress.letters.DecisionText;
import org.redress.letters.LetterKind;
import org.redress.letters.LetterContent;
import org.redress.letters.LetterLanguage;
import org.redress.letters.Letterhead;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

/**
 * A typical decision letter for measurements: two deductions, two paragraphs of reasons in each
 * language written (a bilingual letter prints both), two files.
 */
public final class SampleLetters {

    private SampleLetters() {
    }

    /** The sample, numbered {@code n} so each letter in a run has its own reference and record. */
    public static LetterContent typical(LetterLanguage language, int n) {
        var office = new Letterhead("RD", new LocalizedText("荣成市社会信用复核办公室", "Rongcheng Social Credit Review Office"),
                new LocalizedText("山东省荣成市成山大道1号", "1 Chengshan Avenue, Rongcheng, Shandong"), "0631-7580123");
        var basis = new LocalizedText("《荣成市社会信用信息管理办法》第二十一条第（一）项",
                "Article 21(1), Rongcheng Measures for the Administration of Social Credit Information");
        var agency = new LocalizedText("荣成市市场监督管理局", "Rongcheng Market Regulation Bureau");
        var first = new LetterContent.Disputed(1, "RC-FIN-01", new LocalizedText("拖欠银行贷款本息逾期未还",
                "Bank loan arrears (principal or interest overdue)"), basis, LedgerEventKind.DEDUCTION, -10, null, agency,
                LocalDate.of(2025, 11, 3), "AG01-2025-" + n, null, OutcomeKind.REVERSED, null, null);
        var second = new LetterContent.Disputed(2, "RC-FIN-03", new LocalizedText("违反合同约定，经认定构成违约",
                "Breach of contract, established"), basis, LedgerEventKind.DEDUCTION, -20, null, agency,
                LocalDate.of(2025, 12, 9), "AG01-2025-" + (n + 500_000), null, OutcomeKind.AMENDED, -5, null);
        var zh = new DecisionText("""
                经审查，申请人提交的银行还款凭证显示，该笔贷款已于2025年10月28日全部结清，作出机关记录扣分时所依据的逾期事实不存在，依法应予撤销。
                关于合同违约一项，申请人确有逾期交付行为，但逾期时间仅为三日，且已主动赔偿对方损失，扣减20分明显过重，依照比例原则变更为扣减5分。""",
                "《荣成市社会信用信息管理办法》第三十五条", List.of("撤销第1项扣分，恢复10分；第2项扣分变更为扣减5分。"));
        var en = new DecisionText("""
                The bank's statement shows that the loan was repaid in full on 28 October 2025, before the deduction was recorded; the deduction therefore rests on facts that did not exist and is reversed.
                As to the breach of contract, the delivery was indeed late, but by three days only, and the applicant has compensated the other party of its own accord: a deduction of 20 points is plainly excessive and is reduced to 5 points.""",
                "Article 35, Rongcheng Measures for the Administration of Social Credit Information",
                List.of("The first deduction is reversed and 10 points are restored; the second is reduced to 5 points."));
        List<LetterContent.Evidence> evidence = List.of(
                evidence("银行还款凭证（2025年10月）.pdf", "COUNTER_SCAN", 3),
                evidence("agency-file-AG01-2025.pdf", "AGENCY_REPLY", 6));
        var effect = new LetterContent.Effect(new LocalizedText("荣成市个人信用积分", "Rongcheng personal credit points"),
                SchemeKind.POINTS, true, 955, 980, new LocalizedText("B级（信用警示）", "B (Credit warning)"),
                new LocalizedText("A级（信用良好）", "A (Good credit)"), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), LocalDate.of(2026, 4, 3), 10);
        var where = new LocalizedText("威海市社会信用体系建设领导小组办公室",
                "the Weihai Municipal Social Credit Office");
        return new LetterContent(office, "RD-L-2026-%06d".formatted(n % 999_999 + 1),
                OffsetDateTime.of(2026, 3, 20, 10, 0, 0, 0, ZoneOffset.ofHours(8)), language, LetterKind.SCORE,
                "RD-2026-%06d".formatted(n % 999_999 + 1), LocalDate.of(2026, 3, 2),
                new LetterContent.Addressee("张三丰", "110105********002X", null), List.of(first, second),
                EnumSet.of(Ground.FACTS_WRONG, Ground.DISPROPORTIONATE), "贷款已结清；违约已赔偿。",
                new DecisionText.Texts(zh, en).forLetter(language), List.of(effect), evidence,
                new LetterContent.Signatories("李娜", LocalDate.of(2026, 3, 18), "王强", LocalDate.of(2026, 3, 19)),
                new LetterContent.NextStep(where, null, LocalDate.of(2026, 4, 13), 15, 6), null);
    }

    private static LetterContent.Evidence evidence(String title, String source, int day) {
        return new LetterContent.Evidence(title, source, LocalDate.of(2026, 3, day),
                DecisionRecord.sha256(title.getBytes(StandardCharsets.UTF_8)));
    }
}
