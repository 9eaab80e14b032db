package org.redress.platform;

import org.jspecify.annotations.Nullable;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user cache folder: {@code REDRESS_CACHE} if set, else the platform's usual place —
 * Linux {@code ${XDG_CACHE_HOME:-~/.cache}/redress}, macOS {@code ~/Library/Caches/Redress},
 * Windows {@code %LOCALAPPDATA%\Redress\cache}. Everything in it is derived and may be deleted.
 */
public final class CacheFolder {

    public static final String ENVIRONMENT_VARIABLE = "REDRESS_CACHE";

    private CacheFolder() {
    }

    /** The cache folder for this user on this machine (not created). */
    public static Path resolve() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(Map<String, String> environment, String osName, String userHome) {
        String explicit = nonBlank(environment.get(ENVIRONMENT_VARIABLE));
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String localAppData = nonBlank(environment.get("LOCALAPPDATA"));
            Path base = localAppData != null ? Path.of(localAppData) : home.resolve("AppData").resolve("Local");
            return base.resolve("Redress").resolve("cache");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Caches").resolve("Redress");
        }
        String xdgCacheHome = nonBlank(environment.get("XDG_CACHE_HOME"));
        // XDG says a relative XDG_CACHE_HOME is invalid and must be ignored.
        Path base = xdgCacheHome != null && Path.of(xdgCacheHome).isAbsolute()
                ? Path.of(xdgCacheHome) : home.resolve(".cache");
        return base.resolve("redress");
    }

    private static @Nullable String nonBlank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
