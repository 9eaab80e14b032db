package org.redress.cli;

import org.redress.demo.DemoWorkspaceState;
import org.redress.store.Database;
import org.redress.store.Workspace;
import org.redress.vault.RecoveryKey;
import org.redress.vault.WorkspaceKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code redress init}: makes an empty office workspace, the one explicit way besides the demo. */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Makes an empty office workspace in a new or empty folder.",
                "Connect it to the office's hub next (redress sync --hub URL --user NAME), or import an agency feed "
                        + "into it. Every other command refuses a folder that holds no workspace."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the workspace was made", "1:the folder already holds a workspace, or other files, and was left as it is",
                "2:the command line is wrong"})
public final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = workspace.folder();
        switch (DemoWorkspaceState.of(folder)) {
            case POPULATED -> {
                err.println("redress init: " + folder + " is a workspace already; nothing was changed.");
                err.flush();
                return 1;
            }
            case OCCUPIED -> {
                err.println("redress init: " + folder + " holds other files; choose a new or empty folder with --workspace.");
                err.flush();
                return 1;
            }
            case ABSENT -> {
                try (Database db = Database.open(Workspace.create(folder))) {
                    // The key is kept in an open slot until the first officer signs in here and gets a slot of their own.
                    RecoveryKey recovery = new WorkspaceKeys(db, Clock.systemUTC()).create(true);
                    out.println("Made an empty workspace at " + folder + ".");
                    KeysCommand.printRecoveryKey(out, recovery);
                    out.println("Next: connect it to your office's hub with: redress sync --workspace " + folder
                            + " --hub https://HUB:8470 --user NAME");
                }
            }
        }
        out.flush();
        return 0;
    }
}
