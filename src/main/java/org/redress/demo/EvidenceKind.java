package org.redress.demo;

import org.redress.domain.scheme.RuleCategory;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of evidence file the demo library holds, with what they typically support. */
enum EvidenceKind {
    LOAN_SETTLEMENT("贷款结清证明", "Loan settlement certificate", true, EnumSet.of(RuleCategory.FINANCIAL)),
    BANK_STATEMENT("银行流水", "Bank statement", true, EnumSet.of(RuleCategory.FINANCIAL)),
    COURT_NOTICE("法院执行通知书", "Court enforcement notice", true, EnumSet.of(RuleCategory.JUDICIAL)),
    PERFORMANCE_CERTIFICATE("履行完毕证明", "Certificate of performance", true, EnumSet.of(RuleCategory.JUDICIAL)),
    TAX_CLEARANCE("完税证明", "Tax payment certificate", true, EnumSet.of(RuleCategory.ADMINISTRATIVE, RuleCategory.FINANCIAL)),
    PENALTY_DECISION("行政处罚决定书", "Administrative penalty decision", true,
            EnumSet.of(RuleCategory.ADMINISTRATIVE, RuleCategory.SOCIAL_MORAL)),
    MEDICAL_CERTIFICATE("诊断证明书", "Medical certificate", true, EnumSet.allOf(RuleCategory.class)),
    TRAVEL_RECORD("出行记录", "Travel record", true, EnumSet.of(RuleCategory.SOCIAL_MORAL, RuleCategory.ADMINISTRATIVE)),
    RECEIPT_PHOTO("缴费收据照片", "Photo of a payment receipt", false,
            EnumSet.of(RuleCategory.FINANCIAL, RuleCategory.ADMINISTRATIVE)),
    TICKET_PHOTO("车票照片", "Photo of a ticket", false, EnumSet.of(RuleCategory.SOCIAL_MORAL)),
    SCENE_PHOTO("现场照片", "Photo of the scene", false, EnumSet.of(RuleCategory.ADMINISTRATIVE, RuleCategory.SOCIAL_MORAL)),
    REPAYMENT_SCREENSHOT("还款记录截图", "Screenshot of repayment records", false, EnumSet.of(RuleCategory.FINANCIAL));

    private final String nameZh;
    private final String nameEn;
    private final boolean pdf;
    private final Set<RuleCategory> supports;

    EvidenceKind(String nameZh, String nameEn, boolean pdf, Set<RuleCategory> supports) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.pdf = pdf;
        this.supports = supports;
    }

    String nameZh() {
        return nameZh;
    }

    String nameEn() {
        return nameEn;
    }

    boolean isPdf() {
        return pdf;
    }

    boolean supports(RuleCategory category) {
        return supports.contains(category);
    }
}
