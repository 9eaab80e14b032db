package org.redress.letters.templates;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Ground;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.identity.IdentifierMask;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.LocalizedText;
import org.redress.domain.scheme.Scheme;
import org.redress.letters.LetterException;
import org.redress.letters.LetterSettings;
import org.redress.letters.PlainWords;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a notice of a case says, read from the store: the fields of its kind in Chinese and in
 * English (dates, working days and grounds in each language's words). Refuses a kind the case gives
 * no ground for: an information request without a request, an extension notice without an approved
 * extension, a not-admissible or withdrawal notice for a case not in that state.
 */
final class NoticeFacts {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The case, the addressee and the fields in each language. */
    record Facts(long caseId, String caseNo, String addresseeName, String maskedIdentifier,
                 Map<String, Object> zh, Map<String, Object> en) {
    }

    private final Connection c;
    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final LetterSettings settings;

    NoticeFacts(Connection connection, Catalog catalog, WorkingDayCalendar calendar, LetterSettings settings) {
        this.c = connection;
        this.catalog = catalog;
        this.calendar = calendar;
        this.settings = settings;
    }

    Facts read(String caseNo, NoticeKind kind, LocalDate issuedOn) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT k.id, k.status, k.scheme_code, k.received_on, k.deadline_on, k.grounds, s.name, s.identifier
                FROM appeal_case k JOIN subject s ON s.id = k.subject_id WHERE k.case_no = ?""")) {
            ps.setString(1, caseNo);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LetterException("no case " + caseNo + " in this workspace");
                }
                long caseId = rs.getLong(1);
                CaseStatus status = CaseStatus.valueOf(rs.getString(2));
                String schemeCode = rs.getString(3);
                LocalDate received = LocalDate.parse(rs.getString(4));
                String deadline = rs.getString(5);
                String grounds = rs.getString(6);
                String name = rs.getString(7);
                String identifier = rs.getString(8);
                Map<String, Object> zh = new LinkedHashMap<>();
                Map<String, Object> en = new LinkedHashMap<>();
                Scheme scheme = catalog.scheme(schemeCode).orElse(null);
                common(zh, en, caseNo, received, name, issuedOn, scheme);
                switch (kind) {
                    case ACKNOWLEDGEMENT -> acknowledgement(zh, en, caseId, scheme, received,
                            deadline == null ? null : LocalDate.parse(deadline), grounds);
                    case INFORMATION_REQUEST -> informationRequest(zh, en, caseId, caseNo);
                    case EXTENSION -> extension(zh, en, caseId, caseNo);
                    case NOT_ADMISSIBLE -> closing(zh, en, caseId, caseNo, status, CaseStatus.NOT_ADMISSIBLE, issuedOn);
                    case WITHDRAWAL -> closing(zh, en, caseId, caseNo, status, CaseStatus.WITHDRAWN, issuedOn);
                }
                return new Facts(caseId, caseNo, name, IdentifierMask.apply(identifier), zh, en);
            }
        }
    }

    private void common(Map<String, Object> zh, Map<String, Object> en, String caseNo, LocalDate received, String name,
                        LocalDate issuedOn, @Nullable Scheme scheme) {
        var head = settings.letterhead();
        both(zh, en, "officeName", head.name());
        both(zh, en, "officeAddress", head.address() == null ? "" : head.address().zh(), head.address() == null ? "" : head.address().en());
        String phone = head.telephone() == null ? "" : head.telephone();
        both(zh, en, "officeTelephone", phone, phone);
        both(zh, en, "caseNo", caseNo, caseNo);
        both(zh, en, "receivedOn", PlainWords.date(received));
        both(zh, en, "addresseeName", name, name);
        both(zh, en, "issuedOn", PlainWords.date(issuedOn));
        both(zh, en, "schemeName", scheme == null ? new LocalizedText("信用记录", "your credit record") : scheme.name());
    }

    private void acknowledgement(Map<String, Object> zh, Map<String, Object> en, long caseId, @Nullable Scheme scheme,
                                 LocalDate received, @Nullable LocalDate deadline, String grounds) throws SQLException {
        List<String> zhLines = new ArrayList<>();
        List<String> enLines = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT e.scheme_code, e.rule_code, e.points, e.imposed_on, e.reference, coalesce(a.name_zh, e.agency_code),
                       coalesce(a.name_en, e.agency_code)
                FROM case_deduction d JOIN ledger_event e ON e.id = d.ledger_event_id
                LEFT JOIN agency a ON a.code = e.agency_code
                WHERE d.case_id = ? ORDER BY e.imposed_on, e.id""")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate imposed = LocalDate.parse(rs.getString(4));
                    var rule = catalog.rule(rs.getString(1), rs.getString(2), imposed);
                    LocalizedText title = rule.map(r -> r.title()).orElse(new LocalizedText(rs.getString(2), rs.getString(2)));
                    LocalizedText date = PlainWords.date(imposed);
                    zhLines.add(title.zh() + "（" + rs.getString(6) + "，" + date.zh() + "，文号 " + rs.getString(5) + "）");
                    enLines.add(title.en() + " (" + rs.getString(7) + ", " + date.en() + ", reference " + rs.getString(5) + ")");
                }
            }
        }
        zh.put("received", zhLines);
        en.put("received", enLines);
        List<String> zhGrounds = new ArrayList<>();
        List<String> enGrounds = new ArrayList<>();
        for (String g : grounds.split(",")) {
            if (!g.isBlank()) {
                LocalizedText words = PlainWords.ground(Ground.valueOf(g.strip()));
                zhGrounds.add(words.zh());
                enGrounds.add(words.en());
            }
        }
        zh.put("grounds", String.join("、", zhGrounds));
        en.put("grounds", String.join("; ", enGrounds));
        int days = scheme == null ? org.redress.domain.scheme.ReviewTerms.DEFAULT_DECIDE
                : scheme.terms().decideWithinWorkingDays();
        LocalDate due = deadline != null ? deadline : calendar.addWorkingDays(received, days).value();
        both(zh, en, "deadlineOn", PlainWords.date(due));
        both(zh, en, "decideWorkingDays", new LocalizedText(Integer.toString(days), Integer.toString(days)));
        caveat(zh, en, received, due);
    }

    private void informationRequest(Map<String, Object> zh, Map<String, Object> en, long caseId, String caseNo)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT requested_on, reply_by, working_days, items"
                + " FROM information_request WHERE case_id = ? ORDER BY id DESC LIMIT 1")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LetterException("case " + caseNo + " has no request for information to write about");
                }
                LocalDate requested = LocalDate.parse(rs.getString(1));
                LocalDate replyBy = LocalDate.parse(rs.getString(2));
                both(zh, en, "requestedOn", PlainWords.date(requested));
                both(zh, en, "replyBy", PlainWords.date(replyBy));
                String days = Integer.toString(rs.getInt(3));
                both(zh, en, "replyWorkingDays", days, days);
                List<String> items;
                try {
                    items = JSON.readValue(rs.getString(4), new TypeReference<List<String>>() { });
                } catch (java.io.IOException e) {
                    items = List.of(rs.getString(4));
                }
                zh.put("items", items);
                en.put("items", items);
                caveat(zh, en, requested, replyBy);
            }
        }
    }

    private void extension(Map<String, Object> zh, Map<String, Object> en, long caseId, String caseNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT working_days, deadline_before, deadline_after, reason_code"
                + " FROM extension_request WHERE case_id = ? AND state = 'APPROVED' ORDER BY id DESC LIMIT 1")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(2) == null || rs.getString(3) == null) {
                    throw new LetterException("case " + caseNo + " has no approved extension to write about");
                }
                String days = Integer.toString(rs.getInt(1));
                LocalDate before = LocalDate.parse(rs.getString(2));
                LocalDate after = LocalDate.parse(rs.getString(3));
                both(zh, en, "extensionDays", days, days);
                both(zh, en, "deadlineBefore", PlainWords.date(before));
                both(zh, en, "deadlineOn", PlainWords.date(after));
                both(zh, en, "reason", reason(rs.getString(4)));
                caveat(zh, en, before, after);
            }
        }
    }

    private void closing(Map<String, Object> zh, Map<String, Object> en, long caseId, String caseNo, CaseStatus status,
                         CaseStatus wanted, LocalDate issuedOn) throws SQLException {
        if (status != wanted) {
            throw new LetterException("case " + caseNo + " is not " + (wanted == CaseStatus.WITHDRAWN ? "withdrawn"
                    : "found not admissible") + " (its status is " + status + ")");
        }
        String at = null;
        String detail = "";
        try (PreparedStatement ps = c.prepareStatement("SELECT at, detail FROM case_event WHERE case_id = ? AND to_status = ?"
                + " ORDER BY id DESC LIMIT 1")) {
            ps.setLong(1, caseId);
            ps.setString(2, wanted.name());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    at = rs.getString(1);
                    detail = rs.getString(2) == null ? "" : rs.getString(2);
                }
            }
        }
        LocalDate closedOn = at == null ? issuedOn : java.time.Instant.parse(at).atZone(settings.zone()).toLocalDate();
        both(zh, en, "closedOn", PlainWords.date(closedOn));
        both(zh, en, "reason", detail, detail);
        if (wanted == CaseStatus.WITHDRAWN) {
            boolean lapsed;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_request WHERE case_id = ?"
                    + " AND lapse_choice = 'CLOSE_AS_WITHDRAWN'")) {
                ps.setLong(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    lapsed = rs.next();
                }
            }
            both(zh, en, "lapsed", lapsed ? "是" : "", lapsed ? "yes" : "");
        } else {
            int days = settings.furtherAppealWorkingDays();
            var by = calendar.addWorkingDays(issuedOn, days);
            both(zh, en, "furtherAppealBody", settings.furtherAppealBody());
            both(zh, en, "furtherAppealBy", PlainWords.date(by.value()));
            both(zh, en, "furtherAppealWorkingDays", new LocalizedText(Integer.toString(days), Integer.toString(days)));
            String months = Integer.toString(settings.lawsuitMonths());
            both(zh, en, "lawsuitMonths", months, months);
        }
    }

    /** A caveat when a date was counted over a year whose holiday notice is not loaded (issue 19, item 7). */
    private void caveat(Map<String, Object> zh, Map<String, Object> en, LocalDate from, LocalDate to) {
        var counted = calendar.workingDaysBetween(from, to);
        if (counted.warnings().isEmpty()) {
            both(zh, en, "caveat", "", "");
            return;
        }
        int year = counted.warnings().getFirst().year();
        both(zh, en, "caveat", new LocalizedText(
                "注：" + year + " 年节假日安排通知尚未公布，上述日期已计入法定节假日，但未计入调休上班日，以通知公布后为准。",
                "Note: the State Council has not yet published its notice of the " + year + " public holidays; the date"
                        + " above skips the statutory holidays but not the make-up working days, which the notice may"
                        + " change."));
    }

    private static LocalizedText reason(String code) {
        return switch (code) {
            case "COMPLEX_FACTS" -> new LocalizedText("案情复杂", "the facts are complex");
            case "AGENCY_RECORDS_AWAITED" -> new LocalizedText("尚待作出机关提供记录", "we are waiting for the issuing agency's records");
            case "EXPERT_OPINION_NEEDED" -> new LocalizedText("需要专家意见或其他机关的认定", "an expert's opinion or another authority's finding is needed");
            case "LATE_EVIDENCE" -> new LocalizedText("有较多证据在后期提交", "much evidence arrived late in the review");
            default -> new LocalizedText("有其他需要", "other reasons require it");
        };
    }

    private static void both(Map<String, Object> zh, Map<String, Object> en, String key, LocalizedText value) {
        both(zh, en, key, value.zh(), value.en());
    }

    private static void both(Map<String, Object> zh, Map<String, Object> en, String key, String zhValue, String enValue) {
        zh.put(key, zhValue);
        en.put(key, enValue);
    }
}
