package org.redress.reports;

import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Channel;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.Priority;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Scheme;
import org.redress.store.AgencyRepository;
import org.redress.store.AgencyRow;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.LedgerEntryRow;
import org.redress.store.LedgerRepository;
import org.redress.store.NewCase;
import org.redress.store.OfficerRepository;
import org.redress.store.OfficerRow;
import org.redress.store.SettingsRepository;
import org.redress.store.SubjectRepository;
import org.redress.store.SubjectRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/**
 * Fills a workspace with random but well-formed casework through the store's own writes, in the
 * orders real writers use: live (decisions drafted before the case is decided) and bulk (a case's
 * whole history first, its decisions after, as the demo loads them), with later status, assignee and
 * deadline changes, events near midnight UTC (another office day), ledgers with reversals, a
 * two-version rule, list entries and reported scores that agree or not.
 */
final class RandomWorkspace {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final List<String> AGENCIES = List.of("AG-A", "AG-B", "AG-C");
    static final List<String> REGIONS = List.of("371082", "110105", "310115");
    static final List<String> COMMENTS = List.of("请补充理由。", "=HYPERLINK(\"x\")", "");
    static final String SUPERVISOR = "2";
    static final String AUDITOR = "3";
    static final List<String> OFFICERS = List.of("1", "4");

    private final Random random;
    private final Catalog catalog;
    private final Connection c;
    private final CaseRepository cases;
    private final List<List<LedgerEntryRow>> ledgers = new ArrayList<>();
    private int made;

    RandomWorkspace(long seed, Catalog catalog, Connection connection) {
        this.random = new Random(seed);
        this.catalog = catalog;
        this.c = connection;
        this.cases = new CaseRepository(connection, Clock.fixed(instant(TODAY.minusDays(random.nextInt(30)), 3),
                ZoneOffset.UTC));
    }

