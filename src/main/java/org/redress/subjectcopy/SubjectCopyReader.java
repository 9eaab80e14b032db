package org.redress.subjectcopy;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.identity.IdentifierMask;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.ledger.LedgerDerivation;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.ScorePoint;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.LocalizedText;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Scheme;
import org.redress.letters.Letterhead;
import org.redress.letters.PlainWords;
import org.redress.letters.templates.NoticeKind;
import org.redress.store.LedgerEntryRow;
import org.redress.store.LedgerRepository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a subject's own copy from the store: the ledger per scheme (rules, agencies and kinds in
 * words, the timeline the case screen charts), the cases with their decision in force and their
 * letters. Internal ids stay here: nothing it returns carries one.
 */
final class SubjectCopyReader {

    private final Connection c;
    private final Catalog catalog;
    private final ZoneId zone;

    SubjectCopyReader(Connection connection, Catalog catalog, ZoneId zone) {
        this.c = connection;
        this.catalog = catalog;
        this.zone = zone;
    }

    /** The subject's internal id and copy; empty when no subject has the identifier. */
    Optional<Map.Entry<Long, SubjectCopy>> read(String identifier, LocalDate today, Letterhead office) throws SQLException {
        long subjectId;
        SubjectCopy.Person person;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, name, identifier FROM subject WHERE identifier = ?")) {
            ps.setString(1, identifier);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                subjectId = rs.getLong(1);
                person = new SubjectCopy.Person(rs.getString(3), IdentifierMask.apply(rs.getString(4)),
                        Words.subjectKind(SubjectKind.valueOf(rs.getString(2))));
            }
        }
        Map<String, String> agencyZh = new LinkedHashMap<>();
        Map<String, String> agencyEn = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, name_zh, name_en FROM agency");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                agencyZh.put(rs.getString(1), rs.getString(2));
                agencyEn.put(rs.getString(1), rs.getString(3));
            }
        }
        List<LedgerEntryRow> rows = new LedgerRepository(c).bySubject(subjectId);
        Map<String, List<LedgerEvent>> bySchemeCode = new LinkedHashMap<>();
        for (LedgerEntryRow row : rows) {
            bySchemeCode.computeIfAbsent(row.event().schemeCode(), k -> new ArrayList<>()).add(row.event());
        }
        Map<Long, SubjectCopy.Entry> entries = new LinkedHashMap<>();
        List<SubjectCopy.SchemePart> schemes = new ArrayList<>();
        for (var part : bySchemeCode.entrySet()) {
            Scheme scheme = catalog.scheme(part.getKey()).orElse(null);
            List<SubjectCopy.Entry> list = new ArrayList<>();
            for (LedgerEvent e : part.getValue()) {
                SubjectCopy.Entry entry = entry(e, agencyZh, agencyEn);
                entries.put(e.id(), entry);
                list.add(entry);
            }
            List<SubjectCopy.Point> timeline = new ArrayList<>();
            if (scheme != null) {
                for (ScorePoint p : LedgerDerivation.timeline(scheme, catalog, part.getValue(), today)) {
                    timeline.add(new SubjectCopy.Point(p.date(), p.value(), PlainWords.grade(scheme, p.grade())));
                }
            }
            schemes.add(new SubjectCopy.SchemePart(scheme == null ? new LocalizedText("其他", "other")
                    : scheme.name(), list, timeline));
        }
        return Optional.of(Map.entry(subjectId, new SubjectCopy(today, office, person, schemes,
                cases(subjectId, entries))));
    }

    private SubjectCopy.Entry entry(LedgerEvent e, Map<String, String> zh, Map<String, String> en) {
        Optional<Rule> rule = catalog.rule(e.schemeCode(), e.ruleCode(), e.imposedOn());
        LocalizedText title = rule.map(Rule::title).orElse(new LocalizedText("（规则已不在目录中）", "(a rule no longer in the catalog)"));
        LocalizedText basis = rule.map(r -> new LocalizedText(r.legalBasis().instrument().zh() + r.legalBasis().article().zh(),
                r.legalBasis().instrument().en() + ", " + r.legalBasis().article().en()))
                .orElse(new LocalizedText("—", "—"));
        String agency = e.agencyCode();
        return new SubjectCopy.Entry(e.imposedOn(), Words.entryKind(e.kind()), title, basis, e.points(),
                new LocalizedText(zh.getOrDefault(agency, "—"), en.getOrDefault(agency, "—")),
                e.reference() == null ? "" : e.reference(), e.publicationUntil());
    }

    private List<SubjectCopy.CaseCopy> cases(long subjectId, Map<Long, SubjectCopy.Entry> entries) throws SQLException {
        List<SubjectCopy.CaseCopy> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, case_no, received_on, status, grounds, statement"
                + " FROM appeal_case WHERE subject_id = ? ORDER BY received_on, id")) {
            ps.setLong(1, subjectId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long caseId = rs.getLong(1);
                    CaseStatus status = CaseStatus.valueOf(rs.getString(4));
                    List<LocalizedText> grounds = new ArrayList<>();
                    for (String g : rs.getString(5).split(",")) {
                        if (!g.isBlank()) {
                            grounds.add(PlainWords.ground(Ground.valueOf(g.strip())));
                        }
                    }
                    boolean decided = status == CaseStatus.DECIDED || status == CaseStatus.LETTER_ISSUED
                            || status == CaseStatus.CLOSED;
                    out.add(new SubjectCopy.CaseCopy(rs.getString(2), LocalDate.parse(rs.getString(3)),
                            Words.status(status), grounds, rs.getString(6),
                            decided ? decision(caseId, entries) : null, letters(caseId)));
                }
            }
        }
        return out;
    }

    private SubjectCopy.@Nullable DecisionCopy decision(long caseId, Map<Long, SubjectCopy.Entry> entries)
            throws SQLException {
        long decisionId;
        String decidedAt;
        String legacy;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT d.id, coalesce((SELECT max(a.at) FROM approval a WHERE a.decision_id = d.id AND a.verdict = 'APPROVED'),
                       d.drafted_at), d.reasons
                FROM decision d WHERE d.case_id = ? ORDER BY d.id DESC LIMIT 1""")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                decisionId = rs.getLong(1);
                decidedAt = rs.getString(2);
                legacy = rs.getString(3);
            }
        }
        List<SubjectCopy.Outcome> outcomes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ledger_event_id, outcome FROM decision_outcome"
                + " WHERE decision_id = ? ORDER BY ledger_event_id")) {
            ps.setLong(1, decisionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SubjectCopy.Entry entry = entries.get(rs.getLong(1));
                    outcomes.add(new SubjectCopy.Outcome(entry == null ? new LocalizedText("—", "—") : entry.rule(),
                            entry == null ? "" : entry.agencyReference(),
                            PlainWords.outcome(OutcomeKind.valueOf(rs.getString(2)))));
                }
            }
        }
        String zh = null;
        String en = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT language, reasons FROM decision_text WHERE decision_id = ?")) {
            ps.setLong(1, decisionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals("zh")) {
                        zh = rs.getString(2);
                    } else {
                        en = rs.getString(2);
                    }
                }
            }
        }
        if (zh == null && en == null) {
            zh = legacy;
        }
        return new SubjectCopy.DecisionCopy(Instant.parse(decidedAt).atZone(zone).toLocalDate(), outcomes, zh, en);
    }

    private List<SubjectCopy.LetterCopy> letters(long caseId) throws SQLException {
        List<SubjectCopy.LetterCopy> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT reference_no, issued_at, NULL FROM issued_letter WHERE case_id = ?
                UNION ALL SELECT reference_no, issued_at, kind FROM notice_letter WHERE case_id = ?
                ORDER BY 2""")) {
            ps.setLong(1, caseId);
            ps.setLong(2, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(3);
                    out.add(new SubjectCopy.LetterCopy(rs.getString(1), Instant.parse(rs.getString(2)).atZone(zone)
                            .toLocalDate(), kind == null ? Words.DECISION_LETTER : NoticeKind.valueOf(kind).defaultTitle()));
                }
            }
        }
        return out;
    }
}
