package org.redress.cli;

import org.jspecify.annotations.Nullable;
import org.redress.platform.UserFolders;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where an officer's workspace lives when no {@code --workspace} is given: {@code REDRESS_WORKSPACE}
 * if set, else the platform's usual folder for application data —
 * Linux {@code ${XDG_DATA_HOME:-~/.local/share}/redress/workspace},
 * macOS {@code ~/Library/Application Support/Redress/workspace},
 * Windows {@code %LOCALAPPDATA%\Redress\workspace}.
 * The demo has a folder of its own beside it ({@code …/redress/demo}), so invented cases never land
 * in an office's workspace.
 */
public final class WorkspaceLocation {

    public static final String ENVIRONMENT_VARIABLE = "REDRESS_WORKSPACE";

    private WorkspaceLocation() {
    }

    /** The workspace folder: the explicit choice, else the environment's, else the platform default. */
    public static Path resolve(@Nullable Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(@Nullable Path explicit, Map<String, String> environment, String osName, String userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String fromEnvironment = UserFolders.nonBlank(environment.get(ENVIRONMENT_VARIABLE));
        if (fromEnvironment != null) {
            return Path.of(fromEnvironment).toAbsolutePath().normalize();
        }
        return platformDefault(environment, osName, userHome);
    }

    /** The demo's folder: the explicit choice, else {@code demo} beside the officer's workspace (never $REDRESS_WORKSPACE). */
    public static Path demo(@Nullable Path explicit) {
        return demo(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path demo(@Nullable Path explicit, Map<String, String> environment, String osName, String userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        return UserFolders.data(environment, osName, userHome).resolve("demo");
    }

    /** The default data folder of an embedded office hub: {@code hub} in the platform's data folder. */
    public static Path hubData() {
        return UserFolders.data(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."))
                .resolve("hub");
    }

    static Path platformDefault(Map<String, String> environment, String osName, String userHome) {
        return UserFolders.data(environment, osName, userHome).resolve("workspace");
    }
}
