package org.redress.intake;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.AppealTerms;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.redress.domain.appeal.CaseIdentity;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Channel;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.RuleCategory;
import org.redress.domain.scheme.Scheme;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.Journal;
import org.redress.store.LocalChange;
import org.redress.store.NewCase;
import org.redress.store.NumberSeries;
import org.redress.sync.protocol.MutationKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns validated appeal records into received cases: the disputed entries must be the subject's
 * own deductions or list entries under one scheme, not already reversed, imposed no later than the
 * appeal was received, and disputed by no other open case (of the workspace or of this file); the
 * case gets a new id, the next number of the office's series for its year (leased to this
 * workstation by the hub; a provisional number when none is left, which the hub replaces), and its
 * priority and deadlines from {@link AppealTerms}. Its creation is handed to the journal, so it
 * reaches the hub as a {@code case.create} before any change to it.
 */
final class AppealFeedWriter implements AutoCloseable {

    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final SubjectResolver subjects;
    private final CaseRepository cases;
    private final PreparedStatement intakeByReference;
    private final PreparedStatement entryByReference;
    private final PreparedStatement reversalOf;
    private final PreparedStatement subjectFacts;
    private final PreparedStatement recordIntake;
    private final Connection connection;
    private final Journal journal;
    private final NumberSeries numbers;
    private final String casePrefix;
    private final PreparedStatement openCaseOf;
    /** Cases this import opened, by id: which appeal of the file they came from. */
    private final Map<Long, String> openedHere = new HashMap<>();
    private final String source;
    private final String now;

