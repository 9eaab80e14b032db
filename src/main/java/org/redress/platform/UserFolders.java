package org.redress.platform;

import org.jspecify.annotations.Nullable;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's usual per-user folders for Redress, in one place: its data (where the workspace
 * lives) and its cache (derived files).
 * <ul>
 *   <li>Linux: {@code ${XDG_DATA_HOME:-~/.local/share}/redress}, {@code ${XDG_CACHE_HOME:-~/.cache}/redress};
 *       a relative XDG variable is ignored, as the XDG specification says;</li>
 *   <li>macOS: {@code ~/Library/Application Support/Redress}, {@code ~/Library/Caches/Redress};</li>
 *   <li>Windows: {@code %LOCALAPPDATA%\Redress}, {@code %LOCALAPPDATA%\Redress\cache}.</li>
 * </ul>
 */
public final class UserFolders {

    private UserFolders() {
    }

    public static Path data(Map<String, String> environment, String osName, String userHome) {
        return switch (platform(osName)) {
            case WINDOWS -> localAppData(environment, userHome).resolve("Redress");
            case MAC -> Path.of(userHome, "Library", "Application Support", "Redress");
            case OTHER -> xdg(environment, "XDG_DATA_HOME", Path.of(userHome, ".local", "share")).resolve("redress");
        };
    }

    public static Path cache(Map<String, String> environment, String osName, String userHome) {
        return switch (platform(osName)) {
            case WINDOWS -> localAppData(environment, userHome).resolve("Redress").resolve("cache");
            case MAC -> Path.of(userHome, "Library", "Caches", "Redress");
            case OTHER -> xdg(environment, "XDG_CACHE_HOME", Path.of(userHome, ".cache")).resolve("redress");
        };
    }

    /** The value of an environment variable, or null when unset or blank. */
    public static @Nullable String nonBlank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private enum Platform { WINDOWS, MAC, OTHER }

    private static Platform platform(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return Platform.WINDOWS;
        }
        return os.startsWith("mac") || os.startsWith("darwin") ? Platform.MAC : Platform.OTHER;
    }

    private static Path localAppData(Map<String, String> environment, String userHome) {
        String localAppData = nonBlank(environment.get("LOCALAPPDATA"));
        return localAppData != null ? Path.of(localAppData) : Path.of(userHome, "AppData", "Local");
    }

    private static Path xdg(Map<String, String> environment, String variable, Path fallback) {
        String value = nonBlank(environment.get(variable));
        return value != null && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }
}
