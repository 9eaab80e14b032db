package org.redress.sync;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.domain.appeal.AppealTerms;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Channel;
import org.redress.domain.appeal.Ground;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.RuleCategory;
import org.redress.domain.scheme.Scheme;
import org.redress.store.CaseRepository;
import org.redress.store.NewCase;
import org.redress.store.NumberSeries;

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
import java.util.Set;
import java.util.UUID;

/**
 * Agency records the hub took in (its intake, with the same validators as {@code redress import}),
 * stored in the replica as an import would store them: ledger entries by (agency, reference), and
 * appeals as cases under the hub's case number with the terms (priority, deadlines) reckoned from
 * the catalog and calendar, so every replica computes the same. Both are idempotent.
 */
final class HubIntakeRecords {

    private static volatile @Nullable Catalog catalog;
    private static volatile @Nullable WorkingDayCalendar calendar;

    private HubIntakeRecords() {
    }

    private static Catalog catalog() {
        Catalog c = catalog;
        if (c == null) {
            c = SchemeCatalog.loadDefault();
            catalog = c;
        }
        return c;
    }

    private static WorkingDayCalendar calendar() {
        WorkingDayCalendar c = calendar;
        if (c == null) {
            c = CalendarCatalog.fromClasspath();
            calendar = c;
        }
        return c;
    }