    void fill(int caseCount) throws SQLException {
        for (int i = 0; i < AGENCIES.size(); i++) {
            new AgencyRepository(c).save(new AgencyRow(AGENCIES.get(i), "机关" + i, "Agency " + i, REGIONS.get(i)));
        }
        OfficerRepository officers = new OfficerRepository(c);
        officers.insert(new OfficerRow(1, "o.one", "王一", "OFFICER", null, null, Instant.EPOCH));
        officers.insert(new OfficerRow(2, "s.two", "李二", "SUPERVISOR", null, null, Instant.EPOCH));
        officers.insert(new OfficerRow(3, "a.three", "张三", "AUDITOR", null, null, Instant.EPOCH));
        officers.insert(new OfficerRow(4, "o.four", "赵四", "OFFICER", "AG-B", null, Instant.EPOCH));
        SettingsRepository settings = new SettingsRepository(c);
        settings.put(Thresholds.POLICY_REVIEW_SETTING, pick("0.2", "0.5", "35%", "bad"));
        settings.put(Thresholds.DISCREPANCY_SETTING, pick("0.05", "0.3"));
        settings.put("four_eyes.sample_rate", pick("0.1", "0.5"));
        if (random.nextBoolean()) {
            settings.put("four_eyes.threshold.RONGCHENG_POINTS", pick("0", "10", "100"));
        }
        int subjects = 1 + random.nextInt(8);
        for (int s = 0; s < subjects; s++) {
            SubjectRow subject = new SubjectRepository(c).insert(new SubjectRow(0, SubjectKind.PERSON,
                    "ID" + s + "-" + random.nextInt(1_000_000), "RESIDENT_ID", "VALID", null, "主体" + s, "110105", null));
            ledgers.add(ledger(subject.id()));
        }
        newCases(caseCount);
        for (int r = random.nextInt(6); r > 0; r--) {
            declaration();
        }
        for (int r = random.nextInt(5); r > 0; r--) {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO guard_refusal (refused_on, agency_code, scheme_code, rule_code, imposed_on)
                    VALUES (?, ?, ?, 'RC-FIN-02', '2025-01-01')""")) {
                ps.setString(1, TODAY.minusDays(random.nextInt(200)).toString());
                ps.setString(2, pick(AGENCIES.toArray(String[]::new)));
                ps.setString(3, pick("RONGCHENG_POINTS", "PLATFORM_SCORE"));
                ps.executeUpdate();
            }
        }
    }

    private void newCases(int caseCount) throws SQLException {
        for (int n = 0; n < caseCount; n++) {
            List<LedgerEntryRow> ledger = ledgers.get(random.nextInt(ledgers.size()));
            List<LedgerEntryRow> primary = ledger.stream().filter(e -> primary(e.event().kind())).toList();
            if (primary.isEmpty()) {
                continue;
            }
            appealCase(made++, primary);
        }
    }

    /**
     * Later changes to a filled workspace, as the workstation makes them one at a time: new cases,
     * status changes, assignments, deadlines and pauses, acknowledgements and closings, new final
     * decisions, and a case's region or agency corrected in place.
     */
    void mutate(int changes) throws SQLException {
        for (int i = 0; i < changes; i++) {
            List<Long> ids = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT id FROM appeal_case ORDER BY id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            if (ids.isEmpty()) {
                newCases(1);
                continue;
            }
            long id = ids.get(random.nextInt(ids.size()));
            CaseRow row = cases.byId(id).orElseThrow();
            switch (random.nextInt(9)) {
                case 8 -> {
                    // Receipt acknowledged as its own act (V70), or the record corrected or cleared.
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE appeal_case SET acknowledged_on = ? WHERE id = ?")) {
                        ps.setString(1, random.nextInt(4) == 0 ? null : TODAY.minusDays(random.nextInt(300)).toString());
                        ps.setLong(2, id);
                        ps.executeUpdate();
                    }
                }
                case 0 -> newCases(1 + random.nextInt(3));
                case 1 -> cases.changeStatus(id, row.version(),
                        CaseStatus.values()[random.nextInt(CaseStatus.values().length)], null, null);
                case 2 -> cases.assign(id, row.version(), random.nextBoolean() ? null : Long.parseLong(pick("1", "4")),
                        null);
                case 3 -> cases.reschedule(id, row.version(), random.nextInt(4) == 0 ? null
                        : TODAY.minusDays(random.nextInt(60)).plusDays(random.nextInt(90)),
                        random.nextBoolean() ? null : TODAY.minusDays(random.nextInt(40)), null, null);
                case 4 -> event(id, TODAY.minusDays(random.nextInt(300)), CaseStatus.RECEIVED, CaseStatus.ASSIGNED);
                case 5 -> {
                    CaseStatus to = CaseStatus.valueOf(pick("DECIDED", "NOT_ADMISSIBLE", "WITHDRAWN", "DECIDED"));
                    event(id, TODAY.minusDays(random.nextInt(300)), CaseStatus.IN_REVIEW, to);
                    if (to == CaseStatus.DECIDED) {
                        draft(id, disputed(id));
                    }
                }
                case 6 -> draft(id, disputed(id));
                default -> {
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE appeal_case SET region = ?, agency_code = ? WHERE id = ?")) {
                        ps.setString(1, pick(REGIONS.toArray(String[]::new)));
                        ps.setString(2, pick(AGENCIES.toArray(String[]::new)));
                        ps.setLong(3, id);
                        ps.executeUpdate();
                    }
                }
            }
        }
    }

    private List<LedgerEntryRow> disputed(long caseId) throws SQLException {
        List<Long> ids = cases.disputedLedgerEventIds(caseId);
        List<LedgerEntryRow> out = new ArrayList<>();
        for (List<LedgerEntryRow> ledger : ledgers) {
            for (LedgerEntryRow e : ledger) {
                if (ids.contains(e.id())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static boolean primary(LedgerEventKind kind) {
        return kind == LedgerEventKind.DEDUCTION || kind == LedgerEventKind.ADDITION || kind == LedgerEventKind.LIST_ENTRY;
    }

    private List<LedgerEntryRow> ledger(long subject) throws SQLException {
        LedgerRepository repository = new LedgerRepository(c);
        List<LedgerEntryRow> rows = new ArrayList<>();
        String schemeCode = pick("RONGCHENG_POINTS", "PLATFORM_SCORE", "DISHONEST_DEBTORS");
        Scheme scheme = catalog.requireScheme(schemeCode);
        int entries = 1 + random.nextInt(6);
        for (int i = 0; i < entries; i++) {
            LocalDate imposed = TODAY.minusDays(random.nextInt(1_900));
            List<Rule> inForce = scheme.rules().stream().filter(r -> r.inForceOn(imposed)
                    && (scheme.base() == null || r.points().isDeduction())).toList();
            if (inForce.isEmpty()) {
                continue;
            }
            Rule rule = inForce.get(random.nextInt(inForce.size()));
            LedgerEventKind kind = scheme.base() == null ? LedgerEventKind.LIST_ENTRY : LedgerEventKind.DEDUCTION;
            int points = scheme.base() == null ? 0 : random.nextBoolean() ? rule.points().min() : rule.points().max();
            LedgerEvent event = new LedgerEvent(0, schemeCode, rule.code(), kind, points,
                    pick(AGENCIES.toArray(String[]::new)), imposed, "R" + subject + "-" + i, null, null);
            Integer reported = scheme.base() != null && random.nextInt(3) == 0
                    ? scheme.base() + points * (1 + random.nextInt(2)) : null;
            LedgerEntryRow row = new LedgerEntryRow(subject, event, null, null, reported, "TEST", Instant.EPOCH);
            long id = repository.insert(row);
            rows.add(new LedgerEntryRow(subject, withId(event, id), null, null, reported, "TEST", Instant.EPOCH));
            if (random.nextInt(4) == 0 && scheme.base() != null) {
                LocalDate later = imposed.plusDays(random.nextInt(60));
                LedgerEvent reversal = new LedgerEvent(0, schemeCode, rule.code(), LedgerEventKind.REVERSAL, -points,
                        event.agencyCode(), later.isAfter(TODAY) ? TODAY : later, "V" + subject + "-" + i, id, null);
                Integer after = random.nextBoolean() ? scheme.base() : null;
                long rid = repository.insert(new LedgerEntryRow(subject, reversal, null, null, after, "TEST",
                        Instant.EPOCH));
                rows.add(new LedgerEntryRow(subject, withId(reversal, rid), null, null, after, "TEST", Instant.EPOCH));
            }
        }
        return rows;
    }

    private static LedgerEvent withId(LedgerEvent e, long id) {
        return new LedgerEvent(id, e.schemeCode(), e.ruleCode(), e.kind(), e.points(), e.agencyCode(), e.imposedOn(),
                e.reference(), e.targetId(), e.publicationUntil());
    }

    private void appealCase(int n, List<LedgerEntryRow> primary) throws SQLException {
        List<LedgerEntryRow> disputed = new ArrayList<>();
        disputed.add(primary.get(random.nextInt(primary.size())));
        if (primary.size() > 1 && random.nextBoolean()) {
            LedgerEntryRow other = primary.get(random.nextInt(primary.size()));
            if (other != disputed.getFirst()) {
                disputed.add(other);
            }
        }
        LedgerEvent main = disputed.getFirst().event();
        Rule rule = catalog.requireRule(main.schemeCode(), main.ruleCode(), main.imposedOn());
        LocalDate received = TODAY.minusDays(random.nextInt(300));
        CaseStatus status = CaseStatus.values()[random.nextInt(CaseStatus.values().length)];
        LocalDate deadline = random.nextInt(8) == 0 ? null : received.plusDays(random.nextInt(40));
        NewCase c0 = new NewCase("RD-T-" + n, disputed.getFirst().subjectId(), main.schemeCode(), status,
                Priority.NORMAL, received, deadline, received.plusDays(random.nextInt(8)), Channel.MANUAL,
                EnumSet.of(Ground.FACTS_WRONG), "", "", pick(REGIONS.toArray(String[]::new)), main.agencyCode(),
                rule.category(), main.ruleCode(), main.points(),
                random.nextInt(4) == 0 ? null : Long.parseLong(pick("1", "2", "4")),
                disputed.stream().map(LedgerEntryRow::id).toList());
        CaseRow row = cases.insert(c0, null);
        if (random.nextInt(4) == 0) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE appeal_case SET acknowledged_on = ? WHERE id = ?")) {
                ps.setString(1, received.plusDays(random.nextInt(12)).toString());
                ps.setLong(2, row.id());
                ps.executeUpdate();
            }
        }
        boolean decided = status == CaseStatus.DECIDED || status == CaseStatus.LETTER_ISSUED
                || status == CaseStatus.CLOSED;
        boolean bulk = random.nextBoolean();
        if (!bulk && decided) {
            decisions(row.id(), disputed);
        }
        if (status != CaseStatus.RECEIVED || random.nextBoolean()) {
            LocalDate acknowledged = received.plusDays(random.nextInt(10));
            event(row.id(), acknowledged, CaseStatus.RECEIVED, random.nextInt(5) == 0 ? CaseStatus.RECEIVED
                    : CaseStatus.ASSIGNED);
        }
        if (decided || status == CaseStatus.NOT_ADMISSIBLE || status == CaseStatus.WITHDRAWN) {
            CaseStatus to = decided ? CaseStatus.DECIDED : status;
            LocalDate closed = received.plusDays(random.nextInt(60));
            event(row.id(), closed.isAfter(TODAY) ? TODAY : closed, CaseStatus.IN_REVIEW, to);
            if (random.nextInt(5) == 0) {
                // A second closing line, earlier or later: the first day counts.
                event(row.id(), received.plusDays(random.nextInt(60)), CaseStatus.AWAITING_APPROVAL, to);
            }
        }
        if (bulk && decided) {
            decisions(row.id(), disputed);
        }
        if (!decided && random.nextInt(3) == 0) {
            draft(row.id(), disputed);
        }
        if (random.nextInt(3) == 0) {
            row = cases.assign(row.id(), row.version(), random.nextBoolean() ? null : Long.parseLong(pick("1", "4")), null);
        }
        if (status == CaseStatus.AWAITING_INFORMATION || random.nextInt(5) == 0) {
            row = cases.reschedule(row.id(), row.version(), status == CaseStatus.AWAITING_INFORMATION ? null : deadline,
                    status == CaseStatus.AWAITING_INFORMATION ? TODAY.minusDays(random.nextInt(40)) : null, null, null);
        }
        if (random.nextInt(6) == 0) {
            CaseStatus other = CaseStatus.values()[random.nextInt(CaseStatus.values().length)];
            cases.changeStatus(row.id(), row.version(), other, null, null);
        }
    }

    private void decisions(long caseId, List<LedgerEntryRow> disputed) throws SQLException {
        for (int d = random.nextInt(2); d >= 0; d--) {
            draft(caseId, disputed);
        }
    }

    private void draft(long caseId, List<LedgerEntryRow> disputed) throws SQLException {
        long drafter = Long.parseLong(pick("1", "2", "4"));
        long decision;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO decision (case_id, drafter_id, drafted_at, reasons, legal_basis, state)
                VALUES (?, ?, ?, 'reasons', 'basis', 'DRAFT') RETURNING id""")) {
            ps.setLong(1, caseId);
            ps.setLong(2, drafter);
            ps.setString(3, instant(TODAY.minusDays(random.nextInt(100)), random.nextInt(24)).toString());
            try (var rs = ps.executeQuery()) {
                rs.next();
                decision = rs.getLong(1);
            }
        }
        for (LedgerEntryRow entry : disputed) {
            String outcome = pick("UPHELD", "REVERSED", "AMENDED", "REFERRED_BACK", "UPHELD");
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO decision_outcome (decision_id, ledger_event_id, outcome, new_points) VALUES (?, ?, ?, ?)""")) {
                ps.setLong(1, decision);
                ps.setLong(2, entry.id());
                ps.setString(3, outcome);
                if (outcome.equals("AMENDED") && random.nextInt(4) != 0) {
                    ps.setInt(4, entry.event().points() / 2);
                } else {
                    ps.setNull(4, java.sql.Types.INTEGER);
                }
                ps.executeUpdate();
            }
        }
        for (int a = random.nextInt(3); a > 0; a--) {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO approval (decision_id, approver_id, at, verdict, comment) VALUES (?, ?, ?, ?, ?)""")) {
                ps.setLong(1, decision);
                ps.setLong(2, drafter == 2 ? 1 : 2);
                ps.setString(3, instant(TODAY.minusDays(random.nextInt(200)), random.nextInt(24)).toString());
                ps.setString(4, pick("APPROVED", "RETURNED"));
                ps.setString(5, pick(COMMENTS.toArray(String[]::new)));
                ps.executeUpdate();
            }
        }
    }

    private void declaration() throws SQLException {
        int kind = random.nextInt(3);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO recusal_declaration (officer_id, subject_id, agency_code, case_id, relation, declared_at)
                VALUES (?, ?, ?, ?, '邻居', ?)""")) {
            ps.setLong(1, Long.parseLong(pick("1", "2", "4")));
            Long subject = null;
            Long caseId = null;
            try (var rs = c.createStatement().executeQuery("SELECT id, subject_id FROM appeal_case ORDER BY random() LIMIT 1")) {
                if (rs.next()) {
                    caseId = rs.getLong(1);
                    subject = rs.getLong(2);
                }
            }
            if (kind == 0 && subject != null) {
                ps.setLong(2, subject);
            } else {
                ps.setNull(2, java.sql.Types.INTEGER);
            }
            ps.setString(3, kind == 1 || subject == null ? pick(AGENCIES.toArray(String[]::new)) : null);
            if (kind == 2 && caseId != null) {
                ps.setLong(4, caseId);
            } else {
                ps.setNull(4, java.sql.Types.INTEGER);
            }
            ps.setString(5, instant(TODAY.minusDays(random.nextInt(200)), random.nextInt(24)).toString());
            ps.executeUpdate();
        }
    }

    private void event(long caseId, LocalDate day, CaseStatus from, CaseStatus to) throws SQLException {
        // Hours 15–23 UTC are the next day at the office (UTC+8).
        cases.appendEvent(caseId, instant(day, random.nextInt(24)).toString(), null, "TEST", from, to, null);
    }

    private static Instant instant(LocalDate day, int hour) {
        return day.atTime(hour, 30).toInstant(ZoneOffset.UTC);
    }

    private String pick(String... values) {
        return values[random.nextInt(values.length)];
    }
}
