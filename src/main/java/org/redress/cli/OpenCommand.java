package org.redress.cli;

import org.redress.demo.DemoRequest;
import org.redress.ui.StartupProbe;
import org.redress.ui.Workstation;
import org.redress.ui.common.FxRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code redress open}: the officer's everyday start — the workstation window on an existing
 * workspace, with nothing else started beside it (sync goes to the hub the workspace is set up for).
 * {@code redress demo} is the one that makes a workspace and starts a hub of its own.
 */
@Command(name = "open",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Opens the workstation window on a workspace that exists (made by redress demo, or an office's).",
                "Starts nothing beside it: sync uses the hub the workspace is set up for. On a computer with no workspace "
                        + "yet (and no --workspace named) the window first offers the demo, made in a folder of its own, or "
                        + "connecting to the office's hub."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the window was closed", "1:the workspace could not be opened", "2:no workspace or no display"})
public final class OpenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path chosen = workspace.folder();
        // The first start on a computer (the menu entry names no folder): offer the demo or the office's hub.
        if (workspace.workspace == null && !WorkspaceOption.isWorkspace(chosen) && FxRuntime.hasDisplay()) {
            out.println("No workspace at " + chosen + " yet: the window offers the demo or connecting to your office's hub.");
            out.flush();
            try (FirstRunChoices choices = new FirstRunChoices(chosen, WorkspaceLocation.demo(null),
                    DemoRequest.DEFAULT_CASES, true)) {
                return Workstation.firstRun(choices) == 0 ? 0 : 1;
            } catch (FxRuntime.ToolkitUnavailable e) {
                err.println("redress open: " + e.getMessage() + ".");
                err.flush();
                return 2;
            }
        }
        Path folder = workspace.existing(spec);
        if (folder == null) {
            return WorkspaceOption.NO_WORKSPACE;
        }
        // Without a display only a measured start (redress bench startup) runs: it closes the window itself.
        if (!FxRuntime.hasDisplay() && StartupProbe.fromSystemProperties().isEmpty()) {
            err.println("redress open: there is no display here to open the window on; see its screens with: "
                    + "redress screenshot --workspace " + folder + " --screen queue --out queue.png");
            err.flush();
            return 2;
        }
        out.flush();
        try {
            return Workstation.open(folder) == 0 ? 0 : 1;
        } catch (FxRuntime.ToolkitUnavailable e) {
            err.println("redress open: " + e.getMessage() + "; see its screens meanwhile with: "
                    + "redress screenshot --workspace " + folder + " --screen queue --out queue.png");
            err.flush();
            return 2;
        }
    }
}
