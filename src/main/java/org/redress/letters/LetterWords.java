package org.redress.letters;

import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.scheme.LocalizedText;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** The fixed wording of letters in both languages: headings, labels, outcomes, grounds, dates. */
final class LetterWords {

    static final LocalizedText REFERENCE = t("文号", "Reference");
    static final LocalizedText DATE_OF_ISSUE = t("日期", "Date of issue");
    static final LocalizedText CASE_NO = t("案件编号", "Case number");
    static final LocalizedText RECEIVED = t("收到日期", "Received");
    static final LocalizedText TO = t("致", "To");
    static final LocalizedText IDENTIFIER = t("证件号码", "Identifier");
    static final LocalizedText ADDRESS = t("地址", "Address");
    static final LocalizedText SUPERSEDES = t("本决定书取代此前发出的决定书", "This letter replaces the letter issued earlier as");

    static final LocalizedText S_DISPUTED = t("一、复核事项", "1. What you disputed");
    static final LocalizedText S_OUTCOME = t("二、复核结论及理由", "2. Our decision and the reasons");
    static final LocalizedText S_EFFECT = t("三、对信用状况的影响", "3. What changes for you");
    static final LocalizedText S_EVIDENCE = t("四、审查的证据", "4. Evidence considered");
    static final LocalizedText S_DECIDED = t("五、作出决定", "5. Decided by");
    static final LocalizedText S_NEXT = t("六、救济途径", "6. If you disagree");
    static final LocalizedText S_VERIFY = t("七、核验", "7. Checking this letter");

    static final LocalizedText H_NO = t("序号", "No.");
    static final LocalizedText H_RULE = t("规则", "Rule");
    static final LocalizedText H_BASIS = t("依据", "Legal basis");
    static final LocalizedText H_POINTS = t("分值", "Points");
    static final LocalizedText H_RATING = t("对评价的影响", "Effect on rating");
    static final LocalizedText H_PUBLICATION = t("公示", "Publication");
    static final LocalizedText H_AGENCY = t("作出机关", "Issued by");
    static final LocalizedText H_DATE = t("日期", "Date");
    static final LocalizedText H_OUTCOME = t("结论", "Outcome");
    static final LocalizedText H_DETAIL = t("说明", "Detail");
    static final LocalizedText H_TITLE = t("名称", "Title");
    static final LocalizedText H_SOURCE = t("来源", "Source");
    static final LocalizedText H_HASH = t("SHA-256（前12位）", "SHA-256 (first 12)");

    static final LocalizedText GROUNDS = t("申请理由", "Your grounds");
    static final LocalizedText REASONS = t("理由", "Reasons");
    static final LocalizedText DECISION_BASIS = t("法律依据", "Legal basis of the decision");
    static final LocalizedText REMEDIES = t("决定事项", "What we order");
    static final LocalizedText SCHEME = t("信用体系", "Scheme");
    static final LocalizedText SCORE = t("分数", "Score");
    static final LocalizedText GRADE = t("等级", "Grade");
    static final LocalizedText RATING = t("信用评价", "Rating");
    static final LocalizedText LISTING = t("名单", "Listing");
    static final LocalizedText UNCHANGED = t("不变", "unchanged");
    static final LocalizedText RESTRICTIONS_LIFTED = t("解除的惩戒措施", "Restrictions lifted");
    static final LocalizedText RESTRICTIONS_ADDED = t("新适用的惩戒措施", "Restrictions that now apply");
    static final LocalizedText INCENTIVES_GAINED = t("新享有的激励措施", "Incentives you now receive");
    static final LocalizedText INCENTIVES_LOST = t("不再享有的激励措施", "Incentives that end");
    static final LocalizedText EFFECT_UNKNOWN = t("本决定对信用状况的影响由作出机关依据本决定重新计算。",
            "The issuing agency works out the effect on your standing when it carries out this decision.");
    static final LocalizedText TELEPHONE = t("电话", "Telephone");
    static final LocalizedText NO_EVIDENCE = t("本案无书面证据材料。", "No documents were placed on file in this case.");
    static final LocalizedText DECIDED_BY = t("承办人", "Decided by");
    static final LocalizedText APPROVED_BY = t("审核人", "Approved by");
    static final LocalizedText NO_APPROVAL = t("本决定无须另行审核。", "This decision did not require a second officer's approval.");
    static final LocalizedText DEADLINE = t("申请期限", "Deadline");
    static final LocalizedText SHORT_CODE = t("核验码", "Verification code");
    static final LocalizedText RECORD_HASH = t("决定记录 SHA-256", "Decision record SHA-256");
    static final LocalizedText VERIFY_HOW = t(
            "扫描二维码或在 Redress 中运行 redress letters verify 可核验本决定书。决定记录以 JSON 文件形式附于本 PDF 中。",
            "Scan the QR code, or run redress letters verify on this file, to check that the letter is genuine."
                    + " The decision record is attached to this PDF as a JSON file.");
    /**
     * Printed when the QR code is not signed ({@code RDL1}: the workstation has no endorsement from the
     * office, e.g. it never synced): nobody but the issuing office can check it.
     */
    static final LocalizedText VERIFY_OFFICE_ONLY = t(
            "本决定书的二维码未经本机关签名，只能由签发本决定书的机关对照其记录核验（redress letters verify），"
                    + "他人无法自行离线核验；如需确认真伪，请向签发机关查询。决定记录以 JSON 文件形式附于本 PDF 中。",
            "This letter's QR code is not signed by the office, so only the issuing office can check it, against its"
                    + " own records (redress letters verify); nobody else can check it on their own. To confirm that"
                    + " it is genuine, ask the issuing office. The decision record is attached to this PDF as a JSON file.");
    /** Printed when the QR code is signed and the office has a verification page: {0} is its address. */
    static final LocalizedText VERIFY_AT = t(
            "用手机相机扫描二维码，或在 {0} 输入文号和核验码，可查验本决定书是否真实、是否仍然有效（如已被取代，显示现行有效的决定书）。"
                    + "二维码经本机关签名，持本机关公钥者亦可离线核验（redress letters verify）。",
            "Scan the QR code with a phone camera, or enter the reference and the verification code at {0}, to see"
                    + " whether this letter is genuine and still in force (or which letter replaced it). The QR code is"
                    + " signed by the office: with the office's public key anyone can check it offline (redress letters verify).");
    static final LocalizedText VERIFY_CALL = t("核验本决定书或咨询有关事项，请致电 ", "To check this letter or ask about it, telephone ");
    static final LocalizedText NONE = t("无", "none");

