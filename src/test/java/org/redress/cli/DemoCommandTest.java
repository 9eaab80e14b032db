package org.redress.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest extends CommandTestSupport {

    @TempDir
    Path folder;



    @Test
    void demo_makes_the_workspace_prints_its_summary_with_the_passwords_once_and_exits_0() {
        Path workspace = folder.resolve("ws");

        int code = run("demo", "--cases", "150", "--seed", "11", "--today", "2026-11-27", "--workspace",
                workspace.toString(), "--no-open");

        assertThat(code).isZero();
        String printed = out.toString();
        assertThat(printed).contains("Demo workspace made at " + workspace)
                .contains("荣成市社会信用复核办公室 (Rongcheng Social Credit Review Office)")
                .contains("Cases by status (150 in all)")
                .containsPattern("IN_REVIEW\\s+38")
                .contains("Open cases on 2026-11-27")
                .contains("RONGCHENG_POINTS")
                .containsPattern("wang\\.fang\\s+OFFICER\\s+王芳\\s+[a-z]+-\\d{4}-[a-z]+")
                .contains("(seconded from RC-TRAFFIC)")
                .contains("Workspace: " + workspace)
                .doesNotContain("desktop");
        assertThat(workspace.resolve("redress.db")).isRegularFile();
    }

    @Test
    void a_second_demo_on_the_same_folder_reports_it_and_regenerates_nothing() throws SQLException {
        Path workspace = folder.resolve("ws");
        run("demo", "--cases", "120", "--seed", "11", "--today", "2026-11-27", "--workspace", workspace.toString(),
                "--no-open");
        String firstCases = caseNumbers(workspace);
        out.getBuffer().setLength(0);

        int code = run("demo", "--cases", "300", "--seed", "99", "--today", "2026-11-27", "--workspace",
                workspace.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("A demo workspace already exists at " + workspace + ": it was not regenerated.")
                .contains("Cases by status (120 in all)")
                .contains("Passwords were shown when the workspace was made")
                .doesNotContainPattern("[a-z]+-\\d{4}-[a-z]+");
        assertThat(caseNumbers(workspace)).isEqualTo(firstCases);
    }

    @Test
    void two_demos_from_the_same_public_seed_get_different_passwords() {
        run("demo", "--cases", "20", "--seed", "11", "--today", "2026-11-27", "--workspace",
                folder.resolve("a").toString(), "--no-open");
        String first = passwordOf("wang.fang", out.toString());
        forgetOutput();
        run("demo", "--cases", "20", "--seed", "11", "--today", "2026-11-27", "--workspace",
                folder.resolve("b").toString(), "--no-open");

        assertThat(passwordOf("wang.fang", out.toString())).isNotEqualTo(first);
    }

    private static String passwordOf(String username, String printed) {
        var matcher = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(username)
                + "\\s+\\S+\\s+\\S+\\s+([a-z]+-\\d{4}-[a-z]+)").matcher(printed);
        assertThat(matcher.find()).as(printed).isTrue();
        return matcher.group(1);
    }

    @Test
    void an_offices_workspace_is_never_touched_by_the_demo() throws Exception {
        Path office = folder.resolve("office");
        assertThat(run("init", "--workspace", office.toString())).isZero();
        byte[] before = Files.readAllBytes(office.resolve("redress.db"));
        forgetOutput();

        int code = run("demo", "--cases", "20", "--workspace", office.toString(), "--no-open", "--hub", "https://127.0.0.1:9");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("is an office's workspace, not a demo; the demo never touches one");
        assertThat(Files.readAllBytes(office.resolve("redress.db"))).isEqualTo(before);
    }

    @Test
    void a_folder_holding_other_files_is_refused_with_exit_1() throws Exception {
        Path occupied = Files.createDirectories(folder.resolve("papers"));
        Files.writeString(occupied.resolve("letter.txt"), "keep me");

        int code = run("demo", "--cases", "10", "--workspace", occupied.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("holds files that are not a Redress workspace");
        assertThat(occupied.resolve("letter.txt")).hasContent("keep me");
    }

    @Test
    void a_bad_case_count_or_date_is_refused() {
        assertThat(run("demo", "--cases", "0", "--workspace", folder.resolve("x").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("1 to");
        assertThat(run("demo", "--today", "27/11/2026")).isEqualTo(2);
    }

    private static String caseNumbers(Path workspace) throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("redress.db"));
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT group_concat(case_no || ':' || status, ',') FROM "
                     + "(SELECT case_no, status FROM appeal_case ORDER BY id)")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
