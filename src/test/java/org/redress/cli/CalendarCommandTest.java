package org.redress.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarCommandTest extends CommandTestSupport {



    private String firstLine() {
        return out.toString().lines().findFirst().orElse("");
    }

    @Test
    void deadline_prints_the_nth_working_day_after_receipt_across_the_spring_festival() {
        int code = run("calendar", "deadline", "--from", "2026-02-13", "--working-days", "2");
        assertThat(code).isZero();
        assertThat(firstLine()).isEqualTo("2026-02-24");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void deadline_on_a_make_up_saturday_is_printed_as_is() {
        assertThat(run("calendar", "deadline", "--from", "2026-02-13", "--working-days", "1")).isZero();
        assertThat(firstLine()).isEqualTo("2026-02-14");
    }

    @Test
    void deadline_in_a_year_without_data_still_prints_the_date_and_warns_on_stderr() {
        int code = run("calendar", "deadline", "--from", "2101-03-04", "--working-days", "3");
        assertThat(code).isZero();
        assertThat(firstLine()).isEqualTo("2101-03-09");
        assertThat(err.toString()).contains("warning: no official calendar for 2101: weekends only assumed for 2101-03-05 to 2101-03-09");
    }

    @Test
    void deadline_in_a_year_without_its_notice_skips_the_statutory_holidays_and_says_so() {
        // 2026-12-11 + 15 working days was 1 January 2027 while 2027 counted weekends only.
        int code = run("calendar", "deadline", "--from", "2026-12-11", "--working-days", "15");
        assertThat(code).isZero();
        assertThat(firstLine()).isEqualTo("2027-01-04");
        assertThat(err.toString()).contains("warning: no published holiday notice for 2027: statutory holidays computed "
                + "from the national holidays measures, weekends worked in exchange not yet known, for 2027-01-01 to 2027-01-04");
    }

    @Test
    void deadline_honours_pauses_and_reports_an_open_one_as_suspended() {
        assertThat(run("calendar", "deadline", "--from", "2026-03-02", "--working-days", "15",
                "--pause", "2026-03-10..2026-03-13")).isZero();
        assertThat(firstLine()).isEqualTo("2026-03-26");

        out.getBuffer().setLength(0);
        assertThat(run("calendar", "deadline", "--from", "2026-03-02", "--working-days", "15",
                "--pause", "2026-03-10..")).isZero();
        assertThat(firstLine()).isEqualTo("suspended");
        assertThat(out.toString()).contains("since 2026-03-10", "5 working days used", "10 remaining");
    }

    @Test
    void an_unparsable_date_exits_2_with_a_clear_message() {
        int code = run("calendar", "deadline", "--from", "2026-02-30", "--working-days", "2");
        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("--from", "'2026-02-30' is not a date (expected YYYY-MM-DD)");
    }

    @Test
    void a_negative_number_of_working_days_exits_2() {
        int code = run("calendar", "deadline", "--from", "2026-02-13", "--working-days", "-1");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--working-days", "0");
    }

    @Test
    void a_malformed_pause_exits_2() {
        int code = run("calendar", "deadline", "--from", "2026-03-02", "--working-days", "15",
                "--pause", "2026-03-10");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--pause", "FROM..RESUMED");
    }

    @Test
    void a_pause_before_receipt_exits_2() {
        int code = run("calendar", "deadline", "--from", "2026-03-02", "--working-days", "15",
                "--pause", "2026-02-20..2026-03-04");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("before the day of receipt");
    }

    @Test
    void a_missing_option_exits_2() {
        assertThat(run("calendar", "deadline", "--from", "2026-02-13")).isEqualTo(2);
        assertThat(err.toString()).contains("--working-days");
    }

    @Test
    void show_lists_the_holidays_and_make_up_days_of_a_year_with_their_source() {
        int code = run("calendar", "show", "--year", "2026");
        assertThat(code).isZero();
        String text = out.toString();
        assertThat(text).contains("国办发明电〔2025〕7号", "2025-11-04",
                "2026-02-15 to 2026-02-23  9 days  春节 / Spring Festival",
                "2026-02-14 Saturday", "2026-09-20 Sunday", "2026-10-10 Saturday");
        assertThat(text.lines().filter(l -> l.matches("\\s+\\d{4}-\\d{2}-\\d{2} to .*"))).hasSize(7);
    }

    @Test
    void show_for_a_year_without_data_says_so_and_exits_1() {
        int code = run("calendar", "show", "--year", "2100");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("no official calendar for 2100", "2024", "2026");
    }
}
