package org.redress.store;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Priority;
import org.redress.domain.scheme.RuleCategory;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Paging over random filters and orders agrees with an in-memory oracle. */
class CaseQueuePagingTest {

    private final QueueFixture fixture = QueueFixture.get();

    @Property(tries = 150)
    void keysetPagesConcatenateToTheWholeQueueWithNoGapsOrRepeats(@ForAll("filters") QueueFilter filter,
                                                                  @ForAll("orders") QueueOrder order,
                                                                  @ForAll @IntRange(min = 1, max = 60) int pageSize)
            throws SQLException {
        List<Long> ids = new CaseQueueTest().allPagesByCursor(filter, order, pageSize);
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        assertThat(ids).isEqualTo(fixture.expected(filter, order));
    }

    @Property(tries = 100)
    void offsetPagesAreSlicesOfTheOrderedQueueAndCountIsItsLength(@ForAll("filters") QueueFilter filter,
                                                                  @ForAll("orders") QueueOrder order,
                                                                  @ForAll @IntRange(min = 0, max = 650) int offset,
                                                                  @ForAll @IntRange(min = 1, max = 80) int limit)
            throws SQLException {
        List<Long> expected = fixture.expected(filter, order);
        List<Long> page = fixture.db.read(c -> CaseQueueTest.ids(new CaseQueue(c).rows(filter, order, offset, limit)));
        int from = Math.min(offset, expected.size());
        assertThat(page).isEqualTo(expected.subList(from, Math.min(from + limit, expected.size())));
        long count = fixture.db.read(c -> new CaseQueue(c).count(filter));
        assertThat(count).isEqualTo(expected.size());
    }

    @Property(tries = 150)
    void aBroadSearchReadingTheQueueInOrderShowsWhatOrderingTheMatchesShows(
            @ForAll("filters") QueueFilter filter, @ForAll("orders") QueueOrder order,
            @ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 200) int offset,
            @ForAll @IntRange(min = 1, max = 40) int limit) throws SQLException {
        QueueFilter searched = filter.withText(text);
        List<Long> ordered = fixture.db.read(c -> CaseQueueTest.ids(
                new CaseQueue(c, Integer.MAX_VALUE).rows(searched, order, offset, limit)));
        List<Long> walked = fixture.db.read(c -> CaseQueueTest.ids(
                new CaseQueue(c, 0).rows(searched, order, offset, limit)));
        assertThat(walked).isEqualTo(ordered);
        List<Long> walkedPages = fixture.db.read(c -> {
            CaseQueue queue = new CaseQueue(c, 0);
            List<Long> ids = new java.util.ArrayList<>();
            QueuePage page = queue.page(searched, order, null, limit);
            ids.addAll(CaseQueueTest.ids(page.rows()));
            while (page.next() != null) {
                page = queue.page(searched, order, page.next(), limit);
                ids.addAll(CaseQueueTest.ids(page.rows()));
            }
            return ids;
        });
        List<Long> all = fixture.db.read(c -> CaseQueueTest.ids(
                new CaseQueue(c, Integer.MAX_VALUE).rows(searched, order, 0, CaseQueue.MAX_PAGE)));
        assertThat(walkedPages).isEqualTo(all);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("朝阳区", "区", "银行", "bank", "RD", "RD-2024", "已还清", "张", "passport stolen", "医院 未成年人");
    }

    @Provide
    Arbitrary<QueueOrder> orders() {
        return Combinators.combine(Arbitraries.of(QueueSort.class), Arbitraries.of(true, false)).as(QueueOrder::new);
    }

    @Provide
    Arbitrary<QueueFilter> filters() {
        Arbitrary<Set<CaseStatus>> statuses = Arbitraries.of(CaseStatus.class).set().ofMaxSize(5)
                .map(s -> s.isEmpty() ? Set.of() : EnumSet.copyOf(s));
        Arbitrary<Priority> priority = Arbitraries.of(Priority.class).injectNull(0.7);
        Arbitrary<Boolean> overdue = Arbitraries.of(true, false, false, false);
        Arbitrary<String> scheme = Arbitraries.of(SyntheticCases.SCHEMES).injectNull(0.7);
        Arbitrary<RuleCategory> category = Arbitraries.of(RuleCategory.class).injectNull(0.7);
        Arbitrary<String> agency = Arbitraries.integers().between(0, 5).map(SyntheticCases::agencyCode).injectNull(0.8);
        Arbitrary<String> region = Arbitraries.of(SyntheticCases.REGIONS).injectNull(0.8);
        Arbitrary<AssigneeFilter> assignee = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(AssigneeFilter.ANY)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(AssigneeFilter.UNASSIGNED)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(1, 30).map(AssigneeFilter::officer)));
        return Combinators.combine(statuses, priority, overdue, scheme, category, agency, region, assignee)
                .as((s, p, o, sc, cat, ag, r, as) -> new QueueFilter(s, p, o ? QueueFixture.TODAY : null, sc, cat, ag,
                        r, as, null))
                .flatMap(f -> caseSets().map(f::withCases));
    }

    /** A report drill-down's cases: none most often, else some ids (a few beyond the fixture's). */
    private static Arbitrary<CaseSet> caseSets() {
        return Arbitraries.longs().between(1, QueueFixture.CASES + 20).set().ofMaxSize(300)
                .map(ids -> CaseSet.of(ids.stream().mapToLong(Long::longValue).toArray())).injectNull(0.6);
    }
}