    AppealFeedWriter(Connection connection, Catalog catalog, WorkingDayCalendar calendar, SubjectResolver subjects,
                     String source, String now, Journal journal) throws SQLException {
        this.connection = connection;
        this.journal = journal;
        this.numbers = new NumberSeries(connection);
        this.casePrefix = numbers.casePrefix();
        this.catalog = catalog;
        this.calendar = calendar;
        this.subjects = subjects;
        this.source = source;
        this.now = now;
        cases = new CaseRepository(connection);
        intakeByReference = connection.prepareStatement(
                "SELECT content_hash, case_id FROM appeal_intake WHERE agency_code = ? AND reference = ?");
        entryByReference = connection.prepareStatement("""
                SELECT id, subject_id, scheme_code, rule_code, kind, points, agency_code, imposed_on, reference,
                       publication_until
                FROM ledger_event WHERE agency_code = ? AND reference = ?""");
        reversalOf = connection.prepareStatement(
                "SELECT reference FROM ledger_event WHERE target_id = ? AND kind IN ('REVERSAL', 'LIST_REMOVAL') LIMIT 1");
        subjectFacts = connection.prepareStatement("SELECT birth_date, region FROM subject WHERE id = ?");
        recordIntake = connection.prepareStatement("""
                INSERT INTO appeal_intake (agency_code, reference, content_hash, case_id, source, imported_at)
                VALUES (?, ?, ?, ?, ?, ?)""");
        openCaseOf = connection.prepareStatement("SELECT c.id, c.case_no, c.status FROM case_deduction d "
                + "JOIN appeal_case c ON c.id = d.case_id WHERE d.ledger_event_id = ? AND c.status IN ("
                + String.join(", ", Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen)
                        .map(st -> "'" + st.name() + "'").toList())
                + ") ORDER BY c.id LIMIT 1");
    }

    LedgerFeedWriter.Outcome write(IncomingAppeal a, FieldCheckSink out) throws SQLException {
        intakeByReference.setString(1, a.agency());
        intakeByReference.setString(2, a.reference());
        try (ResultSet rs = intakeByReference.executeQuery()) {
            if (rs.next()) {
                if (rs.getString(1).equals(a.contentHash())) {
                    return LedgerFeedWriter.Outcome.UNCHANGED;
                }
                out.error("reference", "appeal " + a.reference() + " of agency " + a.agency()
                        + " was imported before with different content");
                return LedgerFeedWriter.Outcome.REFUSED;
            }
        }
        Long subjectId = subjects.find(a.subject().identifier());
        if (subjectId == null) {
            out.error("subject_id", "the workspace holds no ledger for this subject; import its ledger entries first");
            return LedgerFeedWriter.Outcome.REFUSED;
        }
        subjects.checkName(a.subject(), out);
        List<LedgerEvent> disputed = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        boolean refused = false;
        for (String ref : a.disputed()) {
            LedgerEvent entry = disputedEntry(a, ref, subjectId, out);
            if (entry == null) {
                return LedgerFeedWriter.Outcome.REFUSED;
            }
            refused |= !receivedAfter(a, entry, out) | !noOtherOpenCase(entry, out);
            disputed.add(entry);
            ids.add(entry.id());
        }
        if (refused) {
            return LedgerFeedWriter.Outcome.REFUSED;
        }
        String schemeCode = disputed.getFirst().schemeCode();
        if (disputed.stream().anyMatch(e -> !e.schemeCode().equals(schemeCode))) {
            out.error("disputed", "the disputed entries belong to different schemes; file one appeal per scheme");
            return LedgerFeedWriter.Outcome.REFUSED;
        }
        Scheme scheme = catalog.requireScheme(schemeCode);
        LocalDate birthDate = null;
        String region = "";
        subjectFacts.setLong(1, subjectId);
        try (ResultSet rs = subjectFacts.executeQuery()) {
            if (rs.next()) {
                birthDate = rs.getString(1) == null ? null : LocalDate.parse(rs.getString(1));
                region = rs.getString(2) == null ? "" : rs.getString(2);
            }
        }
        AppealTerms terms = AppealTerms.of(catalog, calendar, scheme, disputed, birthDate, a.receivedOn());
        for (var w : terms.warnings()) {
            out.warning("received_on", w.message());
        }
        LedgerEvent main = disputed.getFirst();
        Rule rule = scheme.rule(main.ruleCode(), main.imposedOn()).orElse(null);
        RuleCategory category = rule == null ? RuleCategory.ADMINISTRATIVE : rule.category();
        int points = disputed.stream().mapToInt(LedgerEvent::points).sum();
        UUID caseId = CaseIdentity.random();
        String caseNo = numbers.nextCaseNumber(casePrefix, a.receivedOn().getYear(), caseId);
        NewCase c = new NewCase(caseNo, subjectId, schemeCode, CaseStatus.RECEIVED,
                terms.priority(), a.receivedOn(), terms.decideBy(), terms.acknowledgeBy(), Channel.IMPORT,
                a.grounds(), a.groundText() == null ? "" : a.groundText(), a.statement(),
                a.subject().region() != null ? a.subject().region() : region, main.agencyCode(), category,
                main.ruleCode(), points, null, ids, caseId);
        CaseRow row = cases.insert(c, null);
        openedHere.put(row.id(), "appeal " + a.reference() + " of agency " + a.agency() + ", " + a.where().position()
                + " of this file");
        recordIntake.setString(1, a.agency());
        recordIntake.setString(2, a.reference());
        recordIntake.setString(3, a.contentHash());
        recordIntake.setLong(4, row.id());
        recordIntake.setString(5, source);
        recordIntake.setString(6, now);
        recordIntake.executeUpdate();
        // The case's creation, after its intake row so that it carries the agency's reference.
        journal.record(connection, new LocalChange(MutationKind.CASE_CREATE, "case", row.caseNo(), null, row.version(),
                JsonNodeFactory.instance.objectNode().put("caseStoreId", row.id()).put("toStatus", row.status().name()),
                Instant.parse(now)));
        return LedgerFeedWriter.Outcome.IMPORTED;
    }

    /** A reference is the filing agency's own, or {@code AGENCY:REFERENCE} for another agency's entry. */
    private @Nullable LedgerEvent disputedEntry(IncomingAppeal a, String ref, long subjectId, FieldCheckSink out)
            throws SQLException {
        int colon = ref.indexOf(':');
        String agency = colon > 0 ? ref.substring(0, colon) : a.agency();
        String reference = colon > 0 ? ref.substring(colon + 1) : ref;
        entryByReference.setString(1, agency);
        entryByReference.setString(2, reference);
        try (ResultSet rs = entryByReference.executeQuery()) {
            if (!rs.next()) {
                out.error("disputed", "no ledger entry " + reference + " of agency " + agency + " in the workspace");
                return null;
            }
            if (rs.getLong(2) != subjectId) {
                out.error("disputed", "ledger entry " + reference + " belongs to another subject");
                return null;
            }
            LedgerEventKind kind = LedgerEventKind.valueOf(rs.getString(5));
            if (kind != LedgerEventKind.DEDUCTION && kind != LedgerEventKind.LIST_ENTRY) {
                out.error("disputed", "ledger entry " + reference + " is a " + kind
                        + "; only deductions and list entries can be disputed");
                return null;
            }
            long id = rs.getLong(1);
            LedgerEvent entry = new LedgerEvent(id, rs.getString(3), rs.getString(4), kind, rs.getInt(6),
                    rs.getString(7), LocalDate.parse(rs.getString(8)), rs.getString(9), null,
                    rs.getString(10) == null ? null : LocalDate.parse(rs.getString(10)));
            reversalOf.setLong(1, id);
            try (ResultSet r = reversalOf.executeQuery()) {
                if (r.next()) {
                    out.error("disputed", "ledger entry " + reference + " was already reversed (" + r.getString(1) + ")");
                    return null;
                }
            }
            return entry;
        }
    }

    /** An appeal cannot be received before the deduction it disputes was imposed. */
    private static boolean receivedAfter(IncomingAppeal a, LedgerEvent entry, FieldCheckSink out) {
        String problem = AppealChecks.receivedBeforeImposed(a.receivedOn(), entry.imposedOn(), entry.reference());
        if (problem == null) {
            return true;
        }
        out.error("received_on", problem);
        return false;
    }

    /** One open case per ledger entry: a second appeal belongs in the case already open. */
    private boolean noOtherOpenCase(LedgerEvent entry, FieldCheckSink out) throws SQLException {
        openCaseOf.setLong(1, entry.id());
        try (ResultSet rs = openCaseOf.executeQuery()) {
            if (!rs.next()) {
                return true;
            }
            String from = openedHere.get(rs.getLong(1));
            out.error("disputed", AppealChecks.alreadyDisputed(entry.reference(), rs.getString(2),
                    from != null ? from : rs.getString(3)));
            return false;
        }
    }

    @Override
    public void close() throws SQLException {
        try (intakeByReference; entryByReference; reversalOf; subjectFacts; recordIntake; openCaseOf) {
            openedHere.clear();
        }
    }
}
