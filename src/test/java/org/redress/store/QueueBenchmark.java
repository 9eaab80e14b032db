package org.redress.store;

import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Priority;
import org.redress.domain.scheme.RuleCategory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Hand-run timing harness (not part of the test suite; JMH comes later). Fills a workspace with
 * synthetic cases, then times queue pages, counts and searches and prints medians.
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.redress.store.QueueBenchmark \
 *      /tmp/bench-ws 1000000 1      # folder, cases, ledger entries per case
 * </pre>
 * An existing workspace with cases is reused as it is.
 */
public final class QueueBenchmark {

    private static final int RUNS = 15;

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/redress-bench");
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int ledgerPerCase = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        boolean fresh = !Files.exists(folder.resolve(Workspace.DATABASE_FILE));
        try (Database db = Database.open(Workspace.create(folder))) {
            if (fresh) {
                fill(db, cases, ledgerPerCase);
            }
            measure(db);
        }
    }

    static void fill(Database db, int cases, int ledgerPerCase) {
        SyntheticCases synthetic = new SyntheticCases(42);
        db.writeAndWait(c -> {
            synthetic.reference(c);
            return null;
        });
        long start = System.nanoTime();
        int chunk = 50_000;
        long rows = 0;
        for (int done = 0; done < cases; done += chunk) {
            int n = Math.min(chunk, cases - done);
            rows += db.writeAndWait(c -> {
                try (BulkLoader bulk = new BulkLoader(c)) {
                    synthetic.addCases(bulk, n, ledgerPerCase);
                    return bulk.rows();
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "fill: %,d cases, %d ledger entries each, %,d rows in %.1f s (%.0f cases/s)%n",
                cases, ledgerPerCase, rows, seconds, cases / seconds);
        db.writeAndWait(c -> c.createStatement().execute("ANALYZE"));
    }

    static void measure(Database db) throws SQLException {
        LocalDate today = LocalDate.of(2025, 6, 1);
        QueueFilter open = QueueFilter.open();
        Map<String, Callable<Object>> probes = new LinkedHashMap<>();
        page(db, probes, "open, deadline asc, first page", open, QueueOrder.BY_DEADLINE);
        page(db, probes, "open, deadline desc", open, QueueOrder.descending(QueueSort.DEADLINE));
        page(db, probes, "open, priority", open, QueueOrder.ascending(QueueSort.PRIORITY));
        page(db, probes, "open, received desc", open, QueueOrder.descending(QueueSort.RECEIVED));
        page(db, probes, "all statuses, deadline", QueueFilter.ALL, QueueOrder.BY_DEADLINE);
        page(db, probes, "IN_REVIEW only, deadline", QueueFilter.ALL.withStatuses(EnumSet.of(CaseStatus.IN_REVIEW)),
                QueueOrder.BY_DEADLINE);
        page(db, probes, "overdue, deadline", open.withOverdueOn(today), QueueOrder.BY_DEADLINE);
        page(db, probes, "overdue + urgent, priority", open.withOverdueOn(today).withPriority(Priority.URGENT),
                QueueOrder.ascending(QueueSort.PRIORITY));
        page(db, probes, "my cases (officer 7), deadline", open.withAssignee(AssigneeFilter.officer(7)),
                QueueOrder.BY_DEADLINE);
        page(db, probes, "my cases (officer 7), received desc", open.withAssignee(AssigneeFilter.officer(7)),
                QueueOrder.descending(QueueSort.RECEIVED));
        page(db, probes, "unassigned, priority", open.withAssignee(AssigneeFilter.UNASSIGNED),
                QueueOrder.ascending(QueueSort.PRIORITY));
        page(db, probes, "scheme, deadline", open.withScheme("SESAME"), QueueOrder.BY_DEADLINE);
        page(db, probes, "agency, deadline", open.withAgency("AG07"), QueueOrder.BY_DEADLINE);
        page(db, probes, "agency + region + category, deadline", open.withAgency("AG07").withRegion("310000")
                .withRuleCategory(RuleCategory.SOCIAL_MORAL), QueueOrder.BY_DEADLINE);
        page(db, probes, "all filters, priority", open.withOverdueOn(today).withScheme("SESAME").withAgency("AG07")
                .withRegion("310000").withRuleCategory(RuleCategory.JUDICIAL)
                .withAssignee(AssigneeFilter.officer(3)), QueueOrder.ascending(QueueSort.PRIORITY));
        probes.put("page 2 by cursor (open, deadline)", () -> db.read(c -> {
            CaseQueue queue = new CaseQueue(c);
            QueuePage first = queue.page(open, QueueOrder.BY_DEADLINE, null, 50);
            return queue.page(open, QueueOrder.BY_DEADLINE, first.next(), 50).rows().size();
        }));
        for (long offset : new long[] {1_000, 100_000, 300_000}) {
            probes.put("offset " + offset + " (open, deadline)", () -> db.read(c ->
                    new CaseQueue(c).rows(open, QueueOrder.BY_DEADLINE, offset, 50).size()));
        }
        probes.put("count open (stored counts)", () -> db.read(c -> new CaseQueue(c).count(open)));
        probes.put("count my cases", () -> db.read(c -> new CaseQueue(c).count(open.withAssignee(AssigneeFilter.officer(7)))));
        probes.put("count agency", () -> db.read(c -> new CaseQueue(c).count(open.withAgency("AG07"))));
        probes.put("count overdue", () -> db.read(c -> new CaseQueue(c).count(open.withOverdueOn(today))));
        probes.put("counts by status (stored)", () -> db.read(c -> new CaseQueue(c).countsByStatus(open)));
        probes.put("counts by status, my cases", () -> db.read(c ->
                new CaseQueue(c).countsByStatus(open.withAssignee(AssigneeFilter.officer(7)))));
        for (String text : new String[] {"张伟", "王秀英", "朝阳区", "朝阳", "银行网点", "bank", "passport stolen", "RD-2025-000123",
                "000123", "已还清", "医院 未成年人"}) {
            search(db, probes, "search '" + text + "', open, deadline", open.withText(text), QueueOrder.BY_DEADLINE);
        }
        search(db, probes, "search '朝阳区' + agency, all statuses", QueueFilter.ALL.withText("朝阳区").withAgency("AG07"),
                QueueOrder.BY_DEADLINE);
        probes.put("count search '朝阳区'", () -> db.read(c -> new CaseQueue(c).count(open.withText("朝阳区"))));
        for (Map.Entry<String, Callable<Object>> probe : probes.entrySet()) {
            time(probe.getKey(), probe.getValue());
        }
    }

    private static void page(Database db, Map<String, Callable<Object>> probes, String name, QueueFilter filter,
                             QueueOrder order) throws SQLException {
        List<String> plan = db.read(c -> new CaseQueue(c).explain(filter, order, null, 50));
        System.out.println("plan [" + name + "]: " + String.join(" | ", plan));
        probes.put(name, () -> db.read(c -> new CaseQueue(c).page(filter, order, null, 50).rows().size()));
    }

    private static void search(Database db, Map<String, Callable<Object>> probes, String name, QueueFilter filter,
                               QueueOrder order) {
        probes.put(name, () -> db.read(c -> new CaseQueue(c).page(filter, order, null, 50).rows().size()));
    }

    private static void time(String name, Callable<Object> probe) {
        try {
            Object result = probe.call();
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                probe.call();
                millis.add((System.nanoTime() - start) / 1e6);
            }
            millis.sort(null);
            System.out.printf(Locale.ROOT, "%-48s median %8.2f ms  (min %.2f, max %.2f)  -> %s%n", name,
                    millis.get(RUNS / 2), millis.getFirst(), millis.getLast(), result);
        } catch (Exception e) {
            System.out.printf(Locale.ROOT, "%-48s FAILED %s / %s%n", name, e, e.getCause());
        }
    }
}
