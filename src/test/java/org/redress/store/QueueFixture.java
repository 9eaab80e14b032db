package org.redress.store;

import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Priority;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One shared workspace of synthetic cases for the queue tests, with an in-memory oracle that
 * filters and sorts the same cases the slow, obvious way.
 */
final class QueueFixture {

    static final int CASES = 600;
    /** Within the fixture's received dates, so "overdue" splits the open cases. */
    static final LocalDate TODAY = LocalDate.of(2024, 1, 25);

    record Case(long id, CaseStatus status, Priority priority, LocalDate receivedOn, String deadlineKey,
                String scheme, String category, String agency, String region, Long assigneeId) {
    }

    private static QueueFixture instance;

    final Database db;
    final List<Case> cases;

    private QueueFixture(Database db, List<Case> cases) {
        this.db = db;
        this.cases = cases;
    }

    static synchronized QueueFixture get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("redress-queue-test");
                Database db = Database.open(Workspace.create(dir));
                SyntheticCases synthetic = new SyntheticCases(7);
                synthetic.daySpan = 40;
                db.writeAndWait(c -> {
                    synthetic.reference(c);
                    try (BulkLoader bulk = new BulkLoader(c)) {
                        synthetic.addCases(bulk, CASES, 2);
                    }
                    return null;
                });
                instance = new QueueFixture(db, db.read(QueueFixture::load));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    db.close();
                    delete(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private static List<Case> load(java.sql.Connection c) throws SQLException {
        List<Case> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("""
                SELECT id, status, priority, received_on, ifnull(deadline_on, '9999-12-31'), scheme_code,
                       rule_category, agency_code, region, assignee_id FROM appeal_case""")) {
            while (rs.next()) {
                long assignee = rs.getLong(10);
                Long assigneeId = rs.wasNull() ? null : assignee;
                out.add(new Case(rs.getLong(1), CaseStatus.valueOf(rs.getString(2)), Priority.valueOf(rs.getString(3)),
                        LocalDate.parse(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), assigneeId));
            }
        }
        return out;
    }

    /** The ids the queue must show, in order, computed without SQL. */
    List<Long> expected(QueueFilter f, QueueOrder order) {
        return expectedStream(f).sorted(comparator(order)).map(Case::id).toList();
    }

    Stream<Case> expectedStream(QueueFilter f) {
        return cases.stream()
                .filter(k -> f.statuses().isEmpty() || f.statuses().contains(k.status()))
                .filter(k -> f.priority() == null || f.priority() == k.priority())
                .filter(k -> f.overdueOn() == null
                        || (k.status().isOpen() && k.deadlineKey().compareTo(f.overdueOn().toString()) < 0))
                .filter(k -> f.schemeCode() == null || f.schemeCode().equals(k.scheme()))
                .filter(k -> f.ruleCategory() == null || f.ruleCategory().name().equals(k.category()))
                .filter(k -> f.agencyCode() == null || f.agencyCode().equals(k.agency()))
                .filter(k -> f.region() == null || f.region().equals(k.region()))
                .filter(k -> f.cases() == null || f.cases().contains(k.id()))
                .filter(k -> switch (f.assignee()) {
                    case AssigneeFilter.Any any -> true;
                    case AssigneeFilter.Unassigned none -> k.assigneeId() == null;
                    case AssigneeFilter.Officer o -> Long.valueOf(o.officerId()).equals(k.assigneeId());
                });
    }

    static Comparator<Case> comparator(QueueOrder order) {
        Comparator<Case> byKeys = switch (order.sort()) {
            case DEADLINE -> Comparator.comparing(Case::deadlineKey);
            case PRIORITY -> Comparator.comparing((Case k) -> k.priority() == Priority.URGENT ? 0 : 1)
                    .thenComparing(Case::deadlineKey);
            case RECEIVED -> Comparator.comparing(Case::receivedOn);
        };
        Comparator<Case> total = byKeys.thenComparingLong(Case::id);
        return order.descending() ? total.reversed() : total;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at JVM exit
        }
    }
}
