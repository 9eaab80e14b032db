package org.redress.cli;

import org.redress.demo.DemoWorkspaceState;
import org.redress.ui.WorkstationScreenshot;
import org.redress.ui.common.Messages;
import org.redress.ui.shell.Screen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code redress screenshot}: a PNG of one screen of the workstation on a workspace, as a demo
 * officer sees it, with no display needed (the Headless platform is used when there is none).
 */
@Command(name = "screenshot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Writes a PNG picture of one screen of the workstation on a demo workspace, signed in as a demo "
                + "officer (a supervisor for approvals) without a password, once every background load has finished. "
                + "Only a workspace the demo generator made allows that; any other is refused.",
                "Needs no display: without one the toolkit runs on its Headless platform."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the picture was written", "1:the picture could not be made", "2:the command line is wrong, or there is no workspace at the folder"})
public final class ScreenshotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--screen", paramLabel = "SCREEN", defaultValue = "queue",
            description = "queue, case, decision, approvals, letters, reports, sync, notifications, settings, or first-run (the window on a computer "
                    + "with no workspace yet; needs none) (default ${DEFAULT-VALUE}).")
    String screen;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en or zh (default ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--out", paramLabel = "FILE.png", required = true, description = "Where to write the PNG.")
    Path file;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "The workspace folder (default: the demo's, as redress demo makes it).")
    Path workspace;

    @Option(names = "--case", paramLabel = "NO", description = "The case to show (case screen); default: a representative one.")
    String caseNo;

    @Option(names = "--officer", paramLabel = "ACCOUNT",
            description = "Sign in as this account (default: a supervisor for approvals, the case's assignee for a case, else an officer).")
    String officer;

    @Option(names = "--drill", paramLabel = "FIGURE",
            description = "Show the queue drilled into the first row with cases of this report figure "
                    + "(e.g. overturn_by_rule, open_by_status), signed in as a supervisor.")
    String drill;

    @Option(names = "--reading-pane", description = "The queue with its reading pane open on the first case.")
    boolean readingPane;

    @Option(names = "--width", defaultValue = "1440", description = "Width in pixels (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "900", description = "Height in pixels (default ${DEFAULT-VALUE}).")
    int height;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (screen.equalsIgnoreCase("first-run")) {
            return firstRun(out, err);
        }
        Screen chosen = switch (screen.toLowerCase(Locale.ROOT)) {
            case "queue" -> Screen.QUEUE;
            case "case" -> Screen.CASE;
            case "approvals" -> Screen.APPROVALS;
            case "settings" -> Screen.SETTINGS;
            case "decision" -> Screen.DECISION;
            case "letters" -> Screen.LETTERS;
            case "sync" -> Screen.SYNC;
            case "reports" -> Screen.REPORTS;
            case "notifications" -> Screen.NOTIFICATIONS;
            default -> {
                err.println("redress screenshot: --screen must be queue, case, decision, approvals, letters, reports, sync, "
                        + "notifications, settings or first-run, not " + screen);
                yield null;
            }
        };
        if (chosen == null) {
            err.flush();
            return 2;
        }
        if (!language.equals("en") && !language.equals("zh")) {
            err.println("redress screenshot: --lang must be en or zh, not " + language);
            err.flush();
            return 2;
        }
        if (width < 320 || height < 240 || width > 8000 || height > 8000) {
            err.println("redress screenshot: the picture must be 320×240 to 8000×8000 pixels");
            err.flush();
            return 2;
        }
        Path folder = WorkspaceLocation.demo(workspace);
        if (!WorkspaceOption.isWorkspace(folder)) {
            err.println(WorkspaceOption.missing("redress screenshot", folder));
            err.flush();
            return WorkspaceOption.NO_WORKSPACE;
        }
        try {
            var result = WorkstationScreenshot.take(new WorkstationScreenshot.Request(folder, chosen,
                    language.equals("zh") ? Messages.CHINESE : Messages.ENGLISH, file.toAbsolutePath(), caseNo, width,
                    height, officer, drill, readingPane));
            out.printf(Locale.ROOT, "Wrote %s (%s, %s, %d×%d) signed in as %s%s; ready after %d ms.%n", result.file(),
                    screen, language, width, height, result.officer(),
                    result.caseNo() == null ? "" : ", case " + result.caseNo(), result.readyMillis());
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            err.println("redress screenshot: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private int firstRun(PrintWriter out, PrintWriter err) {
        if (!language.equals("en") && !language.equals("zh")) {
            err.println("redress screenshot: --lang must be en or zh, not " + language);
            err.flush();
            return 2;
        }
        try (FirstRunChoices shown = new FirstRunChoices(WorkspaceLocation.resolve(null), WorkspaceLocation.demo(workspace),
                0, false)) {
            WorkstationScreenshot.firstRun(shown, language.equals("zh") ? Messages.CHINESE : Messages.ENGLISH,
                    file.toAbsolutePath(), width, height);
            out.printf(Locale.ROOT, "Wrote %s (first-run, %s, %d×%d).%n", file.toAbsolutePath(), language, width, height);
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            err.println("redress screenshot: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
