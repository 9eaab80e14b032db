package org.redress.casework;

import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.identity.IdentifierMask;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.LocalizedText;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Scheme;
import org.redress.security.Authorization;
import org.redress.store.AgencyRepository;
import org.redress.store.CaseQueue;
import org.redress.store.Database;
import org.redress.store.OfficerRepository;
import org.redress.store.QueueFilter;
import org.redress.store.QueueOrder;
import org.redress.store.QueueRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Queue pages by offset, totals and per-status counts, and the filter bar's choices, for an
 * officer whose role reads cases: subjects' names, masked identifiers and searches of statements
 * are case data, so an administrator (who sees no case) is refused before anything is read.
 */
public final class QueueService {

    private final Database database;
    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public QueueService(Database database, Catalog catalog, WorkingDayCalendar calendar, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The office's today: deadlines and "overdue" are reckoned from it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Rows {@code [offset, offset + limit)} of the queue.
     *
     * @throws org.redress.security.AccessDenied for a role that does not read cases
     */
    public List<QueueLine> rows(Officer viewer, QueueFilter filter, QueueOrder order, long offset, int limit) {
        Authorization.require(viewer, Permission.READ_CASES);
        List<QueueRow> rows = database.read(c -> new CaseQueue(c).rows(filter, order, offset, limit));
        LocalDate today = today();
        List<QueueLine> lines = new ArrayList<>(rows.size());
        for (QueueRow row : rows) {
            lines.add(line(row, today));
        }
        return lines;
    }

    public long count(Officer viewer, QueueFilter filter) {
        Authorization.require(viewer, Permission.READ_CASES);
        return database.read(c -> new CaseQueue(c).count(filter));
    }

    /** Cases per status under the filter's other criteria. */
    public Map<CaseStatus, Long> countsByStatus(Officer viewer, QueueFilter filter) {
        Authorization.require(viewer, Permission.READ_CASES);
        return database.read(c -> new CaseQueue(c).countsByStatus(filter));
    }

    /** The grounds and statement of a case, for the queue's reading pane; empty when there is no such case. */
    public java.util.Optional<CasePreview> preview(Officer viewer, long caseId) {
        Authorization.require(viewer, Permission.READ_CASES);
        return database.read(c -> new org.redress.store.CaseRepository(c).byId(caseId)).map(row -> new CasePreview(row.id(),
                row.grounds().stream().sorted().toList(), row.groundText(), row.statement(), row.channel().name()));
    }

    public QueueChoices choices(Officer viewer) {
        Authorization.require(viewer, Permission.READ_CASES);
        return database.read(c -> {
            List<QueueChoices.Choice> schemes = catalog.schemes().stream()
                    .map(s -> new QueueChoices.Choice(s.code(), s.name())).toList();
            List<QueueChoices.Choice> agencies = new AgencyRepository(c).all().stream()
                    .map(a -> new QueueChoices.Choice(a.code(), new LocalizedText(a.nameZh(), a.nameEn()))).toList();
            List<QueueChoices.Choice> officers = new OfficerRepository(c).all().stream()
                    .filter(o -> Officers.of(o).role().worksCases())
                    .map(o -> new QueueChoices.Choice(Long.toString(o.id()),
                            new LocalizedText(o.displayName(), o.displayName())))
                    .toList();
            return new QueueChoices(schemes, agencies, regions(c), officers);
        });
    }

    /** Regions from the facet counts: a few hundred rows, never a scan of the cases. */
    private static List<String> regions(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT region FROM case_facet_count WHERE n > 0 ORDER BY region");
             ResultSet rs = ps.executeQuery()) {
            List<String> regions = new ArrayList<>();
            while (rs.next()) {
                regions.add(rs.getString(1));
            }
            return regions;
        }
    }

    private QueueLine line(QueueRow row, LocalDate today) {
        Scheme scheme = catalog.scheme(row.schemeCode()).orElse(null);
        LocalizedText schemeName = scheme == null ? unnamed(row.schemeCode()) : scheme.name();
        LocalizedText ruleTitle = scheme == null ? unnamed(row.ruleCode()) : ruleTitle(scheme, row.ruleCode());
        return new QueueLine(row.caseId(), row.caseNo(), row.subjectName(), IdentifierMask.apply(row.subjectIdentifier()),
                row.schemeCode(), schemeName, row.ruleCode(), ruleTitle, row.points(), row.receivedOn(),
                row.deadlineOn(), WorkingDays.left(calendar, today, row.deadlineOn()), row.priority(), row.status(),
                row.assigneeName());
    }

    /** The latest version's title: the queue does not know the day the disputed entry was imposed. */
    static LocalizedText ruleTitle(Scheme scheme, String ruleCode) {
        List<Rule> versions = scheme.ruleVersions(ruleCode);
        return versions.isEmpty() ? unnamed(ruleCode) : versions.getLast().title();
    }

    private static LocalizedText unnamed(String code) {
        return new LocalizedText(code, code);
    }
}
