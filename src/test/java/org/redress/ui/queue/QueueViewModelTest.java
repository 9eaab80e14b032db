package org.redress.ui.queue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.QueueLine;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Priority;
import org.redress.store.QueueFilter;
import org.redress.store.QueueOrder;
import org.redress.store.QueueSort;
import org.redress.ui.ImmediateTasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue's view model over a real 200-case workspace, without a toolkit. */
class QueueViewModelTest {

    private static CaseworkFixture fixture;
    private final List<Long> opened = new ArrayList<>();
    private QueueViewModel model;

    @BeforeAll
    static void workspace() {
        fixture = CaseworkFixture.create();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @BeforeEach
    void model() {
        model = new QueueViewModel(fixture.queue(), ImmediateTasks.create(),
                fixture.demo.accounts().stream().filter(o -> o.id() == 5).findFirst().orElseThrow().asOfficer(),
                StatusChoice.OPEN, opened::add);
        model.start();
    }

    private long count(QueueFilter filter) {
        return fixture.queue().count(fixture.reader(), filter);
    }

    @Test
    void starting_loads_the_open_cases_their_counts_the_first_page_and_the_filter_choices() {
        assertThat(model.totalProperty().get()).isEqualTo(count(QueueFilter.open())).isPositive();
        assertThat(model.rows()).hasSize((int) model.totalProperty().get());
        assertThat(model.rows().get(0)).isNotNull();
        assertThat(model.countsProperty().get().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(200);
        assertThat(model.choicesProperty().get().schemes()).isNotEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.isNarrowed()).isFalse();
    }

    @Test
    void each_criterion_narrows_the_queue_to_what_the_store_counts_for_it() {
        model.statusProperty().set(StatusChoice.of(CaseStatus.IN_REVIEW));
        model.priorityProperty().set(Priority.URGENT);

        QueueFilter expected = QueueFilter.ALL.withStatuses(Set.of(CaseStatus.IN_REVIEW)).withPriority(Priority.URGENT);
        assertThat(model.totalProperty().get()).isEqualTo(count(expected));
        assertThat(model.rows().stream().limit(20).filter(Objects::nonNull))
                .allSatisfy(l -> {
                    assertThat(l.status()).isEqualTo(CaseStatus.IN_REVIEW);
                    assertThat(l.priority()).isEqualTo(Priority.URGENT);
                });
        assertThat(model.isNarrowed()).isTrue();
    }

    @Test
    void a_drill_down_shows_exactly_its_cases_whatever_their_status_until_cleared() {
        List<Long> all = fixture.queue().rows(fixture.reader(), QueueFilter.ALL, QueueOrder.BY_DEADLINE, 0, 200)
                .stream().map(QueueLine::caseId).toList();
        // Some open, some closed: a drill-down lets the screen's own "open cases" go.
        long[] picked = {all.get(0), all.get(7), all.get(199), all.get(120)};
        model.statusProperty().set(StatusChoice.of(CaseStatus.IN_REVIEW));
        model.showCases(new DrillDown(new org.redress.domain.scheme.LocalizedText("撤改", "Overturned"),
                org.redress.store.CaseSet.of(picked)));

        assertThat(model.statusProperty().get()).isEqualTo(StatusChoice.ALL);
        assertThat(model.totalProperty().get()).isEqualTo(4);
        assertThat(model.rows().stream().map(QueueLine::caseId))
                .containsExactlyInAnyOrder(picked[0], picked[1], picked[2], picked[3]);
        assertThat(model.countsProperty().get().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
        assertThat(model.isNarrowed()).isTrue();

        model.clearFilters();
        assertThat(model.drillDownProperty().get()).isNull();
        assertThat(model.filter().cases()).isNull();
        assertThat(model.totalProperty().get()).isEqualTo(count(QueueFilter.open()));
        assertThat(model.isNarrowed()).isFalse();
    }

    @Test
    void overdue_only_shows_open_cases_past_their_deadline() {
        model.overdueProperty().set(true);

        assertThat(model.totalProperty().get()).isPositive()
                .isEqualTo(count(QueueFilter.open().withOverdueOn(CaseworkFixture.TODAY)));
        assertThat(model.rows().get(0)).satisfies(l -> assertThat(l.overdue()).isTrue());
    }

    @Test
    void searching_by_a_case_number_finds_that_case() {
        QueueLine some = fixture.cases(CaseStatus.ASSIGNED).getFirst();

        model.searchProperty().set(some.caseNo());

        assertThat(model.totalProperty().get()).isEqualTo(1);
        assertThat(model.rows().get(0).caseId()).isEqualTo(some.caseId());
    }

    @Test
    void a_search_that_matches_nothing_leaves_an_empty_queue_and_clearing_filters_brings_it_back() {
        long all = model.totalProperty().get();
        model.searchProperty().set("zzzz-nothing-matches");
        assertThat(model.totalProperty().get()).isZero();
        assertThat(model.rows()).isEmpty();

        model.clearFilters();

        assertThat(model.totalProperty().get()).isEqualTo(all);
        assertThat(model.isNarrowed()).isFalse();
    }

    @Test
    void my_cases_are_the_signed_in_officers() {
        model.assigneeProperty().set(model.meChoice());

        assertThat(model.rows().stream().filter(Objects::nonNull)).isNotEmpty()
                .allSatisfy(l -> assertThat(l.assigneeName()).isEqualTo("王芳"));
    }

    @Test
    void another_order_reloads_the_queue_in_that_order() {
        model.statusProperty().set(StatusChoice.ALL);
        model.orderProperty().set(QueueOrder.descending(QueueSort.RECEIVED));

        List<QueueLine> first = fixture.queue().rows(fixture.reader(), QueueFilter.ALL, QueueOrder.descending(QueueSort.RECEIVED), 0, 50);
        assertThat(model.rows().get(0).caseId()).isEqualTo(first.getFirst().caseId());
    }

    @Test
    void later_pages_load_when_the_table_reaches_them() {
        model.statusProperty().set(StatusChoice.ALL);

        assertThat(model.rows().get(120)).as("asked for; with immediate tasks it arrives at once").isNull();
        assertThat(model.rows().get(120)).isNotNull();
    }

    @Test
    void opening_a_loaded_line_opens_its_case_and_an_empty_line_opens_nothing() {
        model.open(null);
        model.open(model.rows().get(0));

        assertThat(opened).containsExactly(model.rows().get(0).caseId());
    }

    @Test
    void an_officers_queue_opens_on_their_own_cases_and_clearing_the_filters_comes_back_to_them() {
        var officer = fixture.demo.accounts().stream().filter(o -> o.id() == 5).findFirst().orElseThrow().asOfficer();
        assertThat(officer.role()).isEqualTo(org.redress.domain.access.Role.OFFICER);
        QueueViewModel own = new QueueViewModel(fixture.queue(), ImmediateTasks.create(), officer, StatusChoice.OPEN,
                opened::add).openingOnOwnCasesForOfficers();
        own.start();

        assertThat(own.assigneeProperty().get()).isEqualTo(AssigneeChoice.me(5));
        assertThat(own.totalProperty().get())
                .isEqualTo(count(QueueFilter.open().withAssignee(org.redress.store.AssigneeFilter.officer(5))));
        assertThat(own.isNarrowed()).isFalse();
        own.assigneeProperty().set(AssigneeChoice.ANYONE);
        assertThat(own.isNarrowed()).isTrue();
        own.clearFilters();
        assertThat(own.assigneeProperty().get()).isEqualTo(AssigneeChoice.me(5));

        var supervisor = fixture.officer("chen.jing");
        QueueViewModel theirs = new QueueViewModel(fixture.queue(), ImmediateTasks.create(), supervisor,
                StatusChoice.OPEN, opened::add).openingOnOwnCasesForOfficers();
        assertThat(theirs.assigneeProperty().get()).isEqualTo(AssigneeChoice.ANYONE);
    }
}
