package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.LocalizedText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a decided case for its letter with plain SQL over the workstation schema: the case, its
 * subject, the latest decision with its outcomes and approval, the subject's ledger and the
 * evidence attached. Run it inside one {@code Database.read} so every query sees one snapshot.
 */
public final class DecidedCaseReader {

    /** Statuses in which a case has a decision a letter can state. */
    static final Set<CaseStatus> DECIDED = org.redress.domain.appeal.LetterGate.STATES;

    private final Connection connection;

    public DecidedCaseReader(Connection connection) {
        this.connection = connection;
    }

    /** The case with this number; throws {@link LetterException} if unknown or not decided. */
    public DecidedCase byCaseNo(String caseNo) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM appeal_case WHERE case_no = ?")) {
            ps.setString(1, caseNo);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LetterException("no case " + caseNo + " in this workspace");
                }
                return byId(rs.getLong(1));
            }
        }
    }

    /** Numbers of the decided cases whose decision became final on or after {@code since} (UTC day). */
    public List<String> decidedSince(LocalDate since) throws SQLException {
        String sql = """
                SELECT c.case_no, d.drafted_at,
                       (SELECT max(a.at) FROM approval a WHERE a.decision_id = d.id AND a.verdict = 'APPROVED')
                FROM appeal_case c
                JOIN decision d ON d.id = (SELECT max(id) FROM decision WHERE case_id = c.id)
                WHERE c.status IN ('DECIDED', 'LETTER_ISSUED', 'CLOSED', 'NOT_ADMISSIBLE', 'WITHDRAWN')
                ORDER BY c.case_no""";
        String from = since + "T00:00:00";
        List<String> numbers = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String approved = rs.getString(3);
                String decided = approved != null ? approved : rs.getString(2);
                if (decided.compareTo(from) >= 0) {
                    numbers.add(rs.getString(1));
                }
            }
        }
        return numbers;
    }

    public DecidedCase byId(long caseId) throws SQLException {
        CaseFacts c = caseFacts(caseId);
        if (!DECIDED.contains(c.status)) {
            throw new LetterException("case " + c.caseNo + " is not decided (its status is " + c.status + ")");
        }
        DecisionFacts d = decision(caseId, c.caseNo);
        List<DecidedCase.Outcome> outcomes = outcomes(d.id);
        if (outcomes.isEmpty()) {
            throw new LetterException("the decision on case " + c.caseNo + " records no outcome");
        }
        List<LedgerEvent> ledger = ledger(c.subjectId, d.id);
        Map<String, LocalizedText> agencies = agencies(caseId);
        return new DecidedCase(caseId, c.caseNo, c.schemeCode, c.status, c.receivedOn, c.grounds, c.groundText,
                c.subjectName, c.identifier, d.id, d.drafterName, d.draftedAt, d.texts, d.approverName, d.approvedAt,
                outcomes, ledger, agencies, attachments(caseId));
    }

    private record CaseFacts(String caseNo, long subjectId, String schemeCode, CaseStatus status,
                             LocalDate receivedOn, Set<Ground> grounds, String groundText, String subjectName,
                             String identifier) {
    }

    private CaseFacts caseFacts(long caseId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT c.case_no, c.subject_id, c.scheme_code, c.status, c.received_on, c.grounds, c.ground_text,
                       s.name, s.identifier
                FROM appeal_case c JOIN subject s ON s.id = c.subject_id WHERE c.id = ?""")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LetterException("no case with id " + caseId);
                }
                return new CaseFacts(rs.getString(1), rs.getLong(2), rs.getString(3),
                        CaseStatus.valueOf(rs.getString(4)), LocalDate.parse(rs.getString(5)),
                        grounds(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9));
            }
        }
    }

    private record DecisionFacts(long id, String drafterName, Instant draftedAt, DecisionText.Texts texts,
                                 @Nullable String approverName, @Nullable Instant approvedAt) {
    }

    private DecisionFacts decision(long caseId, String caseNo) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT d.id, o.display_name, d.drafted_at, d.reasons, d.legal_basis, d.remedies
                FROM decision d JOIN officer o ON o.id = d.drafter_id
                WHERE d.case_id = ? ORDER BY d.id DESC LIMIT 1""")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LetterException("case " + caseNo + " has no decision");
                }
                long id = rs.getLong(1);
                // A decision with no decision_text rows (pulled from the hub, or written by an older
                // workstation) has the one text of its decision row, in the language it was typed in.
                DecisionText single = new DecisionText(rs.getString(4), rs.getString(5),
                        DecisionText.lines(rs.getString(6)));
                DecisionText.Texts texts = texts(id);
                if (texts.zh() == null && texts.en() == null) {
                    texts = DecisionText.detect(single.reasons()) == DecisionText.Language.ZH
                            ? new DecisionText.Texts(single, null) : new DecisionText.Texts(null, single);
                }
                DecisionFacts drafted = new DecisionFacts(id, rs.getString(2), Instant.parse(rs.getString(3)), texts,
                        null, null);
                return withApproval(drafted, caseNo);
            }
        }
    }

    private DecisionFacts withApproval(DecisionFacts d, String caseNo) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT a.verdict, o.display_name, a.at FROM approval a JOIN officer o ON o.id = a.approver_id
                WHERE a.decision_id = ? ORDER BY a.id DESC LIMIT 1""")) {
            ps.setLong(1, d.id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return d;
                }
                if (!"APPROVED".equals(rs.getString(1))) {
                    throw new LetterException("the decision on case " + caseNo + " was returned by "
                            + "the approver and is not final");
                }
                return new DecisionFacts(d.id, d.drafterName, d.draftedAt, d.texts, rs.getString(2),
                        Instant.parse(rs.getString(3)));
            }
        }
    }

    /** The decision's text per language from {@code decision_text}. */
    private DecisionText.Texts texts(long decisionId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT language, reasons, legal_basis, remedies FROM decision_text WHERE decision_id = ?")) {
            ps.setLong(1, decisionId);
            try (ResultSet rs = ps.executeQuery()) {
                DecisionText zh = null;
                DecisionText en = null;
                while (rs.next()) {
                    DecisionText text = new DecisionText(rs.getString(2), rs.getString(3),
                            DecisionText.lines(rs.getString(4)));
                    if (DecisionText.Language.of(rs.getString(1)) == DecisionText.Language.ZH) {
                        zh = text;
                    } else {
                        en = text;
                    }
                }
                return new DecisionText.Texts(zh, en);
            }
        }
    }

    private List<DecidedCase.Outcome> outcomes(long decisionId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT ledger_event_id, outcome, new_points, new_publication_until FROM decision_outcome
                WHERE decision_id = ? ORDER BY ledger_event_id""")) {
            ps.setLong(1, decisionId);
            try (ResultSet rs = ps.executeQuery()) {
                List<DecidedCase.Outcome> out = new ArrayList<>();
                while (rs.next()) {
                    int points = rs.getInt(3);
                    Integer newPoints = rs.wasNull() ? null : points;
                    String until = rs.getString(4);
                    out.add(new DecidedCase.Outcome(rs.getLong(1), OutcomeKind.valueOf(rs.getString(2)), newPoints,
                            until == null ? null : LocalDate.parse(until)));
                }
                return out;
            }
        }
    }

    private List<LedgerEvent> ledger(long subjectId, long decisionId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT id, scheme_code, rule_code, kind, points, agency_code, imposed_on, reference, target_id,
                       publication_until
                FROM ledger_event WHERE subject_id = ? AND (decision_id IS NULL OR decision_id <> ?)
                ORDER BY imposed_on, id""")) {
            ps.setLong(1, subjectId);
            ps.setLong(2, decisionId);
            try (ResultSet rs = ps.executeQuery()) {
                List<LedgerEvent> events = new ArrayList<>();
                while (rs.next()) {
                    long target = rs.getLong(9);
                    Long targetId = rs.wasNull() ? null : target;
                    String until = rs.getString(10);
                    events.add(new LedgerEvent(rs.getLong(1), rs.getString(2), rs.getString(3),
                            LedgerEventKind.valueOf(rs.getString(4)), rs.getInt(5), rs.getString(6),
                            LocalDate.parse(rs.getString(7)), rs.getString(8), targetId,
                            until == null ? null : LocalDate.parse(until)));
                }
                return events;
            }
        }
    }

    private Map<String, LocalizedText> agencies(long caseId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT DISTINCT a.code, a.name_zh, a.name_en FROM case_deduction cd
                JOIN ledger_event e ON e.id = cd.ledger_event_id JOIN agency a ON a.code = e.agency_code
                WHERE cd.case_id = ?""")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                Map<String, LocalizedText> out = new HashMap<>();
                while (rs.next()) {
                    String zh = rs.getString(2);
                    String en = rs.getString(3);
                    out.put(rs.getString(1), new LocalizedText(zh.isBlank() ? en : zh, en.isBlank() ? zh : en));
                }
                return out;
            }
        }
    }

    private List<DecidedCase.Attachment> attachments(long caseId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT file_name, source, added_at, sha256 FROM attachment WHERE case_id = ? ORDER BY added_at, id""")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                List<DecidedCase.Attachment> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new DecidedCase.Attachment(rs.getString(1), rs.getString(2),
                            Instant.parse(rs.getString(3)), rs.getString(4)));
                }
                return out;
            }
        }
    }

    private static Set<Ground> grounds(String text) {
        EnumSet<Ground> set = EnumSet.noneOf(Ground.class);
        for (String name : text.split(",")) {
            if (!name.isBlank()) {
                set.add(Ground.valueOf(name.strip()));
            }
        }
        return set;
    }
}
