package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Channel;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.appeal.Priority;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.RuleCategory;
import org.redress.store.AgencyRepository;
import org.redress.store.AgencyRow;
import org.redress.store.CaseRepository;
import org.redress.store.Database;
import org.redress.store.LedgerEntryRow;
import org.redress.store.LedgerRepository;
import org.redress.store.NewCase;
import org.redress.store.OfficerRepository;
import org.redress.store.OfficerRow;
import org.redress.store.SettingsRepository;
import org.redress.store.SubjectRepository;
import org.redress.store.SubjectRow;
import org.redress.store.Workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A workspace with the office settings and decided cases inserted by hand through the
 * repositories and plain SQL: a subject on the Rongcheng points scheme with two deductions, a
 * decision reversing or upholding them, a supervisor's approval and two evidence files.
 */
final class LetterWorkspace implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T02:00:00Z"), ZoneOffset.UTC);
    static final Catalog CATALOG = SchemeCatalog.loadDefault();
    static final WorkingDayCalendar CALENDAR = CalendarCatalog.fromClasspath();

    final Database database;
    private final AtomicInteger cases = new AtomicInteger();

    /** The password of both accounts, for commands that sign in. */
    static final String PASSWORD = "letters-test-password";
    private static final String HASH = new org.redress.security.PasswordHasher().hash(PASSWORD.toCharArray());

    LetterWorkspace(Path root) {
        this.database = Database.open(Workspace.create(root));
        database.writeAndWait(c -> {
            SettingsRepository settings = new SettingsRepository(c);
            settings.put(LetterSettings.OFFICE_CODE, "RD");
            settings.put(LetterSettings.OFFICE_NAME_ZH, "荣成市社会信用复核办公室");
            settings.put(LetterSettings.OFFICE_NAME_EN, "Rongcheng Social Credit Review Office");
            settings.put(LetterSettings.OFFICE_ADDRESS_ZH, "山东省荣成市成山大道1号");
            settings.put(LetterSettings.OFFICE_ADDRESS_EN, "1 Chengshan Avenue, Rongcheng, Shandong");
            new AgencyRepository(c).save(new AgencyRow("AG01", "荣成市市场监督管理局", "Rongcheng Market Regulation Bureau",
                    "371082"));
            new OfficerRepository(c).insert(new OfficerRow(1, "li.na", "李娜", "OFFICER", null, HASH, CLOCK.instant()));
            new OfficerRepository(c).insert(new OfficerRow(2, "wang.qiang", "王强", "SUPERVISOR", null, HASH,
                    CLOCK.instant()));
            // Letter references come from blocks the hub leased to the workstation: one for the year of issue.
            new org.redress.store.NumberSeries(c).addLease(org.redress.store.NumberSeries.Kind.LETTER, "RD",
                    CLOCK.instant().atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear(), 1, 100, CLOCK.instant());
            return null;
        });
    }

    LetterIssuer issuer() {
        return new LetterIssuer(database, CATALOG, CALENDAR, CLOCK);
    }

    Path root() {
        return database.workspace().root();
    }

    /**
     * A decided case for {@code name}; the first deduction gets {@code first}, the second is upheld.
     * The decision is written in Chinese ({@code reasons}) and in English.
     */
    String decidedCase(String name, String identifier, OutcomeKind first, String reasons) {
        return decidedCase(name, identifier, first, reasons, "The agency's record does not hold: " + name + ".");
    }

    /** As above, with the English reasons given; null writes the decision in Chinese only (as before V40). */
    String decidedCase(String name, String identifier, OutcomeKind first, String reasons,
                       @org.jspecify.annotations.Nullable String reasonsEn) {
        int n = cases.incrementAndGet();
        String caseNo = "RD-2026-%06d".formatted(n);
        database.writeAndWait(c -> {
            SubjectRow subject = new SubjectRepository(c).insert(new SubjectRow(0, SubjectKind.PERSON, identifier,
                    "RESIDENT_ID", "VALID", null, name, "371082", LocalDate.of(1980, 1, 1)));
            LedgerRepository ledger = new LedgerRepository(c);
            long a = ledger.insert(entry(subject.id(), "RC-FIN-01", -10, LocalDate.of(2025, 11, 3), "AG01-" + n + "-A"));
            long b = ledger.insert(entry(subject.id(), "RC-FIN-03", -20, LocalDate.of(2025, 12, 9), "AG01-" + n + "-B"));
            var newCase = new NewCase(caseNo, subject.id(), "RONGCHENG_POINTS", CaseStatus.DECIDED, Priority.NORMAL,
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 5), Channel.MANUAL,
                    EnumSet.of(Ground.FACTS_WRONG, Ground.ALREADY_RECTIFIED), "贷款已于2025年10月结清。", "", "371082",
                    "AG01", RuleCategory.FINANCIAL, "RC-FIN-01", -30, 1L, List.of(a, b));
            long caseId = new CaseRepository(c, CLOCK).insert(newCase, 1L).id();
            long decision = insert(c, "INSERT INTO decision (case_id, drafter_id, drafted_at, reasons, legal_basis, remedies,"
                    + " state) VALUES (?, 1, '2026-03-18T08:00:00.000Z', ?, ?, ?, 'FINAL')", caseId, reasons,
                    "《荣成市社会信用信息管理办法》第三十五条", "作出机关撤销第一项扣分。\nThe agency shall notify the applicant.");
            insert(c, "INSERT INTO decision_text (decision_id, language, reasons, legal_basis, remedies, written_at,"
                    + " written_by) VALUES (?, 'zh', ?, ?, ?, '2026-03-18T08:00:00.000Z', 1)", decision, reasons,
                    "《荣成市社会信用信息管理办法》第三十五条", "作出机关撤销第一项扣分。");
            if (reasonsEn != null) {
                insert(c, "INSERT INTO decision_text (decision_id, language, reasons, legal_basis, remedies, written_at,"
                        + " written_by) VALUES (?, 'en', ?, ?, ?, '2026-03-18T08:00:00.000Z', 1)", decision, reasonsEn,
                        "Article 35, Rongcheng Measures for the Administration of Social Credit Information",
                        "The agency shall notify the applicant.");
            }
            insert(c, "INSERT INTO decision_outcome (decision_id, ledger_event_id, outcome) VALUES (?, ?, ?)", decision, a,
                    first.name());
            insert(c, "INSERT INTO decision_outcome (decision_id, ledger_event_id, outcome) VALUES (?, ?, 'UPHELD')",
                    decision, b);
            insert(c, "INSERT INTO approval (decision_id, approver_id, at, verdict) VALUES (?, 2, '2026-03-19T03:00:00.000Z',"
                    + " 'APPROVED')", decision);
            for (String file : List.of("银行还款凭证.pdf", "agency-record.pdf")) {
                String sha = DecisionRecord.sha256((file + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                insert(c, "INSERT INTO evidence_blob (sha256, size, media_type) VALUES (?, 1000, 'application/pdf')", sha);
                insert(c, "INSERT INTO attachment (case_id, sha256, file_name, added_by, added_at, source, reason)"
                        + " VALUES (?, ?, ?, 1, '2026-03-04T01:00:00.000Z', 'applicant', 'proof of repayment')",
                        caseId, sha, file);
            }
            return null;
        });
        return caseNo;
    }

    /**
     * One entry of a subject's ledger and, when {@code outcome} is set, the decision on it (the
     * entry is then disputed in the case).
     */
    record Entry(String rule, LedgerEventKind kind, int points, LocalDate on, @Nullable LocalDate until,
                 @Nullable OutcomeKind outcome, @Nullable Integer newPoints, @Nullable LocalDate newUntil) {
        static Entry listed(String rule, LocalDate on, @Nullable LocalDate until, @Nullable OutcomeKind outcome) {
            return new Entry(rule, LedgerEventKind.LIST_ENTRY, 0, on, until, outcome, null, null);
        }

        static Entry deduction(String rule, int points, LocalDate on, @Nullable OutcomeKind outcome) {
            return new Entry(rule, LedgerEventKind.DEDUCTION, points, on, null, outcome, null, null);
        }

        Entry amendedUntil(LocalDate newLastDay) {
            return new Entry(rule, kind, points, on, until, OutcomeKind.AMENDED, null, newLastDay);
        }
    }

    /**
     * A decided case under {@code scheme} for an organisation whose ledger holds {@code entries};
     * the decision is written in the languages whose reasons are given (null: not written).
     */
    String decidedCase(String scheme, String name, List<Entry> entries, @Nullable String reasonsZh,
                       @Nullable String reasonsEn) {
        int n = cases.incrementAndGet();
        String caseNo = "RD-2026-%06d".formatted(n);
        database.writeAndWait(c -> {
            SubjectRow subject = new SubjectRepository(c).insert(new SubjectRow(0, SubjectKind.ORGANISATION,
                    "91371082MA3C%06dX".formatted(n), "USCC", "VALID", null, name, "371082", null));
            LedgerRepository ledger = new LedgerRepository(c);
            List<Long> disputed = new java.util.ArrayList<>();
            List<long[]> ids = new java.util.ArrayList<>();
            int k = 0;
            for (Entry e : entries) {
                long id = ledger.insert(new LedgerEntryRow(subject.id(), new LedgerEvent(0, scheme, e.rule(), e.kind(),
                        e.points(), "AG01", e.on(), "AG01-" + n + "-" + k++, null, e.until()), null, null, null, "TEST",
                        CLOCK.instant()));
                if (e.outcome() != null) {
                    disputed.add(id);
                }
                ids.add(new long[] {id});
            }
            Entry first = entries.stream().filter(e -> e.outcome() != null).findFirst().orElseThrow();
            var newCase = new NewCase(caseNo, subject.id(), scheme, CaseStatus.DECIDED, Priority.NORMAL,
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 5), Channel.MANUAL,
                    EnumSet.of(Ground.ALREADY_RECTIFIED), "", "", "371082", "AG01", RuleCategory.JUDICIAL, first.rule(),
                    first.points(), 1L, disputed);
            long caseId = new CaseRepository(c, CLOCK).insert(newCase, 1L).id();
            String primary = reasonsZh != null ? reasonsZh : java.util.Objects.requireNonNull(reasonsEn);
            long decision = insert(c, "INSERT INTO decision (case_id, drafter_id, drafted_at, reasons, legal_basis,"
                    + " remedies, state) VALUES (?, 1, '2026-03-18T08:00:00.000Z', ?, '', '', 'FINAL')", caseId, primary);
            for (String language : List.of("zh", "en")) {
                String reasons = language.equals("zh") ? reasonsZh : reasonsEn;
                if (reasons != null) {
                    insert(c, "INSERT INTO decision_text (decision_id, language, reasons, legal_basis, remedies,"
                            + " written_at, written_by) VALUES (?, ?, ?, ?, '', '2026-03-18T08:00:00.000Z', 1)", decision,
                            language, reasons, language.equals("zh") ? "《最高人民法院关于公布失信被执行人名单信息的若干规定》第十条"
                                    : "Article 10, Provisions of the Supreme People's Court on Publishing the List of"
                                    + " Dishonest Judgment Debtors");
                }
            }
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                if (e.outcome() != null) {
                    insert(c, "INSERT INTO decision_outcome (decision_id, ledger_event_id, outcome, new_points,"
                            + " new_publication_until) VALUES (?, ?, ?, ?, ?)", decision, ids.get(i)[0],
                            e.outcome().name(), e.newPoints(), e.newUntil() == null ? null : e.newUntil().toString());
                }
            }
            return null;
        });
        return caseNo;
    }

    private static LedgerEntryRow entry(long subjectId, String rule, int points, LocalDate on, String reference) {
        return new LedgerEntryRow(subjectId, new LedgerEvent(0, "RONGCHENG_POINTS", rule, LedgerEventKind.DEDUCTION,
                points, "AG01", on, reference, null, null), null, null, null, "TEST", CLOCK.instant());
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
