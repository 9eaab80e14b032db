package org.redress.letters;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.appeal.OutcomeKind;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code letters export --decided-since}: letters only for cases without a current one, unless told to re-issue. */
class LetterExportTest {

    @TempDir
    Path root;

    @Test
    void exportingTwiceIssuesNothingTheSecondTimeAndSaysSoAndReissueIssuesAgain() throws Exception {
        List<String> cases;
        try (LetterWorkspace workspace = new LetterWorkspace(root.resolve("ws"))) {
            cases = List.of(workspace.decidedCase("甲", "110105199001010001", OutcomeKind.REVERSED, "理由。"),
                    workspace.decidedCase("乙", "110105199001010002", OutcomeKind.UPHELD, "理由。"),
                    workspace.decidedCase("丙", "110105199001010003", OutcomeKind.REVERSED, "理由。"));
            // One case has its letter already: the first export leaves it alone.
            workspace.issuer().issue(cases.get(1), LetterLanguage.ZH, LetterPress.create(), null, 1L);
        }
        String ws = root.resolve("ws").toString();

        StringWriter first = new StringWriter();
        assertThat(run(first, "letters", "export", "--decided-since", "2026-03-01", "--out", root.resolve("a").toString(),
                "--workspace", ws)).as(first.toString()).isZero();
        assertThat(first.toString()).contains(cases.get(0), cases.get(2)).doesNotContain(cases.get(1) + "  ")
                .contains("2 letter(s) issued, 0 failed, 1 case(s) left alone that already have a current letter");
        assertThat(pdfs(root.resolve("a"))).hasSize(2);

        StringWriter second = new StringWriter();
        assertThat(run(second, "letters", "export", "--decided-since", "2026-03-01", "--out", root.resolve("b").toString(),
                "--workspace", ws)).isZero();
        assertThat(second.toString().strip()).isEqualTo("nothing to issue: all 3 decided case(s) since 2026-03-01"
                + " already have a current letter; --reissue issues them again");
        assertThat(pdfs(root.resolve("b"))).isEmpty();

        StringWriter one = new StringWriter();
        assertThat(run(one, "letters", "export", "--case", cases.get(0), "--out", root.resolve("c").toString(),
                "--workspace", ws)).isZero();
        assertThat(one.toString()).startsWith("left alone: " + cases.get(0) + " already has its current letter RD-L-");

        StringWriter again = new StringWriter();
        assertThat(run(again, "letters", "export", "--decided-since", "2026-03-01", "--reissue", "--out",
                root.resolve("d").toString(), "--workspace", ws)).isZero();
        assertThat(again.toString()).contains("(supersedes an earlier letter)").contains("3 letter(s) issued, 0 failed");
        assertThat(pdfs(root.resolve("d"))).hasSize(3);
    }

    private static List<Path> pdfs(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).toList();
        }
    }

    /** Runs a command signed in as li.na (the password from the environment, as a script gives it). */
    private static int run(StringWriter out, String... args) throws Exception {
        var line = new picocli.CommandLine(new org.redress.cli.RedressCommand());
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(out));
        String[] signedIn = java.util.Arrays.copyOf(args, args.length + 2);
        signedIn[args.length] = "--user";
        signedIn[args.length + 1] = "li.na";
        try (AutoCloseable ignored = org.redress.cli.SignInOption.environmentForTests(
                java.util.Map.of(org.redress.cli.SignInOption.PASSWORD_VARIABLE, LetterWorkspace.PASSWORD))) {
            return line.execute(signedIn);
        }
    }
}
