package org.redress.hub.intake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseIdentity;
import org.redress.domain.appeal.CaseNumber;
import org.redress.domain.scheme.Catalog;
import org.redress.hub.numbers.NumberSeries;
import org.redress.hub.accounts.Caller;
import org.redress.hub.db.ChangeLog;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HttpProblem;
import org.redress.hub.http.HubJson;
import org.redress.intake.AppealChecks;
import org.redress.intake.AppealRecordValidator;
import org.redress.intake.CsvFeedReader;
import org.redress.intake.FeedKind;
import org.redress.intake.FeedProblem;
import org.redress.intake.FeedRecordSink;
import org.redress.intake.IncomingAppeal;
import org.redress.intake.IncomingLedgerEntry;
import org.redress.intake.IntakeRules;
import org.redress.intake.JsonFeedReader;
import org.redress.intake.LedgerRecordValidator;
import org.redress.intake.RawRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /v1/intake}: an agency feed in the {@code redress import} schema (CSV or JSON),
 * read and checked by the same readers and validators as the workstation's import. Each valid
 * record is taken once by (agency, reference): the same record again is "unchanged", a different
 * one under a taken reference is "conflicting" and not applied. Ledger entries and appeals become
 * change_log rows of the caller's office (an appeal also a hub case, numbered from the office's series),
 * so workstations pull them.
 */
public final class HubIntake {

    private static final Logger LOG = LoggerFactory.getLogger(HubIntake.class);

    private final HubDatabase db;
    private final Catalog catalog;
    private final Clock clock;

    public HubIntake(HubDatabase db, Catalog catalog, Clock clock) {
        this.db = db;
        this.catalog = catalog;
        this.clock = clock;
    }

    public ObjectNode take(Caller caller, byte[] body, boolean json) throws SQLException {
        if (!caller.role().approves() && caller.role() != org.redress.domain.access.Role.ADMINISTRATOR) {
            throw HttpProblem.forbidden("only supervisors and administrators post agency feeds");
        }
        List<RawRecord> records = new ArrayList<>();
        List<FeedProblem> problems = new ArrayList<>();
        read(body, json, new FeedRecordSink() {
            @Override
            public void record(RawRecord record) {
                records.add(record);
            }

            @Override
            public void problem(FeedProblem problem) {
                problems.add(problem);
            }
        });
        IntakeRules rules = new IntakeRules(catalog, agencies(), LocalDate.now(clock));
        LedgerRecordValidator ledger = new LedgerRecordValidator(rules);
        AppealRecordValidator appeals = new AppealRecordValidator(rules);
        int taken = 0;
        int unchanged = 0;
        int conflicting = 0;
        int refused = 0;
        for (RawRecord record : records) {
            List<FeedProblem> own = new ArrayList<>();
            Object valid = record.kind() == FeedKind.LEDGER ? ledger.validate(record, own) : appeals.validate(record, own);
            problems.addAll(own);
            if (valid == null || own.stream().anyMatch(FeedProblem::isError)) {
                refused++;
                continue;
            }
            String[] refusal = new String[2];
            Taken outcome = db.inTransaction(c -> {
                refusal[0] = null;
                if (valid instanceof IncomingLedgerEntry e) {
                    // The importer's ledger-side checks: a correction fits its target, the re-deduction guard.
                    org.redress.intake.LedgerChecks.Misfit misfit = HubLedgerChecks.problem(c, caller.officeCode(), e, catalog);
                    if (misfit != null) {
                        refusal[0] = misfit.field();
                        refusal[1] = misfit.message();
                        return Taken.REFUSED;
                    }
                }
                if (valid instanceof IncomingAppeal a) {
                    String[] problem = crossRecordProblem(c, caller.officeCode(), a);
                    if (problem != null) {
                        refusal[0] = problem[0];
                        refusal[1] = problem[1];
                        return Taken.REFUSED;
                    }
                }
                return store(c, caller.officeCode(), valid);
            });
            switch (outcome) {
                case REFUSED -> {
                    refused++;
                    problems.add(FeedProblem.error(record.where(), refusal[0], refusal[1]));
                }
                case TAKEN -> taken++;
                case UNCHANGED -> unchanged++;
                case CONFLICTING -> {
                    conflicting++;
                    problems.add(FeedProblem.error(record.where(), "reference",
                            "this reference was taken before with other content; not applied"));
                }
                case NO_NUMBER -> {
                    refused++;
                    problems.add(FeedProblem.error(record.where(), "received_on",
                            "the office's case numbers for that year are used up"));
                }
                case UNKNOWN_DISPUTED -> {
                    refused++;
                    problems.add(FeedProblem.error(record.where(), "disputed",
                            "disputes a ledger entry the hub has not received from this agency"));
                }
            }
        }
        LOG.info("event=hub.intake office={} records={} taken={} unchanged={} conflicting={} refused={}",
                caller.officeCode(), records.size(), taken, unchanged, conflicting, refused);
        ObjectNode report = HubJson.object();
        report.put("records", records.size());
        report.put("taken", taken);
        report.put("unchanged", unchanged);
        report.put("conflicting", conflicting);
        report.put("refused", refused);
        ArrayNode list = report.putArray("problems");
        for (FeedProblem p : problems) {
            ObjectNode n = list.addObject();
            n.put("where", p.where().toString());
            n.put("field", p.field());
            n.put("severity", p.severity().name());
            n.put("message", p.message());
        }
        return report;
    }

