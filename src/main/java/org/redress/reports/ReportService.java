package org.redress.reports;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.audit.AuditChain;
import org.redress.audit.AuditEntry;
import org.redress.casework.FourEyes;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.FourEyesPolicy;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.LocalizedText;
import org.redress.security.Authorization;
import org.redress.store.Database;
import org.redress.store.ScoreChecks;
import org.redress.store.SettingsRepository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The workstation's reports for the officer asking: supervisors and auditors see their office, an
 * officer sees their own caseload (cases assigned to them, their own row of the people report), an
 * administrator sees no case data at all. Every method takes the acting officer first and checks
 * the role before it reads anything. Exports are audited and have small cells suppressed.
 */
public final class ReportService {

    /** Ledgers settled per write when reported scores wait to be checked (keeps the writer free). */
    static final int SETTLE_BATCH = 2_000;

    private final Database database;
    private final Catalog catalog;
    private final ReportBuilder builder;
    private final Clock clock;

    public ReportService(Database database, Catalog catalog, WorkingDayCalendar calendar, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.builder = new ReportBuilder(catalog, calendar);
        this.clock = clock;
    }

    /** The office's today: "now" figures and default periods are reckoned from it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Computes a report as {@code actor} may see it. The discrepancies report first checks any
     * reported scores still waiting ({@link #settleScoreChecks}).
     *
     * @throws org.redress.security.AccessDenied for an administrator, who sees no case data
     */
    public Report report(Officer actor, ReportName name, ReportRequest request) {
        Authorization.require(actor, Permission.READ_CASES);
        if (name == ReportName.DISCREPANCIES) {
            settleScoreChecks(actor, done -> { });
        }
        if (!database.read(c -> ReportAggregates.versionsCurrent(c, catalog))) {
            database.writeAndWait(c -> ReportAggregates.syncVersions(c, catalog));
        }
        LocalDate today = today();
        return database.read(c -> {
            Map<String, String> settings = new SettingsRepository(c).all();
            Slice slice = slice(actor, request, today);
            String head = AuditChain.head(c).map(h -> h.seq() + ":" + h.hash()).orElse(null);
            return builder.build(name, new AggregateReportSql(c), slice, scope(actor, settings), Thresholds.from(settings),
                    FourEyes.policy(catalog, settings), head, clock.instant());
        });
    }

    /**
     * The cases behind one cell, under the report's request and the actor's scope, in id order: what
     * the queue shows when the officer drills down.
     */
    public long[] cases(Officer actor, Report report, Drill drill) {
        Authorization.require(actor, Permission.READ_CASES);
        return database.read(c -> {
            Map<String, String> settings = new SettingsRepository(c).all();
            return new LocalReportSql(c).caseIds(drill, slice(actor, report.request(), report.today()),
                    FourEyes.policy(catalog, settings));
        });
    }

    /** A case behind a cell, by its number, for the screen's list. */
    public record CaseRef(long id, String caseNo) {
    }

    /** The numbers of the first {@code limit} of {@code ids} (the cases a drill gave), in id order. */
    public List<CaseRef> caseNumbers(Officer actor, long[] ids, int limit) {
        Authorization.require(actor, Permission.READ_CASES);
        long[] shown = java.util.Arrays.copyOf(ids, Math.min(ids.length, limit));
        return database.read(c -> {
            List<CaseRef> refs = new java.util.ArrayList<>(shown.length);
            try (var ps = c.prepareStatement("SELECT case_no FROM appeal_case WHERE id = ?")) {
                for (long id : shown) {
                    ps.setLong(1, id);
                    try (var rs = ps.executeQuery()) {
                        if (rs.next()) {
                            refs.add(new CaseRef(id, rs.getString(1)));
                        }
                    }
                }
            }
            return refs;
        });
    }

    /**
     * Checks the reported scores still waiting (a ledger that changed since), a batch of ledgers per
     * write, telling {@code progress} how many are left after each; returns how many were checked.
     */
    public long settleScoreChecks(Officer actor, LongConsumer progress) {
        Authorization.require(actor, Permission.READ_CASES);
        long checked = 0;
        while (true) {
            long[] left = new long[1];
            int done = database.writeAndWait(c -> {
                ScoreChecks checks = new ScoreChecks(c, catalog);
                if (checks.pending() == 0) {
                    return 0;
                }
                int n = checks.settle(SETTLE_BATCH).size();
                left[0] = checks.pending();
                return Math.max(n, 1);
            });
            if (done == 0) {
                return checked;
            }
            checked += done;
            progress.accept(left[0]);
            if (left[0] == 0) {
                return checked;
            }
        }
    }

    /** The schemes and agencies a report may be narrowed to. */
    public List<LocalReportChoices.Choice> schemes(Officer actor) {
        Authorization.require(actor, Permission.READ_CASES);
        return LocalReportChoices.schemes(catalog);
    }

    public List<LocalReportChoices.Choice> agencies(Officer actor) {
        Authorization.require(actor, Permission.READ_CASES);
        return database.read(c -> LocalReportChoices.agencies(new LocalReportSql(c)));
    }

    /** The office's reporting lines. */
    public Thresholds thresholds(Officer actor) {
        Authorization.require(actor, Permission.READ_CASES);
        return database.read(c -> Thresholds.from(new SettingsRepository(c).all()));
    }

    /** What an export is written as. */
    public enum Format { TEXT, CSV, PDF }

    /**
     * Writes the report, small cells suppressed, to {@code out} (never over an existing file) and
     * records the export in the audit log (the report, period, format; no figure and no name).
     */
    public Path export(Officer actor, Report report, Format format, Path out, java.util.@Nullable Locale language) {
        Authorization.require(actor, Permission.READ_CASES);
        Report published = Suppression.apply(report);
        byte[] bytes = switch (format) {
            case TEXT -> ReportText.render(published, language == null ? ReportWords.ENGLISH : language)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case CSV -> ReportCsv.render(published).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case PDF -> ReportPdf.render(published);
        };
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        database.writeAndWait(c -> {
            audit(c, actor, report, format);
            return null;
        });
        return out;
    }

    private void audit(Connection c, Officer actor, Report report, Format format) throws SQLException {
        ObjectNode payload = JsonNodeFactory.instance.objectNode()
                .put("report", report.name().id())
                .put("format", format.name())
                .put("from", report.request().from().toString())
                .put("to", report.request().to().toString())
                .put("ownCaseload", report.scope().ownCaseload())
                .put("auditHead", report.auditHead());
        Long actorId = storeId(actor);
        AuditChain.append(c, new AuditEntry(clock.instant(), actorId, "report.export", "report", report.name().id(),
                payload));
    }

    private static @Nullable Long storeId(Officer actor) {
        try {
            return Long.parseLong(actor.id());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An officer's own caseload; a supervisor's or auditor's whole office. */
    static Slice slice(Officer actor, ReportRequest request, LocalDate today) {
        String officer = actor.role() == Role.OFFICER ? actor.id() : null;
        return new Slice(request, today, officer, List.of());
    }

    private static Scope scope(Officer actor, Map<String, String> settings) {
        String code = settings.getOrDefault("office.code", "—");
        String zh = settings.getOrDefault("office.name.zh", code);
        String en = settings.getOrDefault("office.name.en", code);
        LocalizedText name = new LocalizedText(zh.isBlank() ? code : zh, en.isBlank() ? code : en);
        return actor.role() == Role.OFFICER ? Scope.officer(code, name, actor.displayName()) : Scope.office(code, name);
    }

    FourEyesPolicy policy(Map<String, String> settings) {
        return FourEyes.policy(catalog, settings);
    }
}
