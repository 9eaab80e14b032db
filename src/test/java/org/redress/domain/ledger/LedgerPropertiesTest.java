package org.redress.domain.ledger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.domain.ledger.FixtureCatalog.CATALOG;
import static org.redress.domain.ledger.FixtureCatalog.CITY;
import static org.redress.domain.ledger.FixtureCatalog.SCORE;

class LedgerPropertiesTest {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);
    private static final List<String> CITY_DEDUCTIONS = List.of("ARREARS", "BREACH", "DESTROY", "DEBTOR", "CRIME",
            "JAYWALK");

    @Property
    void reversing_every_deduction_restores_the_base_score(@ForAll("cityDeductions") List<LedgerEvent> deductions,
                                                          @ForAll Random random) {
        List<LedgerEvent> ledger = new ArrayList<>(deductions);
        long nextId = deductions.size() + 1;
        for (LedgerEvent deduction : deductions) {
            LocalDate on = deduction.imposedOn().plusDays(random.nextInt(400));
            ledger.add(new LedgerEvent(nextId++, CITY.code(), deduction.ruleCode(), LedgerEventKind.REVERSAL, 0,
                    "AG-R", on, "REV-" + nextId, deduction.id(), null));
        }
        Standing standing = LedgerDerivation.standingAt(CITY, CATALOG, ledger, END.plusYears(2));
        Standing base = LedgerDerivation.standingAt(CITY, CATALOG, List.of(), END.plusYears(2));
        assertThat(standing.score()).isEqualTo(1000);
        assertThat(standing.grade()).isEqualTo(base.grade());
        assertThat(standing.sanctions()).isEqualTo(base.sanctions());
        assertThat(standing.contributions()).isEmpty();
    }

    @Property
    void the_order_of_entries_does_not_change_the_standing(@ForAll("cityLedgers") List<LedgerEvent> ledger,
                                                           @ForAll Random random) {
        List<LedgerEvent> shuffled = new ArrayList<>(ledger);
        Collections.shuffle(shuffled, random);
        LocalDate date = ledger.getFirst().imposedOn();
        assertThat(LedgerDerivation.standingAt(CITY, CATALOG, shuffled, date))
                .isEqualTo(LedgerDerivation.standingAt(CITY, CATALOG, ledger, date));
    }

    @Property
    void a_range_score_always_lies_within_its_bounds(@ForAll("scoreEntries") List<LedgerEvent> ledger) {
        Standing standing = LedgerDerivation.standingAt(SCORE, CATALOG, ledger, END);
        assertThat(standing.score()).isBetween(350, 950);
        assertThat(standing.grade()).isNotNull();
    }

    @Property
    void every_timeline_point_is_the_standing_derived_from_the_whole_ledger_that_day(
            @ForAll("cityLedgers") List<LedgerEvent> city, @ForAll("scoreEntries") List<LedgerEvent> otherScheme) {
        // Corrections, same-day entries and another scheme's entries all in one ledger.
        List<LedgerEvent> ledger = new ArrayList<>(city);
        long offset = 1_000;
        for (LedgerEvent e : otherScheme) {
            ledger.add(new LedgerEvent(e.id() + offset, e.schemeCode(), e.ruleCode(), e.kind(), e.points(),
                    e.agencyCode(), e.imposedOn(), e.reference(), null, null));
        }
        LocalDate until = END.plusYears(3);
        for (ScorePoint point : LedgerDerivation.timeline(CITY, CATALOG, ledger, until)) {
            Standing whole = LedgerDerivation.standingAt(CITY, CATALOG, ledger, point.date());
            assertThat(point.value()).as("value on %s", point.date()).isEqualTo(whole.plottedValue());
            assertThat(point.grade()).as("grade on %s", point.date()).isEqualTo(whole.grade());
        }
    }

    @Provide
    Arbitrary<List<LedgerEvent>> cityDeductions() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, (int) (END.toEpochDay() - START.toEpochDay()))
                .map(START::plusDays);
        Arbitrary<String> rules = Arbitraries.of(CITY_DEDUCTIONS);
        Arbitrary<Integer> points = Arbitraries.integers().between(-200, -1);
        return Combinators.combine(rules, points, dates).as(Draft::new).list().ofMaxSize(30).map(drafts -> {
            List<LedgerEvent> events = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                events.add(new LedgerEvent(i + 1, CITY.code(), d.rule(), LedgerEventKind.DEDUCTION, d.points(),
                        "AG-1", d.date(), "REF-" + (i + 1), null, null));
            }
            return events;
        });
    }

    /**
     * Entries and corrections crowded onto two days, so many share a day: deductions, additions,
     * then reversals and amendments naming earlier entries.
     */
    @Provide
    Arbitrary<List<LedgerEvent>> cityLedgers() {
        LocalDate day = LocalDate.of(2024, 6, 1);
        Arbitrary<Integer> offsets = Arbitraries.integers().between(0, 1);
        Arbitrary<Integer> points = Arbitraries.integers().between(-120, -1);
        Arbitrary<String> rules = Arbitraries.of(CITY_DEDUCTIONS);
        Arbitrary<List<Draft>> primaries = Combinators.combine(rules, points, offsets.map(day::minusDays))
                .as(Draft::new).list().ofMinSize(1).ofMaxSize(12);
        Arbitrary<List<int[]>> corrections = Combinators.combine(
                Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(-120, 0), offsets)
                .as((target, kind, amended, offset) -> new int[] {target, kind, amended, offset})
                .list().ofMaxSize(10);
        return Combinators.combine(primaries, corrections).as((drafts, fixes) -> {
            List<LedgerEvent> events = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                events.add(new LedgerEvent(i + 1, CITY.code(), d.rule(), LedgerEventKind.DEDUCTION, d.points(),
                        "AG-1", d.date(), "REF-" + (i + 1), null, null));
            }
            for (int[] fix : fixes) {
                LedgerEvent target = events.get(fix[0] % events.size());
                LedgerEventKind kind = fix[1] == 0 ? LedgerEventKind.AMENDMENT : LedgerEventKind.REVERSAL;
                long id = events.size() + 1L;
                events.add(new LedgerEvent(id, CITY.code(), target.ruleCode(), kind,
                        kind == LedgerEventKind.AMENDMENT ? fix[2] : 0, "AG-2", day.minusDays(fix[3]), "FIX-" + id,
                        target.id(), null));
            }
            // the standing is asked for on the later day: put an entry there first so the test can find it
            events.sort((a, b) -> b.imposedOn().compareTo(a.imposedOn()));
            return events;
        });
    }

    @Provide
    Arbitrary<List<LedgerEvent>> scoreEntries() {
        Arbitrary<Integer> points = Arbitraries.integers().between(-400, 400).filter(p -> p != 0);
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 1000).map(START::plusDays);
        return Combinators.combine(points, dates).as((p, d) -> new Draft(p < 0 ? "LATE" : "BONUS", p, d))
                .list().ofMaxSize(40).map(drafts -> {
                    List<LedgerEvent> events = new ArrayList<>();
                    for (int i = 0; i < drafts.size(); i++) {
                        Draft d = drafts.get(i);
                        LedgerEventKind kind = d.points() < 0 ? LedgerEventKind.DEDUCTION : LedgerEventKind.ADDITION;
                        events.add(new LedgerEvent(i + 1, SCORE.code(), d.rule(), kind, d.points(), "AG-1", d.date(),
                                "REF-" + (i + 1), null, null));
                    }
                    return events;
                });
    }

    private record Draft(String rule, int points, LocalDate date) {
    }
}
