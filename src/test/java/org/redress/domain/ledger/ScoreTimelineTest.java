package org.redress.domain.ledger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.domain.ledger.FixtureCatalog.CATALOG;
import static org.redress.domain.ledger.FixtureCatalog.CITY;
import static org.redress.domain.ledger.FixtureCatalog.DEBTORS;
import static org.redress.domain.ledger.FixtureCatalog.day;
import static org.redress.domain.ledger.FixtureCatalog.deduction;
import static org.redress.domain.ledger.FixtureCatalog.listEntry;
import static org.redress.domain.ledger.FixtureCatalog.reversal;

class ScoreTimelineTest {

    @Test
    void the_timeline_opens_at_the_base_and_steps_with_each_entry_and_each_lapse() {
        LedgerEvent crime = deduction(1, CITY, "CRIME", -100, "2022-05-01");
        LedgerEvent breach = deduction(2, CITY, "BREACH", -50, "2023-01-10");
        List<LedgerEvent> ledger = List.of(breach, crime, reversal(3, breach, "2023-06-01"));

        List<ScorePoint> timeline = LedgerDerivation.timeline(CITY, CATALOG, ledger, day("2025-01-01"));

        assertThat(timeline).containsExactly(
                new ScorePoint(day("2022-04-30"), 1000, "A", null),
                new ScorePoint(day("2022-05-01"), 900, "C", 1L),
                new ScorePoint(day("2023-01-10"), 850, "C", 2L),
                new ScorePoint(day("2023-06-01"), 900, "C", 3L),
                new ScorePoint(day("2024-05-01"), 900, "B", null));
    }

    @Test
    void lapses_after_the_end_date_are_left_out() {
        List<LedgerEvent> ledger = List.of(deduction(1, CITY, "CRIME", -100, "2022-05-01"));
        assertThat(LedgerDerivation.timeline(CITY, CATALOG, ledger, day("2024-04-30")))
                .extracting(ScorePoint::date).containsExactly(day("2022-04-30"), day("2022-05-01"));
    }

    @Test
    void a_list_timeline_counts_published_entries() {
        List<LedgerEvent> ledger = List.of(listEntry(1, DEBTORS, "REFUSE", "2024-01-10", "2024-06-30"));
        assertThat(LedgerDerivation.timeline(DEBTORS, CATALOG, ledger, day("2025-01-01"))).containsExactly(
                new ScorePoint(day("2024-01-09"), 0, null, null),
                new ScorePoint(day("2024-01-10"), 1, null, 1L),
                new ScorePoint(day("2024-07-01"), 0, null, null));
    }

    @Test
    void an_empty_ledger_has_an_empty_timeline() {
        assertThat(LedgerDerivation.timeline(CITY, CATALOG, List.of(), day("2025-01-01"))).isEmpty();
    }
}
