package org.redress.reports;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.Scheme;
import org.redress.casework.QueueLine;
import org.redress.casework.QueueService;
import org.redress.store.CaseSet;
import org.redress.store.Database;
import org.redress.store.QueueFilter;
import org.redress.store.QueueOrder;
import org.redress.store.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every figure of every report on random workspaces equals a second computation from the raw rows
 * ({@link ReportOracle}: plain Java over SELECT * of the workspace's own tables, none of the report
 * tables or their SQL), under a random period, scheme, agency and actor; every cell's drill gives
 * exactly the cases the second computation counted (and, where the figure counts cases, as many as
 * the figure says); and the queue narrowed to a drill's cases lists exactly those.
 */
class ReportFiguresPropertiesTest {

    private static final Catalog CATALOG = SchemeCatalog.loadDefault();
    private static final WorkingDayCalendar CALENDAR = CalendarCatalog.fromClasspath();
    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    private static Path template;

    @BeforeContainer
    static void migrateOnce() throws IOException {
        template = Files.createTempDirectory("redress-report-template");
        Database.open(new Workspace(template)).close();
    }

    @AfterContainer
    static void removeTemplate() throws IOException {
        org.redress.platform.FolderTrees.delete(template);
    }

    @Property(tries = 40)
    void every_figure_matches_the_raw_rows_and_every_drill_gives_its_cases(@ForAll long seed,
                                                                          @ForAll @IntRange(max = 45) int cases)
            throws Exception {
        Path root = Files.createTempDirectory("redress-report-property");
        try {
            copyTemplate(root);
            Random random = new Random(seed ^ 0x5DEECE66DL);
            LocalDate today = RandomWorkspace.TODAY;
            Clock clock = Clock.fixed(today.atTime(10, 0).atZone(OFFICE).toInstant(), OFFICE);
            try (Database db = Database.open(new Workspace(root))) {
                int changes = random.nextInt(3) == 0 ? 0 : random.nextInt(25);
                db.writeAndWait(c -> {
                    RandomWorkspace workspace = new RandomWorkspace(seed, CATALOG, c);
                    workspace.fill(cases);
                    workspace.mutate(changes);
                    return null;
                });
                LocalDate from = today.minusDays(random.nextInt(420));
                LocalDate to = from.plusDays(random.nextInt(420));
                ReportRequest request = new ReportRequest(from, to,
                        random.nextInt(3) == 0 ? pick(random, "RONGCHENG_POINTS", "PLATFORM_SCORE", "DISHONEST_DEBTORS") : null,
                        random.nextInt(3) == 0 ? pick(random, RandomWorkspace.AGENCIES.toArray(String[]::new)) : null);
                String actorId = pick(random, "1", "2", "3", "4");
                Role role = switch (actorId) {
                    case "2" -> Role.SUPERVISOR;
                    case "3" -> Role.AUDITOR;
                    default -> Role.OFFICER;
                };
                Officer actor = new Officer(actorId, "u" + actorId, "U" + actorId, role, "RD");
                ReportService service = new ReportService(db, CATALOG, CALENDAR, clock);
                RawRows raw = db.read(RawRows::read);
                ReportOracle oracle = new ReportOracle(raw, CATALOG, CALENDAR, request, today,
                        role == Role.OFFICER ? Long.valueOf(actorId) : null);
                Map<String, Integer> thresholds = new HashMap<>();
                for (Scheme s : CATALOG.schemes()) {
                    thresholds.put(s.code(), s.terms().fourEyesReversalThresholdPoints());
                }
                raw.settings().forEach((k, v) -> {
                    if (k.startsWith("four_eyes.threshold.")) {
                        thresholds.put(k.substring("four_eyes.threshold.".length()), Integer.parseInt(v));
                    }
                });
                QueueService queueService = new QueueService(db, CATALOG, CALENDAR, clock);
                java.util.function.Function<long[], Set<Long>> queue = ids -> queueCases(queueService, actor, ids);
                check(service, actor, service.report(actor, ReportName.CASELOAD, request), oracle.caseload(), queue);
                check(service, actor, service.report(actor, ReportName.OUTCOMES, request), oracle.outcomes(), queue);
                check(service, actor, service.report(actor, ReportName.DISCREPANCIES, request), oracle.discrepancies(),
                        queue);
                check(service, actor, service.report(actor, ReportName.PEOPLE, request), oracle.people(thresholds, 50),
                        queue);
                aggregatesEqualTheirRebuild(db);
            }
        } finally {
            org.redress.platform.FolderTrees.delete(root);
        }
    }

