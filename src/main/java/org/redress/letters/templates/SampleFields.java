package org.redress.letters.templates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Made-up values for every field of a kind, for the template editor's preview: an invented
 * applicant and case, never anyone's record.
 */
public final class SampleFields {

    private SampleFields() {
    }

    public static Map<String, Object> of(NoticeKind kind, String language, String officeName) {
        boolean zh = language.equals("ZH");
        Map<String, Object> m = new LinkedHashMap<>();
        for (NoticeKind.Field field : kind.fields().values()) {
            m.put(field.name(), field.list() ? list(field.name(), zh) : text(field.name(), zh));
        }
        m.put("officeName", officeName);
        return m;
    }

    private static List<String> list(String name, boolean zh) {
        return switch (name) {
            case "received" -> zh ? List.of("逾期偿还贷款（荣成市市场监督管理局，2025年11月3日，文号 AG01-2025-00101）")
                    : List.of("Loan repaid late (Rongcheng Market Regulation Bureau, 3 November 2025, reference AG01-2025-00101)");
            default -> zh ? List.of("银行出具的结清证明", "身份证复印件") : List.of("The bank's statement that the loan is settled",
                    "A copy of your identity card");
        };
    }

    private static String text(String name, boolean zh) {
        return switch (name) {
            case "officeAddress" -> zh ? "山东省荣成市成山大道1号" : "1 Chengshan Avenue, Rongcheng, Shandong";
            case "officeTelephone" -> "0631-7561234";
            case "caseNo" -> "RD-2026-000123";
            case "receivedOn", "requestedOn" -> zh ? "2026年3月2日" : "2 March 2026";
            case "addresseeName" -> zh ? "张三" : "Zhang San";
            case "issuedOn", "closedOn" -> zh ? "2026年3月20日" : "20 March 2026";
            case "schemeName" -> zh ? "荣成市个人信用积分" : "Rongcheng personal credit points";
            case "grounds" -> zh ? "事实认定错误、已经整改（信用修复）" : "facts wrong; already rectified (credit repair)";
            case "deadlineOn" -> zh ? "2026年3月23日" : "23 March 2026";
            case "deadlineBefore" -> zh ? "2026年3月16日" : "16 March 2026";
            case "replyBy", "furtherAppealBy" -> zh ? "2026年4月3日" : "3 April 2026";
            case "decideWorkingDays", "furtherAppealWorkingDays" -> "15";
            case "replyWorkingDays" -> "10";
            case "extensionDays" -> "5";
            case "lawsuitMonths" -> "6";
            case "reason" -> zh ? "案情复杂" : "the facts are complex";
            case "furtherAppealBody" -> zh ? "威海市社会信用复核委员会" : "the Weihai Social Credit Review Commission";
            case "lapsed", "caveat" -> "";
            default -> "";
        };
    }
}
