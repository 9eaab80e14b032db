package org.redress.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Priority;
import org.redress.domain.scheme.RuleCategory;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseQueueTest {

    private final QueueFixture fixture = QueueFixture.get();

    static Stream<Arguments> filters() {
        QueueFilter all = QueueFilter.ALL;
        return Stream.of(
                Arguments.of("every case", all),
                Arguments.of("open cases", QueueFilter.open()),
                Arguments.of("one status", all.withStatuses(EnumSet.of(CaseStatus.IN_REVIEW))),
                Arguments.of("two statuses", all.withStatuses(EnumSet.of(CaseStatus.RECEIVED, CaseStatus.CLOSED))),
                Arguments.of("urgent", all.withPriority(Priority.URGENT)),
                Arguments.of("normal", all.withPriority(Priority.NORMAL)),
                Arguments.of("overdue", all.withOverdueOn(QueueFixture.TODAY)),
                Arguments.of("scheme", all.withScheme("SESAME")),
                Arguments.of("rule category", all.withRuleCategory(RuleCategory.SOCIAL_MORAL)),
                Arguments.of("agency", all.withAgency("AG03")),
                Arguments.of("region", all.withRegion("310000")),
                Arguments.of("assignee", all.withAssignee(AssigneeFilter.officer(4))),
                Arguments.of("unassigned", all.withAssignee(AssigneeFilter.UNASSIGNED)),
                Arguments.of("open + scheme + category", QueueFilter.open().withScheme("RONGCHENG")
                        .withRuleCategory(RuleCategory.FINANCIAL)),
                Arguments.of("overdue + urgent", all.withOverdueOn(QueueFixture.TODAY).withPriority(Priority.URGENT)),
                Arguments.of("assignee + open + region", QueueFilter.open().withAssignee(AssigneeFilter.officer(4))
                        .withRegion("110000")),
                Arguments.of("unassigned + overdue", all.withAssignee(AssigneeFilter.UNASSIGNED)
                        .withOverdueOn(QueueFixture.TODAY)),
                Arguments.of("agency + scheme + status", all.withAgency("AG06").withScheme("BLACKLIST")
                        .withStatuses(EnumSet.of(CaseStatus.CLOSED, CaseStatus.IN_REVIEW))),
                Arguments.of("overdue among closed statuses only", all.withOverdueOn(QueueFixture.TODAY)
                        .withStatuses(EnumSet.of(CaseStatus.CLOSED))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void eachFilterAloneAndCombinedShowsExactlyTheMatchingCasesInDeadlineOrder(String name, QueueFilter filter)
            throws SQLException {
        List<Long> expected = fixture.expected(filter, QueueOrder.BY_DEADLINE);
        if (!name.startsWith("overdue among closed")) {
            assertThat(expected).as("the fixture has cases for " + name).isNotEmpty();
        }
        assertThat(allPagesByCursor(filter, QueueOrder.BY_DEADLINE, 37)).isEqualTo(expected);
        long count = fixture.db.read(c -> new CaseQueue(c).count(filter));
        assertThat(count).isEqualTo(expected.size());
    }

    @ParameterizedTest
    @EnumSource(QueueSort.class)
    void eachSortAscendingAndDescendingOrdersTheWholeQueue(QueueSort sort) throws SQLException {
        for (QueueOrder order : List.of(QueueOrder.ascending(sort), QueueOrder.descending(sort))) {
            List<Long> expected = fixture.expected(QueueFilter.ALL, order);
            assertThat(allPagesByCursor(QueueFilter.ALL, order, 50)).as(order.toString()).isEqualTo(expected);
            List<Long> byOffset = fixture.db.read(c -> ids(new CaseQueue(c).rows(QueueFilter.ALL, order, 0, 1000)));
            assertThat(byOffset).as(order.toString()).isEqualTo(expected);
        }
    }

    @Test
    void priorityOrderPutsUrgentCasesFirstThenEarliestDeadline() throws SQLException {
        List<QueueRow> rows = fixture.db.read(c -> new CaseQueue(c).rows(QueueFilter.open(),
                QueueOrder.ascending(QueueSort.PRIORITY), 0, 1000));
        int firstNormal = rows.stream().map(QueueRow::priority).toList().indexOf(Priority.NORMAL);
        assertThat(rows.subList(0, firstNormal)).isNotEmpty().allMatch(r -> r.priority() == Priority.URGENT);
        assertThat(rows.subList(firstNormal, rows.size())).allMatch(r -> r.priority() == Priority.NORMAL);
    }

    @Test
    void offsetPagesAreSlicesOfTheWholeOrderedQueue() throws SQLException {
        QueueFilter open = QueueFilter.open();
        List<Long> expected = fixture.expected(open, QueueOrder.BY_DEADLINE);
        for (int offset : new int[] {0, 1, 50, expected.size() - 7, expected.size(), expected.size() + 10}) {
            List<Long> page = fixture.db.read(c -> ids(new CaseQueue(c).rows(open, QueueOrder.BY_DEADLINE, offset, 50)));
            int from = Math.min(offset, expected.size());
            assertThat(page).as("offset " + offset)
                    .isEqualTo(expected.subList(from, Math.min(from + 50, expected.size())));
        }
    }

    @Test
    void pageRowsCarryWhatTheQueueTableShows() throws SQLException {
        QueueRow row = fixture.db.read(c -> new CaseQueue(c).rows(QueueFilter.ALL.withAssignee(AssigneeFilter.officer(4)),
                QueueOrder.BY_DEADLINE, 0, 1)).getFirst();
        CaseRow stored = fixture.db.read(c -> new CaseRepository(c).byId(row.caseId()).orElseThrow());
        SubjectRow subject = fixture.db.read(c -> new SubjectRepository(c).byId(stored.subjectId()).orElseThrow());
        String officerName = fixture.db.read(c -> new OfficerRepository(c).byId(4).orElseThrow().displayName());
        assertThat(row).isEqualTo(new QueueRow(stored.id(), stored.caseNo(), subject.name(), subject.identifier(),
                stored.schemeCode(), stored.ruleCode(), stored.points(), stored.receivedOn(), stored.deadlineOn(),
                stored.priority(), stored.status(), officerName, stored.version()));
        QueueRow unassigned = fixture.db.read(c -> new CaseQueue(c).rows(
                QueueFilter.ALL.withAssignee(AssigneeFilter.UNASSIGNED), QueueOrder.BY_DEADLINE, 0, 1)).getFirst();
        assertThat(unassigned.assigneeName()).isNull();
    }

    @Test
    void countsPerStatusMatchTheCasesWithAndWithoutOtherCriteria() throws SQLException {
        Map<CaseStatus, Long> all = fixture.db.read(c -> new CaseQueue(c).countsByStatus(QueueFilter.open()));
        assertThat(all).isEqualTo(countByStatus(QueueFilter.ALL));
        QueueFilter mine = QueueFilter.open().withAssignee(AssigneeFilter.officer(4));
        Map<CaseStatus, Long> mineCounts = fixture.db.read(c -> new CaseQueue(c).countsByStatus(mine));
        assertThat(mineCounts).isEqualTo(countByStatus(mine.withStatuses(EnumSet.noneOf(CaseStatus.class))));
        QueueFilter faceted = QueueFilter.open().withScheme("SESAME").withRegion("110000").withPriority(Priority.NORMAL);
        Map<CaseStatus, Long> facetCounts = fixture.db.read(c -> new CaseQueue(c).countsByStatus(faceted));
        assertThat(facetCounts).isEqualTo(countByStatus(faceted));
        QueueFilter overdue = QueueFilter.ALL.withOverdueOn(QueueFixture.TODAY);
        Map<CaseStatus, Long> overdueCounts = fixture.db.read(c -> new CaseQueue(c).countsByStatus(overdue));
        assertThat(overdueCounts).isEqualTo(countByStatus(overdue));
        assertThat(overdueCounts.get(CaseStatus.CLOSED)).isZero();
    }

    @Test
    void storedStatusAndFacetCountsFollowStatusChanges() throws SQLException {
        Map<CaseStatus, Long> before = fixture.db.read(c -> new CaseQueue(c).countsByStatus(QueueFilter.ALL));
        long receivedId = fixture.cases.stream().filter(k -> k.status() == CaseStatus.RECEIVED).findFirst()
                .orElseThrow().id();
        AtomicReference<Map<CaseStatus, Long>> during = new AtomicReference<>();
        AtomicReference<Long> sameSchemeAssigned = new AtomicReference<>();
        QueueFixture.Case fixtureCase = fixture.cases.stream().filter(k -> k.id() == receivedId).findFirst().orElseThrow();
        QueueFilter sameScheme = QueueFilter.ALL.withScheme(fixtureCase.scheme()).withAgency(fixtureCase.agency())
                .withStatuses(EnumSet.of(CaseStatus.ASSIGNED));
        long sameSchemeBefore = fixture.db.read(c -> new CaseQueue(c).count(sameScheme));
        // Changed inside a transaction that is then rolled back, so the shared fixture stays as it was.
        assertThatThrownBy(() -> fixture.db.writeAndWait(c -> {
            CaseRepository cases = new CaseRepository(c);
            CaseRow row = cases.byId(receivedId).orElseThrow();
            cases.changeStatus(row.id(), row.version(), CaseStatus.ASSIGNED, null, "test");
            during.set(new CaseQueue(c).countsByStatus(QueueFilter.ALL));
            sameSchemeAssigned.set(new CaseQueue(c).count(sameScheme));
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
        assertThat(during.get().get(CaseStatus.RECEIVED)).isEqualTo(before.get(CaseStatus.RECEIVED) - 1);
        assertThat(during.get().get(CaseStatus.ASSIGNED)).isEqualTo(before.get(CaseStatus.ASSIGNED) + 1);
        assertThat(sameSchemeAssigned.get()).isEqualTo(sameSchemeBefore + 1);
        Map<CaseStatus, Long> after = fixture.db.read(c -> new CaseQueue(c).countsByStatus(QueueFilter.ALL));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aCursorFromAnotherOrderIsRefused() {
        QueueCursor cursor = new QueueCursor(QueueOrder.ascending(QueueSort.RECEIVED), 1, "2024-01-01", 1);
        assertThatThrownBy(() -> fixture.db.read(c -> new CaseQueue(c).page(QueueFilter.ALL, QueueOrder.BY_DEADLINE,
                cursor, 10))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMainQueriesReadTheirStatusIndexesWithoutSortingTheQueue() throws SQLException {
        for (QueueSort sort : QueueSort.values()) {
            List<String> plan = fixture.db.read(c -> new CaseQueue(c).explain(QueueFilter.open(),
                    QueueOrder.ascending(sort), null, 50));
            assertThat(plan).as(sort.name()).anyMatch(line -> line.contains("appeal_case_queue_by_"))
                    .noneMatch(line -> line.contains("TEMP B-TREE")).noneMatch(line -> line.startsWith("SCAN c"));
        }
        List<String> mine = fixture.db.read(c -> new CaseQueue(c).explain(
                QueueFilter.open().withAssignee(AssigneeFilter.officer(4)), QueueOrder.BY_DEADLINE, null, 50));
        assertThat(mine).anyMatch(line -> line.contains("appeal_case_queue_by_assignee"))
                .noneMatch(line -> line.contains("TEMP B-TREE"));
    }

    private Map<CaseStatus, Long> countByStatus(QueueFilter filter) {
        Map<CaseStatus, Long> counts = new java.util.EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            counts.put(status, 0L);
        }
        counts.putAll(fixture.expectedStream(filter.withStatuses(EnumSet.noneOf(CaseStatus.class)))
                .collect(Collectors.groupingBy(QueueFixture.Case::status, Collectors.counting())));
        return counts;
    }

    List<Long> allPagesByCursor(QueueFilter filter, QueueOrder order, int pageSize) throws SQLException {
        return fixture.db.read(c -> {
            CaseQueue queue = new CaseQueue(c);
            List<Long> ids = new ArrayList<>();
            QueuePage page = queue.page(filter, order, null, pageSize);
            ids.addAll(ids(page.rows()));
            while (page.next() != null) {
                page = queue.page(filter, order, page.next(), pageSize);
                ids.addAll(ids(page.rows()));
            }
            return ids;
        });
    }

    static List<Long> ids(List<QueueRow> rows) {
        return rows.stream().map(QueueRow::caseId).toList();
    }
}