    private static void check(ReportService service, Officer actor, Report report,
                              Map<FigureId, ReportOracle.Expected> expected,
                              java.util.function.Function<long[], Set<Long>> queue) {
        for (Figure figure : report.figures()) {
            ReportOracle.Expected want = expected.get(figure.id());
            if (figure.id() == FigureId.REDEDUCTIONS_REFUSED && !figure.available()) {
                continue;
            }
            assertThat(want).as("oracle for %s", figure.id()).isNotNull();
            assertThat(figure.available()).as("%s available", figure.id()).isTrue();
            Map<String, Map<Measure, Double>> actual = new TreeMap<>();
            for (Row row : figure.rows()) {
                actual.put(row.key(), row.values());
            }
            assertThat(actual.keySet()).as("rows of %s", figure.id()).isEqualTo(want.rows.keySet());
            for (Row row : figure.rows()) {
                Map<Measure, Double> values = want.rows.get(row.key());
                for (var e : values.entrySet()) {
                    assertThat(row.value(e.getKey())).as("%s %s %s", figure.id(), row.key(), e.getKey())
                            .isNotNull();
                    assertThat(row.value(e.getKey())).as("%s %s %s", figure.id(), row.key(), e.getKey())
                            .isCloseTo(e.getValue(), within(1e-9));
                }
                rates(figure, row);
                for (Measure m : figure.id().columns()) {
                    Set<Long> cases = want.cases.getOrDefault(row.key(), Map.of()).get(m);
                    Drill drill = row.drill(m);
                    if (drill == null) {
                        continue;
                    }
                    long[] ids = service.cases(actor, report, drill);
                    Set<Long> got = new HashSet<>();
                    for (long id : ids) {
                        got.add(id);
                    }
                    String cell = figure.id() + " " + row.key() + " " + m;
                    if (drill.source() == Drill.Source.CASES) {
                        // One report_case row per case: the figure counts the cases themselves.
                        assertThat((long) ids.length).as("count of the cases behind %s", cell).isEqualTo(row.count(m));
                    }
                    assertThat(queue.apply(ids)).as("the queue drilled into %s", cell).isEqualTo(got);
                    if (cases == null || figure.id() == FigureId.RECUSALS) {
                        continue;
                    }
                    assertThat(got).as("cases behind %s", cell).isEqualTo(cases);
                }
            }
            for (var e : want.summary.entrySet()) {
                assertThat(figure.summary().get(e.getKey())).as("%s summary %s", figure.id(), e.getKey())
                        .isEqualTo(e.getValue());
            }
        }
    }

    /**
     * The cases the queue lists, page by page, narrowed to a drill's cases as the Reports screen
     * narrows it (every status, anyone's); its count and its per-status counts agree with the list.
     */
    private static Set<Long> queueCases(QueueService queue, Officer actor, long[] ids) {
        QueueFilter filter = QueueFilter.ALL.withCases(CaseSet.of(ids));
        Set<Long> listed = new HashSet<>();
        for (long offset = 0; ; offset += 100) {
            List<QueueLine> page = queue.rows(actor, filter, QueueOrder.BY_DEADLINE, offset, 100);
            page.forEach(line -> listed.add(line.caseId()));
            if (page.size() < 100) {
                break;
            }
        }
        assertThat(queue.count(actor, filter)).as("queue count").isEqualTo(listed.size());
        assertThat(queue.countsByStatus(actor, filter).values().stream().mapToLong(Long::longValue).sum())
                .as("queue counts by status").isEqualTo(listed.size());
        return listed;
    }

    /**
     * What the triggers kept through every insert and change equals what grouping report_case and
     * report_outcome afresh gives (the migration's backfill), row for row.
     */
    private static void aggregatesEqualTheirRebuild(Database db) {
        Map<String, List<List<Object>>> kept = aggregates(db);
        db.writeAndWait(c -> {
            ReportAggregates.rebuild(c);
            return null;
        });
        assertThat(kept).isEqualTo(aggregates(db));
    }

    private static Map<String, List<List<Object>>> aggregates(Database db) {
        return db.read(c -> {
            Map<String, List<List<Object>>> out = new TreeMap<>();
            for (String table : ReportAggregates.tables()) {
                List<List<Object>> rows = new ArrayList<>();
                try (var rs = c.createStatement().executeQuery("SELECT * FROM " + table)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= n; i++) {
                            row.add(rs.getObject(i));
                        }
                        rows.add(row);
                    }
                }
                rows.sort(java.util.Comparator.comparing(Object::toString));
                out.put(table, rows);
            }
            return out;
        });
    }

    /** A rate row says k/n, its Wilson interval, and flags only an interval wholly above the threshold. */
    private static void rates(Figure figure, Row row) {
        Measure n = figure.id().denominator();
        Measure k = figure.id().numerator();
        if (n == null || k == null || row.count(n) == 0) {
            return;
        }
        assertThat(row.value(Measure.RATE)).isCloseTo((double) row.count(k) / row.count(n), within(1e-12));
        assertThat(row.interval()).isNotNull();
        assertThat(row.interval().low()).isLessThanOrEqualTo(row.value(Measure.RATE));
        assertThat(row.interval().high()).isGreaterThanOrEqualTo(row.value(Measure.RATE));
    }

    private static void copyTemplate(Path root) throws IOException {
        Files.copy(template.resolve(Workspace.DATABASE_FILE), root.resolve(Workspace.DATABASE_FILE));
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
