package org.redress.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.letters.PdfAValidation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code redress report} on a demo workspace, as a supervisor and as an administrator: text, CSV and
 * PDF/A out, the period options, and the refusals (exit 2 for a usage error, 3 for no case data).
 */
class ReportCommandTest extends CommandTestSupport {

    private static final String PASSWORD = "report-test-passphrase-7";
    @TempDir
    static Path folder;
    private static Path workspace;

    @BeforeAll
    static void makeDemo() {
        workspace = folder.resolve("ws");
        ReportCommandTest setup = new ReportCommandTest();
        assertThat(setup.run("demo", "--cases", "80", "--seed", "5", "--today", "2026-11-27", "--workspace",
                workspace.toString(), "--no-open", "--no-hub")).isZero();
        addAccount(workspace, "boss", "SUPERVISOR", PASSWORD);
        addAccount(workspace, "root", "ADMINISTRATOR", PASSWORD);
    }

    private int report(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "report";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--workspace";
        all[args.length + 2] = workspace.toString();
        all[args.length + 3] = "--user";
        all[args.length + 4] = args.length > 0 && args[args.length - 1].equals("@root") ? "root" : "boss";
        return runAs(PASSWORD, java.util.Arrays.stream(all).filter(a -> !a.equals("@root")).toArray(String[]::new));
    }

    @Test
    void text_names_the_period_and_every_figure_of_the_report() {
        assertThat(report("caseload", "--from", "2026-09-01", "--to", "2026-11-27")).isZero();

        assertThat(out.toString()).contains("2026-09-01", "2026-11-27", "Intake per week")
                .doesNotContain("Overturn rate by rule");
        forgetOutput();
        assertThat(report("outcomes", "--lang", "zh")).isZero();
        assertThat(out.toString()).containsPattern("\\p{IsHan}");
    }

    @Test
    void csv_on_standard_output_is_an_export_with_the_period_and_safe_cells() {
        assertThat(report("people", "--format", "csv", "--from", "2026-01-01", "--to", "2026-06-30")).isZero();

        String[] lines = out.toString().split("\r?\n");
        assertThat(lines[0]).isEqualTo(String.join(",", org.redress.reports.ReportCsv.COLUMNS));
        assertThat(out.toString()).contains("period_from", "2026-01-01", "period_to", "2026-06-30");
        assertThat(out.toString().lines().skip(1)).allSatisfy(l -> assertThat(l).doesNotStartWith("="));
    }

    @Test
    void a_pdf_goes_to_a_file_that_is_pdf_a_and_never_over_another() throws IOException {
        Path pdf = folder.resolve("outcomes.pdf");
        assertThat(report("outcomes", "--format", "pdf", "--out", pdf.toString())).isZero();

        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfAValidation.violations(bytes)).isEmpty();
        assertThat(out.toString()).contains("Wrote", "counts below 5 suppressed");

        forgetOutput();
        assertThat(report("outcomes", "--format", "pdf", "--out", pdf.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("exists");
        assertThat(report("outcomes", "--format", "pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("needs --out");
    }

    @Test
    void bad_periods_and_names_are_usage_errors_and_an_administrator_sees_no_case_data() {
        assertThat(report("caseload", "--from", "2026-13-01")).isEqualTo(2);
        assertThat(report("caseload", "--from", "2026-11-27", "--to", "2026-01-01")).isEqualTo(2);
        assertThat(report("nonsense")).isEqualTo(2);
        assertThat(report("caseload", "--format", "xls")).isEqualTo(2);
        forgetOutput();

        assertThat(report("caseload", "@root")).isEqualTo(3);
        assertThat(err.toString()).contains("administrator sees no case data");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void list_names_the_four_reports_without_a_workspace() {
        assertThat(run("report", "--list")).isZero();
        assertThat(out.toString()).contains("caseload", "outcomes", "discrepancies", "people");
    }
}
