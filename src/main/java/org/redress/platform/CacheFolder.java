package org.redress.platform;

import java.nio.file.Path;
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
        String explicit = UserFolders.nonBlank(environment.get(ENVIRONMENT_VARIABLE));
        return explicit != null ? Path.of(explicit).toAbsolutePath().normalize()
                : UserFolders.cache(environment, osName, userHome);
    }
}