    private enum Taken { TAKEN, UNCHANGED, CONFLICTING, UNKNOWN_DISPUTED, NO_NUMBER, REFUSED }

    /**
     * The importer's cross-record checks ({@link AppealChecks}, the workstation's own words) against
     * what the hub holds: an appeal received before an entry it disputes was imposed, and a second
     * open case on one entry (the hub's open cases, whether intake or a workstation created them).
     * {@code [field, message]}, or null when the appeal may be taken. An appeal taken before (same
     * reference) is left to {@link #store}, which answers unchanged or conflicting.
     */
    private static String @Nullable [] crossRecordProblem(Connection c, String office, IncomingAppeal a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM intake_record WHERE reference = ?")) {
            ps.setString(1, a.agency() + "/" + a.reference());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return null;
                }
            }
        }
        for (String disputed : a.disputed()) {
            int colon = disputed.indexOf(':');
            String agency = colon > 0 ? disputed.substring(0, colon) : a.agency();
            String reference = colon > 0 ? disputed.substring(colon + 1) : disputed;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT payload->>'imposedOn' FROM intake_record WHERE reference = ? AND kind = 'ledger_event'")) {
                ps.setString(1, agency + "/" + reference);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getString(1) != null) {
                        String problem = AppealChecks.receivedBeforeImposed(a.receivedOn(), LocalDate.parse(rs.getString(1)),
                                reference);
                        if (problem != null) {
                            return new String[] {"received_on", problem};
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT case_no, created_by FROM hub_case
                    WHERE office_code = ? AND status = ANY (?)
                      AND (details -> 'deductions' @> jsonb_build_array(jsonb_build_object('agencyCode', ?::text, 'reference', ?::text))
                           OR details ->> 'agency' = ? AND (jsonb_exists(details -> 'disputed', ?) OR jsonb_exists(details -> 'disputed', ?)))
                    LIMIT 1""")) {
                ps.setString(1, office);
                ps.setArray(2, c.createArrayOf("text", java.util.Arrays.stream(org.redress.domain.appeal.CaseStatus.values())
                        .filter(org.redress.domain.appeal.CaseStatus::isOpen).map(Enum::name).toArray()));
                ps.setString(3, agency);
                ps.setString(4, reference);
                ps.setString(5, a.agency());
                ps.setString(6, disputed);
                ps.setString(7, agency + ":" + reference);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        String by = "intake".equals(rs.getString(2)) ? "opened by the hub's intake" : "opened at a workstation";
                        return new String[] {"disputed", AppealChecks.alreadyDisputed(reference, rs.getString(1), by)};
                    }
                }
            }
        }
        return null;
    }

    private static Taken store(Connection c, String office, Object valid) throws SQLException {
        String agency;
        String reference;
        String hash;
        String kind;
        ObjectNode payload;
        if (valid instanceof IncomingLedgerEntry e) {
            agency = e.agency();
            reference = e.reference();
            hash = e.contentHash();
            kind = "ledger_event";
            payload = HubJson.MAPPER.valueToTree(e);
        } else {
            IncomingAppeal a = (IncomingAppeal) valid;
            agency = a.agency();
            reference = a.reference();
            hash = a.contentHash();
            kind = "appeal";
            payload = HubJson.MAPPER.valueToTree(a);
        }
        payload.remove("where");
        String key = agency + "/" + reference;
        // Two hub instances taking the same reference at once: the second waits, then finds it taken.
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, key);
            ps.execute();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT content_hash FROM intake_record WHERE reference = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1).equals(hash) ? Taken.UNCHANGED : Taken.CONFLICTING;
                }
            }
        }
        String caseNo = null;
        if (valid instanceof IncomingAppeal a) {
            for (String disputed : a.disputed()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT 1 FROM intake_record WHERE reference = ? AND kind = 'ledger_event'")) {
                    ps.setString(1, agency + "/" + disputed);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return Taken.UNKNOWN_DISPUTED;
                        }
                    }
                }
            }
            caseNo = caseNumber(c, office, ((IncomingAppeal) valid).receivedOn().getYear());
            if (caseNo == null) {
                return Taken.NO_NUMBER;
            }
            UUID caseId = CaseIdentity.random();
            payload.put("caseNo", caseNo);
            payload.put("caseId", caseId.toString());
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO hub_case (case_no, case_id, office_code, version, status, status_version, details, created_by)
                    VALUES (?, ?, ?, 1, 'RECEIVED', 1, ?::jsonb, 'intake') ON CONFLICT DO NOTHING""")) {
                ps.setString(1, caseNo);
                ps.setObject(2, caseId);
                ps.setString(3, office);
                ps.setString(4, HubJson.write(payload));
                if (ps.executeUpdate() == 0) {
                    return Taken.CONFLICTING;
                }
            }
            ObjectNode hubCase = HubJson.object();
            hubCase.put("caseId", caseId.toString());
            hubCase.put("caseNo", caseNo);
            hubCase.put("officeCode", office);
            hubCase.put("version", 1);
            hubCase.put("status", "RECEIVED");
            hubCase.put("decisionConflict", false);
            hubCase.set("appeal", payload);
            ChangeLog.append(c, office, "case", caseId.toString(), "upsert", 1, hubCase);
        } else {
            ChangeLog.append(c, office, kind, key, "append", 1, payload);
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO intake_record (reference, kind, content_hash, office_code, case_no, payload)
                VALUES (?, ?, ?, ?, ?, ?::jsonb)""")) {
            ps.setString(1, key);
            ps.setString(2, kind);
            ps.setString(3, hash);
            ps.setString(4, office);
            ps.setString(5, caseNo);
            ps.setString(6, HubJson.write(payload));
            ps.executeUpdate();
        }
        return Taken.TAKEN;
    }

    /** The next number of the office's case series for {@code year}; null when that year's numbers are used up. */
    private static @Nullable String caseNumber(Connection c, String office, int year) throws SQLException {
        String prefix = "RD";
        try (PreparedStatement ps = c.prepareStatement("SELECT case_prefix FROM office WHERE code = ?")) {
            ps.setString(1, office);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    prefix = rs.getString(1);
                }
            }
        }
        Long next = NumberSeries.allocate(c, NumberSeries.CASE, prefix, year);
        return next == null ? null : new CaseNumber(prefix, year, Math.toIntExact(next)).toString();
    }

    private static void read(byte[] body, boolean json, FeedRecordSink sink) {
        try {
            if (json) {
                Path temp = Files.createTempFile("redress-intake", ".json");
                try {
                    Files.write(temp, body);
                    new JsonFeedReader().read(temp, sink);
                } finally {
                    Files.deleteIfExists(temp);
                }
            } else {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(body)).toString();
                // Spreadsheet exports begin with a byte-order mark; the workstation's importer skips it too.
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                new CsvFeedReader().read("feed.csv", new StringReader(text), sink);
            }
        } catch (CharacterCodingException e) {
            throw HttpProblem.badRequest("the feed is not UTF-8");
        } catch (IOException e) {
            throw HttpProblem.badRequest("the feed could not be read");
        }
    }

    private Set<String> agencies() throws SQLException {
        Set<String> codes = new HashSet<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT code FROM agency");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }
}