    private LetterWords() {
    }

    private static LocalizedText t(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    static LocalizedText outcome(OutcomeKind kind) {
        return switch (kind) {
            case UPHELD -> t("维持", "Upheld");
            case REVERSED -> t("撤销", "Reversed");
            case AMENDED -> t("变更", "Amended");
            case NOT_ADMISSIBLE -> t("不予受理", "Not admissible");
            case WITHDRAWN -> t("撤回", "Withdrawn");
            case REFERRED_BACK -> t("发回重新认定", "Referred back to the agency");
        };
    }

    static LocalizedText ground(Ground ground) {
        return switch (ground) {
            case NOT_ME -> t("非本人或身份混同", "not me / identity mix-up");
            case FACTS_WRONG -> t("事实认定错误", "facts wrong");
            case EVIDENCE_INSUFFICIENT -> t("证据不足", "evidence insufficient");
            case PROCEDURE_NOT_FOLLOWED -> t("程序违法", "procedure not followed");
            case RULE_NOT_APPLICABLE -> t("规则不适用或未生效", "rule not applicable or not in force");
            case DISPROPORTIONATE -> t("处理明显不当", "disproportionate");
            case ALREADY_RECTIFIED -> t("已经整改（信用修复）", "already rectified (credit repair)");
            case PUBLISHED_PAST_PERIOD -> t("超过公示期限", "published past its period");
            case DUPLICATE -> t("重复记录", "duplicate");
            case OTHER -> t("其他", "other");
        };
    }

    /** "No change" in the words of the scheme's kind. */
    static LocalizedText noChange(org.redress.domain.scheme.SchemeKind kind) {
        return switch (kind) {
            case POINTS, RANGE -> t("本决定不改变您的信用分数、等级及所受措施。",
                    "This decision does not change your score, your grade or the measures you are subject to.");
            case RATING -> t("本决定不改变您的信用评价及所受措施。",
                    "This decision does not change your rating or the measures you are subject to.");
            case LIST -> t("本决定不改变您的名单状态、公示期限及所受措施。",
                    "This decision does not change your listing, its period of publication or the measures you are"
                            + " subject to.");
        };
    }

    /** Page footer: "第 2 页 共 3 页" / "Page 2 of 3". */
    static LocalizedText page(int page, int pages) {
        return t("第 " + page + " 页 共 " + pages + " 页", "Page " + page + " of " + pages);
    }

    static LocalizedText date(LocalDate date) {
        return t(dateZh(date), dateEn(date));
    }

    static String dateZh(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String dateEn(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + date.getYear();
    }

    static LocalizedText points(int points) {
        String signed = points > 0 ? "+" + points : Integer.toString(points);
        return t(signed + " 分", signed + " points");
    }

    static LocalizedText workingDays(int days) {
        return t(days + " 个工作日", days + " working day" + (days == 1 ? "" : "s"));
    }
}
