package org.redress.letters.templates;

import org.redress.domain.scheme.LocalizedText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The letters of a case other than its decision, each with the fields its template may name. Every
 * kind has the common fields (office, case, addressee, dates); a field that holds a list
 * ({@link Field#list()}) is named as a section, {@code {{#items}}…{{.}}…{{/items}}}.
 */
public enum NoticeKind {
    /** Receipt of an appeal acknowledged: what was received, the decision deadline, what happens next. */
    ACKNOWLEDGEMENT("受理通知书", "Acknowledgement of your appeal", List.of(
            Field.list("received", "收到的申请事项（每项一行）", "what was received, one line per disputed entry"),
            Field.text("grounds", "申请理由", "the grounds of appeal, in words"),
            Field.text("deadlineOn", "作出决定的期限（日期）", "the decision deadline, as a date"),
            Field.text("decideWorkingDays", "作出决定的工作日数", "working days the office has to decide"),
            Field.text("caveat", "期限的提示（节假日安排未公布时）", "a caveat on the deadline when a year's holidays are not published"))),
    /** A request for information: the missing items and the reply-by date. */
    INFORMATION_REQUEST("补正材料通知书", "Request for information", List.of(
            Field.list("items", "需补正的材料（每项一行）", "the missing items, one per line"),
            Field.text("requestedOn", "提出日期", "the day of the request"),
            Field.text("replyBy", "答复期限（日期）", "the reply-by date"),
            Field.text("replyWorkingDays", "答复期限的工作日数", "working days to reply"),
            Field.text("caveat", "期限的提示", "a caveat on the date when a year's holidays are not published"))),
    /** An extension of the decision deadline, approved by a supervisor. */
    EXTENSION("延期通知书", "Notice of extension", List.of(
            Field.text("extensionDays", "延长的工作日数", "working days added"),
            Field.text("deadlineBefore", "原期限", "the deadline before"),
            Field.text("deadlineOn", "新期限", "the new deadline"),
            Field.text("reason", "延期理由", "the reason, in words"),
            Field.text("caveat", "期限的提示", "a caveat on the date when a year's holidays are not published"))),
    /** The appeal was found not admissible. */
    NOT_ADMISSIBLE("不予受理通知书", "Notice that your appeal is not admissible", List.of(
            Field.text("closedOn", "作出决定的日期", "the day it was found not admissible"),
            Field.text("reason", "理由（承办人填写）", "the officer's reason, as recorded"),
            Field.text("furtherAppealBody", "再次复核机关", "the body that hears a further review"),
            Field.text("furtherAppealBy", "再次复核期限（日期）", "the last day to ask for a further review"),
            Field.text("furtherAppealWorkingDays", "再次复核期限的工作日数", "working days to ask for a further review"),
            Field.text("lawsuitMonths", "提起行政诉讼的月数", "months to bring an administrative action"))),
    /** The appeal was withdrawn, by the applicant or because a request for information lapsed. */
    WITHDRAWAL("撤回确认书", "Confirmation that your appeal is withdrawn", List.of(
            Field.text("closedOn", "撤回日期", "the day it was withdrawn"),
            Field.text("lapsed", "因逾期未补正而按撤回处理时非空", "set when it was closed because a request lapsed"),
            Field.text("reason", "说明（承办人填写）", "the officer's note, as recorded")));

    /** Fields every kind has. */
    public static final List<Field> COMMON = List.of(
            Field.text("officeName", "复核机构名称", "the reviewing office"),
            Field.text("officeAddress", "复核机构地址", "its address (may be empty)"),
            Field.text("officeTelephone", "复核机构电话", "its telephone (may be empty)"),
            Field.text("caseNo", "案件编号", "the case number"),
            Field.text("receivedOn", "收到日期", "the day the appeal was received"),
            Field.text("addresseeName", "申请人姓名或名称", "the applicant's name"),
            Field.text("issuedOn", "发出日期", "the date of the letter"),
            Field.text("schemeName", "信用体系名称", "the scheme the entries are under"));

    /**
     * A field a template may name.
     *
     * @param list whether it holds several lines (named as a section; {@code {{.}}} is each line)
     */
    public record Field(String name, LocalizedText description, boolean list) {
        static Field text(String name, String zh, String en) {
            return new Field(name, new LocalizedText(zh, en), false);
        }

        static Field list(String name, String zh, String en) {
            return new Field(name, new LocalizedText(zh, en), true);
        }
    }

    private final LocalizedText title;
    private final List<Field> own;

    NoticeKind(String zh, String en, List<Field> own) {
        this.title = new LocalizedText(zh, en);
        this.own = own;
    }

    /** The built-in title; a template carries its own. */
    public LocalizedText defaultTitle() {
        return title;
    }

    /** Every field a template of this kind may name, common ones first. */
    public Map<String, Field> fields() {
        Map<String, Field> all = new LinkedHashMap<>();
        COMMON.forEach(f -> all.put(f.name(), f));
        own.forEach(f -> all.put(f.name(), f));
        return all;
    }

    /** The kind named on a command line: {@code acknowledgement}, {@code information-request}, … or a prefix. */
    public static Optional<NoticeKind> parse(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (NoticeKind kind : values()) {
            if (kind.name().equals(wanted)) {
                return Optional.of(kind);
            }
        }
        List<NoticeKind> prefixed = java.util.Arrays.stream(values()).filter(k -> k.name().startsWith(wanted)).toList();
        return wanted.length() >= 3 && prefixed.size() == 1 ? Optional.of(prefixed.getFirst()) : Optional.empty();
    }

    /** The kind's name as typed on a command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
