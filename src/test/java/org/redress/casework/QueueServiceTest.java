package org.redress.casework;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.store.QueueFilter;
import org.redress.store.QueueOrder;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QueueServiceTest {

    private static CaseworkFixture fixture;
    private static QueueService queue;

    @BeforeAll
    static void workspace() {
        fixture = CaseworkFixture.create();
        queue = fixture.queue();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void queue_lines_never_carry_a_full_identifier() {
        List<QueueLine> lines = queue.rows(fixture.reader(), QueueFilter.ALL, QueueOrder.BY_DEADLINE, 0, 200);

        assertThat(lines).hasSize(200).allSatisfy(line ->
                assertThat(line.maskedIdentifier()).matches("[0-9A-Z]{6}\\*{8}[0-9A-Z]{4}"));
    }

    @Test
    void working_days_left_are_reckoned_on_the_official_calendar_from_the_office_day() {
        WorkingDayCalendar calendar = CaseworkFixture.CALENDAR;
        List<QueueLine> open = queue.rows(fixture.reader(), QueueFilter.open(), QueueOrder.BY_DEADLINE, 0, 200);

        assertThat(open).isNotEmpty().allSatisfy(line -> {
            if (line.deadlineOn() == null) {
                assertThat(line.workingDaysLeft()).isNull();
            } else {
                assertThat(line.workingDaysLeft())
                        .isEqualTo(calendar.workingDaysBetween(CaseworkFixture.TODAY, line.deadlineOn()).value());
                assertThat(line.overdue()).isEqualTo(line.deadlineOn().isBefore(CaseworkFixture.TODAY));
            }
        });
        assertThat(open).anyMatch(QueueLine::overdue).anyMatch(QueueLine::dueSoon);
    }

    @Test
    void pages_by_offset_join_up_to_the_whole_queue_without_gaps_or_repeats() {
        List<QueueLine> whole = queue.rows(fixture.reader(), QueueFilter.ALL, QueueOrder.BY_DEADLINE, 0, 200);
        List<QueueLine> first = queue.rows(fixture.reader(), QueueFilter.ALL, QueueOrder.BY_DEADLINE, 0, 50);
        List<QueueLine> second = queue.rows(fixture.reader(), QueueFilter.ALL, QueueOrder.BY_DEADLINE, 50, 50);

        assertThat(first).extracting(QueueLine::caseId).isEqualTo(whole.subList(0, 50).stream().map(QueueLine::caseId).toList());
        assertThat(second).extracting(QueueLine::caseId).isEqualTo(whole.subList(50, 100).stream().map(QueueLine::caseId).toList());
    }

    @Test
    void the_total_matches_the_counts_per_status_and_each_status_count_its_rows() {
        Map<CaseStatus, Long> counts = queue.countsByStatus(fixture.reader(), QueueFilter.ALL);

        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(queue.count(fixture.reader(), QueueFilter.ALL))
                .isEqualTo(200);
        assertThat(queue.count(fixture.reader(), QueueFilter.ALL.withStatuses(java.util.Set.of(CaseStatus.IN_REVIEW))))
                .isEqualTo(counts.get(CaseStatus.IN_REVIEW));
    }

    @Test
    void scheme_and_rule_are_named_in_both_languages() {
        QueueLine line = queue.rows(fixture.reader(), QueueFilter.ALL, QueueOrder.BY_DEADLINE, 0, 1).getFirst();

        assertThat(line.schemeName().zh()).isNotBlank().isNotEqualTo(line.schemeCode());
        assertThat(line.ruleTitle().en()).isNotBlank().isNotEqualTo(line.ruleCode());
    }

    @Test
    void the_filter_bar_offers_the_workspace_schemes_agencies_regions_and_case_workers() {
        QueueChoices choices = queue.choices(fixture.reader());

        assertThat(choices.schemes()).extracting(QueueChoices.Choice::code).contains("RONGCHENG_POINTS");
        assertThat(choices.agencies()).extracting(QueueChoices.Choice::code).contains("RC-TRAFFIC");
        assertThat(choices.regions()).isNotEmpty();
        assertThat(choices.officers()).extracting(c -> c.name().zh())
                .contains("王芳", "陈静").doesNotContain("孙莉", "赵立新");
    }
}
