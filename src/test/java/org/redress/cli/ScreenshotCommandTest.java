package org.redress.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.demo.DemoBuilder;
import org.redress.demo.DemoRequest;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code redress screenshot} on the Headless platform (Surefire selects it) over a small demo. */
class ScreenshotCommandTest {

    @TempDir
    static Path folder;
    private static Path workspace;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void demo() {
        workspace = folder.resolve("ws");
        new DemoBuilder(new DemoRequest(120, 7, LocalDate.of(2026, 11, 27))).build(workspace);
    }

    private int run(String... args) {
        var cmd = new CommandLine(new RedressCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void a_picture_of_the_case_screen_in_chinese_is_written_at_the_asked_size() throws Exception {
        Path png = folder.resolve("pictures/case-zh.png");

        int code = run("screenshot", "--screen", "case", "--lang", "zh", "--out", png.toString(), "--workspace",
                workspace.toString());

        assertThat(code).as(err.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1440);
        assertThat(image.getHeight()).isEqualTo(900);
        assertThat(out.toString()).contains("Wrote " + png).contains("case RD-");
    }

    @Test
    void the_decision_screen_is_pictured_for_the_cases_assignee() {
        Path png = folder.resolve("decision.png");

        int code = run("screenshot", "--screen", "decision", "--out", png.toString(), "--workspace",
                workspace.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(png).isRegularFile();
    }

    @Test
    void approvals_are_pictured_as_a_supervisor_sees_them() {
        Path png = folder.resolve("approvals.png");

        int code = run("screenshot", "--screen", "approvals", "--out", png.toString(), "--workspace",
                workspace.toString(), "--width", "1000", "--height", "700");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("signed in as chen.jing");
        assertThat(png).isRegularFile();
    }

    @Test
    void unknown_screens_and_languages_are_refused_with_exit_2() {
        assertThat(run("screenshot", "--lang", "fr", "--out", "x.png", "--workspace", workspace.toString()))
                .isEqualTo(2);
        assertThat(run("screenshot", "--screen", "dashboard", "--out", "x.png", "--workspace", workspace.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("not fr").contains("not dashboard");
        assertThat(Files.exists(Path.of("x.png"))).isFalse();
    }

    @Test
    void a_workspace_the_demo_generator_did_not_make_signs_nobody_in_without_a_password_even_when_marked_by_hand()
            throws Exception {
        Path office = folder.resolve("office");
        try (org.redress.store.Database db = org.redress.store.Database.open(new org.redress.store.Workspace(office))) {
            db.writeAndWait(c -> {
                new org.redress.store.OfficerRepository(c).insert(new org.redress.store.OfficerRow(0, "li.na", "李娜",
                        "OFFICER", null, null, java.time.Instant.parse("2026-01-05T01:00:00Z")));
                org.redress.audit.AuditChain.sealExisting(c, java.time.Instant.parse("2026-01-05T01:00:00Z"));
                return null;
            });
        }
        Path png = folder.resolve("office.png");

        int plain = run("screenshot", "--out", png.toString(), "--workspace", office.toString());
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + office.resolve("redress.db"));
             var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO settings (key, value) VALUES ('workspace.kind', 'demo')");
        }
        int marked = run("screenshot", "--out", png.toString(), "--workspace", office.toString());

        assertThat(plain).isEqualTo(1);
        assertThat(marked).isEqualTo(1);
        assertThat(err.toString()).contains("without a password is only for demo workspaces");
        assertThat(png).doesNotExist();
    }

    @Test
    void a_folder_without_a_workspace_says_how_to_make_one() {
        int code = run("screenshot", "--out", folder.resolve("none.png").toString(), "--workspace",
                folder.resolve("empty").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("there is no workspace at").contains("redress demo");
        assertThat(folder.resolve("empty")).doesNotExist();
    }
}
