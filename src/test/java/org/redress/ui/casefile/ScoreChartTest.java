package org.redress.ui.casefile;

import org.junit.jupiter.api.Test;
import org.redress.domain.ledger.ScorePoint;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The score chart draws a step line: a score holds its value between entries, and up to today. */
class ScoreChartTest {

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void a_score_holds_its_value_until_the_next_entry_and_runs_on_to_today() {
        ScorePoint start = new ScorePoint(LocalDate.parse("2026-01-01"), 1000, null, null);
        ScorePoint deduction = new ScorePoint(LocalDate.parse("2026-03-01"), 980, null, 7L);
        ScorePoint same = new ScorePoint(LocalDate.parse("2026-04-01"), 980, null, 8L);
        ScorePoint addition = new ScorePoint(LocalDate.parse("2026-06-01"), 990, null, 9L);

        List<ScoreChart.Vertex> steps = ScoreChart.steps(List.of(start, deduction, same, addition),
                LocalDate.parse("2026-11-20"));

        assertThat(steps).extracting(v -> v.day(), v -> v.value()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(day("2026-01-01"), 1000.0),
                org.assertj.core.groups.Tuple.tuple(day("2026-03-01"), 1000.0),
                org.assertj.core.groups.Tuple.tuple(day("2026-03-01"), 980.0),
                org.assertj.core.groups.Tuple.tuple(day("2026-04-01"), 980.0),
                org.assertj.core.groups.Tuple.tuple(day("2026-06-01"), 980.0),
                org.assertj.core.groups.Tuple.tuple(day("2026-06-01"), 990.0),
                org.assertj.core.groups.Tuple.tuple(day("2026-11-20"), 990.0));
        // Only entries carry a marker; corners and today do not.
        assertThat(steps).filteredOn(v -> v.entry() != null).extracting(ScoreChart.Vertex::entry)
                .containsExactly(start, deduction, same, addition);
        // Never a slope: consecutive vertices share a day or a value.
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i).day() == steps.get(i - 1).day() || steps.get(i).value() == steps.get(i - 1).value())
                    .isTrue();
        }
    }

    @Test
    void the_line_stops_at_the_last_entry_when_it_is_today() {
        ScorePoint a = new ScorePoint(LocalDate.parse("2026-01-01"), 1000, null, null);
        ScorePoint b = new ScorePoint(LocalDate.parse("2026-11-20"), 990, null, 1L);
        assertThat(ScoreChart.steps(List.of(a, b), LocalDate.parse("2026-11-20"))).hasSize(3).last()
                .extracting(ScoreChart.Vertex::entry).isEqualTo(b);
    }
}
