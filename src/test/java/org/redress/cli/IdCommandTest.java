package org.redress.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class IdCommandTest extends CommandTestSupport {



    @Test
    void valid_values_print_their_kind_and_exit_0() {
        int code = run("id", "check", "11010519491231002X", "91350100M000100Y43");

        assertThat(code).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "11010519491231002X\tRESIDENT_ID\tVALID",
                "91350100M000100Y43\tSOCIAL_CREDIT_CODE\tVALID");
    }

    @Test
    void a_checksum_mismatch_prints_the_expected_character_and_exits_1() {
        int code = run("id", "check", "11010519491231002X", "110105194912310025");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines()).contains(
                "110105194912310025\tRESIDENT_ID\tCHECKSUM_MISMATCH\tposition 18: the check character should be 'X', found '5'");
    }

    @Test
    void a_format_problem_wins_over_a_mismatch_and_exits_2() {
        int code = run("id", "check", "110105194912310025", "11010519491231002");

        assertThat(code).isEqualTo(2);
        assertThat(out.toString().lines()).hasSize(2).last().asString().isEqualTo(
                "11010519491231002\tUNRECOGNISED\tFORMAT\tlength 17: a resident ID has 18 characters "
                        + "(or 15 in the legacy form), a Unified Social Credit Code 18");
    }

    @Test
    void an_implausible_birth_date_is_valid_with_the_warning_after_the_verdict() {
        int code = run("id", "check", "440524188001010014");

        assertThat(code).isZero();
        assertThat(out.toString().lines()).containsExactly("440524188001010014\tRESIDENT_ID\tVALID\twarning: "
                + "position 7-14: 18800101 is a birth date before 1900, unlikely for a living person; check it against the card");
    }

    @Test
    void the_value_is_printed_as_given() {
        run("id", "check", " 11010519491231002x ");

        assertThat(out.toString()).isEqualTo(" 11010519491231002x \tRESIDENT_ID\tVALID" + System.lineSeparator());
    }

    @Test
    void a_subject_kind_can_be_forced() {
        int code = run("id", "check", "--as", "organisation", "11010519491231002X");

        assertThat(code).isNotZero();
        assertThat(out.toString()).startsWith("11010519491231002X\tSOCIAL_CREDIT_CODE\t");
    }

    @Test
    void the_help_documents_the_exit_codes() {
        int code = run("id", "check", "--help");

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("Exit codes:")
                .contains("0   every value is VALID")
                .contains("1   some value has a CHECKSUM_MISMATCH")
                .contains("2   some value has a FORMAT problem");
    }

    @Test
    void check_without_values_is_a_usage_error() {
        assertThat(run("id", "check")).isEqualTo(2);
        assertThat(err.toString()).contains("VALUE");
    }
}