    /** A ledger entry of the hub's intake (an {@code IncomingLedgerEntry} as JSON); false when already here. */
    static boolean ledgerEntry(Connection c, JsonNode e, Instant now) throws SQLException {
        String agency = e.path("agency").asText();
        String reference = e.path("reference").asText();
        if (agency.isEmpty() || reference.isEmpty() || !agencyKnown(c, agency) || ledgerId(c, agency, reference) != null) {
            return false;
        }
        long subjectId = subject(c, e.path("subject"));
        Long target = e.hasNonNull("targetReference") ? ledgerId(c, agency, e.get("targetReference").asText()) : null;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO ledger_event (subject_id, scheme_code, rule_code, kind, points, agency_code, imposed_on,
                    reference, target_id, publication_until, reported_score, source, created_at, feed_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'HUB', ?, ?)""")) {
            ps.setLong(1, subjectId);
            ps.setString(2, e.path("schemeCode").asText());
            ps.setString(3, e.path("ruleCode").asText());
            ps.setString(4, e.path("kind").asText(LedgerEventKind.DEDUCTION.name()));
            ps.setInt(5, e.path("points").asInt());
            ps.setString(6, agency);
            ps.setString(7, e.path("imposedOn").asText());
            ps.setString(8, reference);
            setLong(ps, 9, target);
            setText(ps, 10, e.hasNonNull("publicationUntil") ? e.get("publicationUntil").asText() : null);
            setLong(ps, 11, e.hasNonNull("reportedScore") ? e.get("reportedScore").asLong() : null);
            ps.setString(12, SyncTimes.text(now));
            setText(ps, 13, e.hasNonNull("contentHash") ? e.get("contentHash").asText() : null);
            ps.executeUpdate();
        }
        return true;
    }

    /** An appeal of the hub's intake (an {@code IncomingAppeal} as JSON) as a new case {@code caseNo}; false when it cannot be stored yet. */
    static boolean appeal(Connection c, String caseNo, UUID caseId, long version, JsonNode a, Instant now) throws SQLException {
        String agency = a.path("agency").asText();
        List<LedgerEvent> disputed = new ArrayList<>();
        for (JsonNode ref : a.path("disputed")) {
            LedgerEvent event = ledgerEvent(c, agency, ref.asText());
            if (event == null) {
                return false;
            }
            disputed.add(event);
        }
        if (disputed.isEmpty() || !agencyKnown(c, agency)) {
            return false;
        }
        Scheme scheme = catalog().scheme(disputed.getFirst().schemeCode()).orElse(null);
        if (scheme == null) {
            return false;
        }
        CaseRepository cases = new CaseRepository(c, Clock.fixed(now, ZoneOffset.UTC));
        var holder = cases.byCaseNo(caseNo);
        if (holder.isPresent()) {
            cases.renumber(holder.get().id(), new NumberSeries(c).provisionalNumber(HubCaseIntake.prefixOf(caseNo),
                    holder.get().receivedOn().getYear(), cases.caseId(holder.get().id())), "the hub holds " + caseNo + " as another case");
        }
        long subjectId = subject(c, a.path("subject"));
        LocalDate received = LocalDate.parse(a.path("receivedOn").asText());
        JsonNode subject = a.path("subject");
        LocalDate birth = subject.hasNonNull("birthDate") ? LocalDate.parse(subject.get("birthDate").asText()) : null;
        AppealTerms terms = AppealTerms.of(catalog(), calendar(), scheme, disputed, birth, received);
        LedgerEvent main = disputed.getFirst();
        RuleCategory category = scheme.rule(main.ruleCode(), main.imposedOn()).map(r -> r.category())
                .orElse(RuleCategory.ADMINISTRATIVE);
        Set<Ground> grounds = EnumSet.noneOf(Ground.class);
        for (JsonNode g : a.path("grounds")) {
            try {
                grounds.add(Ground.valueOf(g.asText()));
            } catch (IllegalArgumentException ignored) {
                // A ground this version does not know: the free text still says it.
            }
        }
        if (grounds.isEmpty()) {
            grounds.add(Ground.values()[0]);
        }
        NewCase newCase = new NewCase(caseNo, subjectId, scheme.code(), CaseStatus.RECEIVED, terms.priority(), received,
                terms.decideBy(), terms.acknowledgeBy(), Channel.HUB, grounds, a.path("groundText").asText(""),
                a.path("statement").asText(""), subject.path("region").asText(""), main.agencyCode(), category,
                main.ruleCode(), disputed.stream().mapToInt(LedgerEvent::points).sum(), null,
                disputed.stream().map(LedgerEvent::id).toList(), caseId);
        long id = cases.insert(newCase, null).id();
        try (PreparedStatement ps = c.prepareStatement("UPDATE appeal_case SET server_version = ? WHERE id = ?")) {
            ps.setLong(1, version);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT OR IGNORE INTO appeal_intake (agency_code, reference, content_hash, case_id, source, imported_at)
                VALUES (?, ?, ?, ?, 'HUB', ?)""")) {
            ps.setString(1, agency);
            ps.setString(2, a.path("reference").asText());
            ps.setString(3, a.path("contentHash").asText(""));
            ps.setLong(4, id);
            ps.setString(5, SyncTimes.text(now));
            ps.executeUpdate();
        }
        return true;
    }

    private static @Nullable LedgerEvent ledgerEvent(Connection c, String agency, String reference) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, scheme_code, rule_code, kind, points, imposed_on, target_id, publication_until
                FROM ledger_event WHERE agency_code = ? AND reference = ?""")) {
            ps.setString(1, agency);
            ps.setString(2, reference);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long target = rs.getLong(7);
                Long targetId = rs.wasNull() ? null : target;
                String until = rs.getString(8);
                return new LedgerEvent(rs.getLong(1), rs.getString(2), rs.getString(3),
                        LedgerEventKind.valueOf(rs.getString(4)), rs.getInt(5), agency, LocalDate.parse(rs.getString(6)),
                        reference, targetId, until == null ? null : LocalDate.parse(until));
            }
        }
    }

    private static @Nullable Long ledgerId(Connection c, String agency, String reference) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM ledger_event WHERE agency_code = ? AND reference = ?")) {
            ps.setString(1, agency);
            ps.setString(2, reference);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
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
        String identifier = s.path("identifier").asText();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT OR IGNORE INTO subject (kind, identifier, id_kind, id_verdict, id_override_reason, name, region, birth_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, s.path("kind").asText("PERSON"));
            ps.setString(2, identifier);
            ps.setString(3, s.path("idKind").asText("UNKNOWN"));
            ps.setString(4, s.path("verdict").asText(s.path("idVerdict").asText("VALID")));
            setText(ps, 5, s.hasNonNull("overrideReason") ? s.get("overrideReason").asText() : null);
            ps.setString(6, s.path("name").asText());
            setText(ps, 7, s.hasNonNull("region") ? s.get("region").asText() : null);
            setText(ps, 8, s.hasNonNull("birthDate") ? s.get("birthDate").asText() : null);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM subject WHERE identifier = ?")) {
            ps.setString(1, identifier);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void setText(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static void setLong(PreparedStatement ps, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }
}
