package org.redress.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Priority;
import org.redress.store.CaseQueue;
import org.redress.store.Database;
import org.redress.store.QueueFilter;
import org.redress.store.QueueOrder;
import org.redress.store.QueueRow;
import org.redress.store.QueueSort;
import org.redress.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The queue an officer scrolls: one 50-row page with filter and sort, and a full-text query, on a
 * demo workspace. Make the workspaces first (they are reused across runs):
 * <pre>
 *   ./redress demo --no-open --cases 100000 --workspace /tmp/redress-bench-100k
 *   ./redress demo --no-open --cases 1000000 --workspace /tmp/redress-bench-1m
 *   ./mvnw -Pbench package -DskipTests && java -jar target/benchmarks.jar QueueBenchmarks
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class QueueBenchmarks {

    @Param({"/tmp/redress-bench-100k", "/tmp/redress-bench-1m"})
    public String workspace;

    private Database db;
    private final QueueFilter openByDeadline = QueueFilter.open();
    private QueueFilter urgentInReviewOfOneScheme;
    private QueueFilter overdue;

    @Setup(Level.Trial)
    public void open() {
        Path root = Path.of(workspace);
        if (!Files.exists(root.resolve(Workspace.DATABASE_FILE))) {
            throw new IllegalStateException("no workspace at " + root + "; run ./redress demo --no-open --cases N --workspace " + root);
        }
        db = Database.open(new Workspace(root));
        urgentInReviewOfOneScheme = QueueFilter.ALL.withStatuses(EnumSet.of(CaseStatus.IN_REVIEW, CaseStatus.ASSIGNED))
                .withPriority(Priority.URGENT).withScheme("RONGCHENG_POINTS");
        overdue = QueueFilter.open().withOverdueOn(LocalDate.now());
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }

    @Benchmark
    public List<QueueRow> firstPageOfOpenCasesByDeadline() {
        return db.read(c -> new CaseQueue(c).rows(openByDeadline, QueueOrder.BY_DEADLINE, 0, 50));
    }

    @Benchmark
    public List<QueueRow> filteredPageByPriority() {
        return db.read(c -> new CaseQueue(c).rows(urgentInReviewOfOneScheme, QueueOrder.ascending(QueueSort.PRIORITY), 0, 50));
    }

    @Benchmark
    public List<QueueRow> overduePageByReceivedDescending() {
        return db.read(c -> new CaseQueue(c).rows(overdue, QueueOrder.descending(QueueSort.RECEIVED), 0, 50));
    }

    @Benchmark
    public List<QueueRow> fullTextChineseName() {
        return db.read(c -> new CaseQueue(c).rows(QueueFilter.ALL.withText("王芳"), QueueOrder.BY_DEADLINE, 0, 50));
    }

    @Benchmark
    public List<QueueRow> fullTextStatementWords() {
        return db.read(c -> new CaseQueue(c).rows(QueueFilter.ALL.withText("医院 未成年"), QueueOrder.BY_DEADLINE, 0, 50));
    }

    @Benchmark
    public List<QueueRow> fullTextEnglishPrefix() {
        return db.read(c -> new CaseQueue(c).rows(QueueFilter.ALL.withText("repay"), QueueOrder.BY_DEADLINE, 0, 50));
    }
}
