package org.redress.cli;

import org.jspecify.annotations.Nullable;
import org.redress.store.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --workspace DIR} option of every command that works on a workspace that exists. A folder
 * that holds no workspace is refused with one sentence (exit 2) instead of being made into an empty
 * one: a mistyped path would otherwise report every agency unknown. Making a workspace is explicit
 * ({@code redress init}, {@code redress demo}).
 */
public final class WorkspaceOption {

    /** Exit code of a command given a folder that holds no workspace. */
    static final int NO_WORKSPACE = 2;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "The workspace folder (default: $" + WorkspaceLocation.ENVIRONMENT_VARIABLE
                    + ", else the platform's usual folder, on Linux ~/.local/share/redress/workspace).")
    @Nullable Path workspace;

    /** The folder chosen, whether or not a workspace is there. */
    Path folder() {
        return WorkspaceLocation.resolve(workspace);
    }

    /**
     * The workspace chosen, or null after one sentence on standard error saying that there is none
     * at the folder and how to make one; the command then exits {@link #NO_WORKSPACE}.
     */
    @Nullable Path existing(CommandSpec spec) {
        Path folder = folder();
        if (isWorkspace(folder)) {
            return folder;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(missing(commandName(spec), folder));
        err.flush();
        return null;
    }

    static boolean isWorkspace(Path folder) {
        return Files.isRegularFile(folder.resolve(Workspace.DATABASE_FILE));
    }

    static String missing(String command, Path folder) {
        return command + ": there is no workspace at " + folder + " (a workspace is a folder holding "
                + Workspace.DATABASE_FILE + "); check --workspace, or make one with: redress init --workspace " + folder
                + " (an empty office workspace) or redress demo (a demo in a folder of its own).";
    }

    private static String commandName(CommandSpec spec) {
        return spec.qualifiedName(" ");
    }
}
