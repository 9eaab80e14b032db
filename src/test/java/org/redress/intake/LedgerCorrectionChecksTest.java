package org.redress.intake;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.appeal.ReDeductionGuard;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.intake.ImportFixture.deduction;
import static org.redress.intake.ImportFixture.entry;

/**
 * A correction must fit the entry it corrects, an entry is reversed once, and a reversed deduction
 * cannot come back re-dated (issue #12).
 */
class LedgerCorrectionChecksTest {
    @TempDir
    Path dir;
    ImportFixture ws;

    @BeforeEach
    void open() {
        ws = new ImportFixture(dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static String reversal(String reference, int points, String imposedOn, String target) {
        return entry(reference, "RC-FIN-03", points, imposedOn, "REVERSAL", target);
    }

    private static FeedProblem onlyError(ImportReport r) {
        assertThat(r.committed()).isFalse();
        assertThat(r.problems()).filteredOn(FeedProblem::isError).hasSize(1);
        return r.problems().stream().filter(FeedProblem::isError).findFirst().orElseThrow();
    }

    // --- a correction's points and rule must fit its target ---

    @Test
    void a_reversal_with_points_that_do_not_restore_its_target_is_refused() throws IOException {
        FeedProblem p = onlyError(ws.ledger("r.csv", deduction("B-1", "2026-03-02"), reversal("B-1R", 999, "2026-05-02", "B-1")));

        assertThat(p.where().position()).isEqualTo("line 3");
        assertThat(p.field()).isEqualTo("points");
        assertThat(p.message()).contains("999", "B-1", "-20", "20");
    }

    @Test
    void a_reversal_repeating_the_targets_sign_is_refused_and_the_restoring_one_is_taken() throws IOException {
        assertThat(onlyError(ws.ledger("sign.csv", deduction("B-1", "2026-03-02"), reversal("B-1R", -20, "2026-05-02", "B-1")))
                .field()).isEqualTo("points");

        ImportReport r = ws.ledger("ok.csv", deduction("B-1", "2026-03-02"), reversal("B-1R", 20, "2026-05-02", "B-1"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.ledgerImported()).isEqualTo(2);
    }

    @Test
    void an_amendment_under_another_rule_than_its_target_is_refused() throws IOException {
        // RC-JUD-04 allows -150; the target was imposed under RC-ADM-01 (-30 to -20).
        FeedProblem p = onlyError(ws.ledger("a.csv", entry("B-1", "RC-ADM-01", -30, "2026-03-02", "DEDUCTION", ""),
                entry("B-1A", "RC-JUD-04", -150, "2026-05-02", "AMENDMENT", "B-1")));

        assertThat(p.where().position()).isEqualTo("line 3");
        assertThat(p.field()).isEqualTo("rule");
        assertThat(p.message()).contains("RC-ADM-01", "RC-JUD-04", "B-1");
    }

    @Test
    void an_amendment_within_its_targets_rule_is_taken_and_one_outside_is_refused() throws IOException {
        String target = entry("B-1", "RC-ADM-01", -30, "2026-03-02", "DEDUCTION", "");
        assertThat(ws.ledger("in.csv", target, entry("B-1A", "RC-ADM-01", -20, "2026-05-02", "AMENDMENT", "B-1"))
                .problems()).isEmpty();

        FeedProblem p = onlyError(ws.ledger("out.csv", entry("B-1B", "RC-ADM-01", -45, "2026-05-03", "AMENDMENT", "B-1")));

        assertThat(p.field()).isEqualTo("points");
        assertThat(p.message()).contains("-45");
    }

    @Test
    void the_validator_alone_as_the_hub_uses_it_refuses_an_amendment_no_version_of_its_rule_allows() {
        var validator = new LedgerRecordValidator(new IntakeRules(org.redress.catalog.SchemeCatalog.loadDefault(),
                java.util.Set.of("RC-BANK"), LocalDate.of(2026, 11, 27)));
        java.util.Map<String, String> fields = new java.util.HashMap<>(java.util.Map.of("reference", "B-1A",
                "agency", "RC-BANK", "subject_id", ImportFixture.ZHANG, "subject_name", "张三",
                "scheme", "RONGCHENG_POINTS", "rule", "RC-ADM-01", "points", "-999", "imposed_on", "2026-05-02",
                "kind", "AMENDMENT", "target_reference", "B-1"));
        java.util.List<FeedProblem> problems = new java.util.ArrayList<>();

        Object valid = validator.validate(new RawRecord(FeedKind.LEDGER, SourceLocation.csvLine("f.csv", 2), fields), problems);

        assertThat(valid).isNull();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("points"));
    }

    @Test
    void a_correction_dated_before_its_target_is_refused() throws IOException {
        FeedProblem p = onlyError(ws.ledger("d.csv", deduction("B-1", "2026-03-02"), reversal("B-1R", 20, "2026-03-01", "B-1")));

        assertThat(p.field()).isEqualTo("imposed_on");
        assertThat(p.message()).contains("2026-03-01", "B-1", "2026-03-02");
    }

    // --- an entry is reversed once ---

    @Test
    void a_second_reversal_of_the_same_entry_in_one_file_is_refused_naming_the_first() throws IOException {
        FeedProblem p = onlyError(ws.ledger("twice.csv", deduction("B-1", "2026-03-02"),
                reversal("B-1R", 20, "2026-05-02", "B-1"), reversal("B-1R2", 20, "2026-05-03", "B-1")));

        assertThat(p.where().position()).isEqualTo("line 4");
        assertThat(p.field()).isEqualTo("target_reference");
        assertThat(p.message()).contains("B-1", "already reversed", "B-1R", "this file");
    }

    @Test
    void reversing_an_entry_the_workspace_already_holds_reversed_is_refused_and_re_importing_changes_nothing()
            throws IOException {
        Path first = ws.file("first.csv", ImportFixture.LEDGER + "\n" + deduction("B-1", "2026-03-02")
                + reversal("B-1R", 20, "2026-05-02", "B-1"));
        assertThat(ws.importer.importFile(first, ImportMode.ALL_OR_NOTHING).problems()).isEmpty();

        FeedProblem p = onlyError(ws.ledger("again.csv", reversal("B-1R2", 20, "2026-06-02", "B-1")));
        ImportReport same = ws.importer.importFile(first, ImportMode.ALL_OR_NOTHING);

        assertThat(p.field()).isEqualTo("target_reference");
        assertThat(p.message()).contains("already reversed", "B-1R").doesNotContain("this file");
        assertThat(same.problems()).isEmpty();
        assertThat(same.ledgerUnchanged()).isEqualTo(2);
    }

    // --- the re-deduction guard recognises a re-sent deduction by what it is ---

    @Test
    void a_reversed_deduction_re_sent_one_day_later_under_a_new_reference_is_refused() throws IOException {
        ws.ledger("1.csv", deduction("B-1", "2026-03-02"), reversal("B-1R", 20, "2026-05-02", "B-1"));

        FeedProblem p = onlyError(ws.ledger("2.csv", deduction("B-9", "2026-03-03")));

        assertThat(p.where().position()).isEqualTo("line 2");
        assertThat(p.field()).isEqualTo("imposed_on");
        assertThat(p.message()).contains("B-9", "B-1");
    }

    @Test
    void the_guard_holds_within_the_window_either_side_and_not_beyond() throws IOException {
        ws.ledger("1.csv", deduction("B-1", "2026-03-02"), reversal("B-1R", 20, "2026-05-02", "B-1"));
        LocalDate imposed = LocalDate.of(2026, 3, 2);
        int window = ReDeductionGuard.RESENT_WITHIN_DAYS;

        assertThat(ws.ledger("early.csv", deduction("B-E", imposed.minusDays(window).toString())).committed()).isFalse();
        assertThat(ws.ledger("late.csv", deduction("B-L", imposed.plusDays(window).toString())).committed()).isFalse();
        ImportReport beyond = ws.ledger("beyond.csv", deduction("B-N", imposed.plusDays(window + 1).toString()));
        assertThat(beyond.problems()).isEmpty();
        assertThat(beyond.committed()).isTrue();
    }

    @Test
    void a_deduction_re_sent_in_the_same_file_as_its_reversal_is_refused() throws IOException {
        FeedProblem p = onlyError(ws.ledger("one.csv", deduction("B-1", "2026-03-02"),
                reversal("B-1R", 20, "2026-05-02", "B-1"), deduction("B-9", "2026-03-05")));

        assertThat(p.where().position()).isEqualTo("line 4");
        assertThat(p.message()).contains("B-9", "B-1");
    }

    @Test
    void other_points_another_rule_or_another_agency_are_another_deduction() throws IOException {
        ws.ledger("1.csv", deduction("B-1", "2026-03-02"), reversal("B-1R", 20, "2026-05-02", "B-1"));

        ImportReport r = ws.ledger("2.csv",
                entry("B-5", "RC-FIN-02", -5, "2026-03-03", "DEDUCTION", ""),
                "C-1,RC-COURT," + ImportFixture.ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-03,DEDUCTION,\n");

        assertThat(r.problems()).isEmpty();
        assertThat(r.ledgerImported()).isEqualTo(2);
    }

    @Test
    void citing_a_decision_that_authorises_nothing_does_not_pass_the_guard() throws IOException {
        ws.ledger("1.csv", deduction("B-1", "2026-03-02"), reversal("B-1R", 20, "2026-05-02", "B-1"));

        ImportReport r = ws.importer.importFile(ws.file("2.csv", FeedImporterTest.HEADER + ",decision_ref\n"
                + "B-9,RC-BANK," + ImportFixture.ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-04,D-77\n"),
                ImportMode.ALL_OR_NOTHING);

        assertThat(onlyError(r).message()).contains("D-77", "does not authorise");
    }
}
