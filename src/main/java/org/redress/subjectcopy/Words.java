package org.redress.subjectcopy;

import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.LocalizedText;

/** The copy's own words for the codes it must never show. */
final class Words {

    static final LocalizedText TITLE = t("个人信用信息查询答复", "Your credit record: what we hold about you");
    static final LocalizedText DECISION_LETTER = t("复核决定书", "Decision letter");

    private Words() {
    }

    static LocalizedText t(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    static LocalizedText status(CaseStatus s) {
        return switch (s) {
            case RECEIVED -> t("已收到", "received");
            case ASSIGNED, IN_REVIEW -> t("审查中", "under review");
            case AWAITING_INFORMATION -> t("等待您补正材料", "waiting for information from you");
            case DECISION_DRAFTED, AWAITING_APPROVAL -> t("正在作出决定", "decision being made");
            case DECIDED -> t("已作出决定", "decided");
            case LETTER_ISSUED -> t("已作出决定并发出决定书", "decided, letter sent");
            case CLOSED -> t("已结案", "closed");
            case WITHDRAWN -> t("已撤回", "withdrawn");
            case NOT_ADMISSIBLE -> t("不予受理", "not admissible");
        };
    }

    static LocalizedText entryKind(LedgerEventKind k) {
        return switch (k) {
            case DEDUCTION -> t("扣分", "deduction");
            case ADDITION -> t("加分", "addition");
            case REVERSAL -> t("撤销", "reversal");
            case AMENDMENT -> t("变更", "amendment");
            case LIST_ENTRY -> t("列入名单", "listed");
            case LIST_REMOVAL -> t("移出名单", "removed from the list");
        };
    }

    static LocalizedText subjectKind(SubjectKind k) {
        return switch (k) {
            case PERSON -> t("自然人", "person");
            case ORGANISATION -> t("法人或其他组织", "organisation");
        };
    }
}
