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
class CaseQueuePagingProperties {

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
                        r, as, null));
    }
}
