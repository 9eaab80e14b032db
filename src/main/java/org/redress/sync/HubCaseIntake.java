package org.redress.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Channel;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.Priority;
import org.redress.domain.scheme.RuleCategory;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.NumberSeries;
import org.redress.store.NewCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;

/**
 * A case the replica does not hold yet, arriving from the hub (made on another workstation, or
 * seeded) with its subject and disputed ledger entries: stored like an imported case under its
 * id and the hub's number, channel HUB. A change without that content is skipped (its creation,
 * which carries it, comes first in the hub's order). Should a case here carry the same number
 * (one the hub never took), it moves aside to a provisional number: the two stay two.
 */
final class HubCaseIntake {

    private static final Logger LOG = LoggerFactory.getLogger(HubCaseIntake.class);

    private HubCaseIntake() {
    }

    static boolean insert(Connection c, String caseNo, UUID caseId, long version, ObjectNode f, Instant now)
            throws SQLException {
        JsonNode subject = f.get("subject");
        JsonNode deductions = f.get("deductions");
        if (subject == null || !subject.isObject() || deductions == null || !deductions.isArray() || deductions.isEmpty()
                || !f.hasNonNull("agencyCode") || !agencyKnown(c, f.get("agencyCode").asText())) {
            LOG.debug("case {} from the hub has no content this replica can store yet", caseNo);
            return false;
        }
        CaseRepository cases = new CaseRepository(c, Clock.fixed(now, ZoneOffset.UTC));
        Optional<CaseRow> holder = cases.byCaseNo(caseNo);
        if (holder.isPresent()) {
            cases.renumber(holder.get().id(), new NumberSeries(c).provisionalNumber(prefixOf(caseNo),
                    holder.get().receivedOn().getYear(), cases.caseId(holder.get().id())), "the hub holds " + caseNo + " as another case");
        }
        long subjectId = subject(c, subject);
        List<Long> ledger = new ArrayList<>();
        for (JsonNode d : deductions) {
            ledger.add(ledgerEntry(c, subjectId, d, now));
        }
        LocalDate received = LocalDate.parse(f.path("receivedOn").asText(now.atOffset(ZoneOffset.UTC).toLocalDate().toString()));
        NewCase newCase = new NewCase(caseNo, subjectId, f.path("schemeCode").asText(deductions.get(0).path("schemeCode").asText()),
                enumOr(CaseStatus.class, f.path("status").asText(), CaseStatus.RECEIVED),
                enumOr(Priority.class, f.path("priority").asText(), Priority.NORMAL), received,
                f.hasNonNull("deadlineOn") ? LocalDate.parse(f.get("deadlineOn").asText()) : null,
                f.hasNonNull("ackDeadlineOn") ? LocalDate.parse(f.get("ackDeadlineOn").asText()) : received,
                Channel.HUB, grounds(f.get("grounds")), f.path("groundText").asText(""), f.path("statement").asText(""),
                f.path("region").asText(subject.path("region").asText("")), f.get("agencyCode").asText(),
                enumOr(RuleCategory.class, f.path("ruleCategory").asText(), RuleCategory.ADMINISTRATIVE),
                f.path("ruleCode").asText(deductions.get(0).path("ruleCode").asText()),
                f.path("points").asInt(deductions.get(0).path("points").asInt()),
                f.hasNonNull("assignee") ? officer(c, f.get("assignee").asText(), now) : null, ledger, caseId);
        long id = cases.insert(newCase, null).id();
        try (PreparedStatement ps = c.prepareStatement("UPDATE appeal_case SET server_version = ? WHERE id = ?")) {
            ps.setLong(1, version);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        JsonNode intake = f.get("intake");
        if (intake != null && intake.isObject() && agencyKnown(c, intake.path("agency").asText())) {
            // The agency's reference of the appeal: importing the same feed here again finds the case.
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT OR IGNORE INTO appeal_intake (agency_code, reference, content_hash, case_id, source, imported_at)
                    VALUES (?, ?, ?, ?, 'HUB', ?)""")) {
                ps.setString(1, intake.path("agency").asText());
                ps.setString(2, intake.path("reference").asText());
                ps.setString(3, intake.path("contentHash").asText(""));
                ps.setLong(4, id);
                ps.setString(5, SyncTimes.text(now));
                ps.executeUpdate();
            }
        }
        return true;
    }

    static String prefixOf(String caseNo) {
        int dash = caseNo.indexOf('-');
        String prefix = dash > 0 ? caseNo.substring(0, dash) : "";
        return prefix.matches("[A-Z]{2,8}") ? prefix : NumberSeries.DEFAULT_CASE_PREFIX;
    }

    private static long officer(Connection c, String username, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO officer (username, display_name, role, created_at) VALUES (?, ?, 'OFFICER', ?)")) {
            ps.setString(1, username);
            ps.setString(2, username);
            ps.setString(3, SyncTimes.text(now));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM officer WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static boolean agencyKnown(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM agency WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long subject(Connection c, JsonNode s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT OR IGNORE INTO subject (kind, identifier, id_kind, id_verdict, name, region, birth_date)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, s.path("kind").asText("PERSON"));
            ps.setString(2, s.path("identifier").asText());
            ps.setString(3, s.path("idKind").asText("UNKNOWN"));
            ps.setString(4, s.path("idVerdict").asText("VALID"));
            ps.setString(5, s.path("name").asText());
            nullable(ps, 6, s, "region");
            nullable(ps, 7, s, "birthDate");
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM subject WHERE identifier = ?")) {
            ps.setString(1, s.path("identifier").asText());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long ledgerEntry(Connection c, long subjectId, JsonNode d, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT OR IGNORE INTO ledger_event (subject_id, scheme_code, rule_code, kind, points, agency_code,
                    imposed_on, reference, publication_until, source, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'HUB', ?)""")) {
            ps.setLong(1, subjectId);
            ps.setString(2, d.path("schemeCode").asText());
            ps.setString(3, d.path("ruleCode").asText());
            ps.setString(4, d.path("kind").asText("DEDUCTION"));
            ps.setInt(5, d.path("points").asInt());
            ps.setString(6, d.path("agencyCode").asText());
            ps.setString(7, d.path("imposedOn").asText());
            ps.setString(8, d.path("reference").asText());
            nullable(ps, 9, d, "publicationUntil");
            ps.setString(10, SyncTimes.text(now));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM ledger_event WHERE agency_code = ? AND reference = ?")) {
            ps.setString(1, d.path("agencyCode").asText());
            ps.setString(2, d.path("reference").asText());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Set<Ground> grounds(JsonNode node) {
        Set<Ground> grounds = EnumSet.noneOf(Ground.class);
        List<String> names = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(g -> names.add(g.asText()));
        } else if (node != null && node.isTextual()) {
            names.addAll(List.of(node.asText().split(",")));
        }
        for (String name : names) {
            Ground g = enumOr(Ground.class, name.strip(), null);
            if (g != null) {
                grounds.add(g);
            }
        }
        if (grounds.isEmpty()) {
            grounds.add(Ground.values()[0]);
        }
        return grounds;
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static void nullable(PreparedStatement ps, int index, JsonNode node, String field) throws SQLException {
        if (node.hasNonNull(field)) {
            ps.setString(index, node.get(field).asText());
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }
}
