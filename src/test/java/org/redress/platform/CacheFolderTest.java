package org.redress.platform;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CacheFolderTest {

    @Test
    void linuxUsesXdgCacheHomeWhenAbsoluteElseDotCache() {
        assertThat(CacheFolder.resolve(Map.of("XDG_CACHE_HOME", "/var/tmp/c"), "Linux", "/home/li"))
                .isEqualTo(Path.of("/var/tmp/c/redress"));
        assertThat(CacheFolder.resolve(Map.of("XDG_CACHE_HOME", "relative/c"), "Linux", "/home/li"))
                .isEqualTo(Path.of("/home/li/.cache/redress"));
        assertThat(CacheFolder.resolve(Map.of(), "Linux", "/home/li")).isEqualTo(Path.of("/home/li/.cache/redress"));
    }

    @Test
    void macAndWindowsUseTheirUsualCacheFolders() {
        assertThat(CacheFolder.resolve(Map.of(), "Mac OS X", "/Users/li"))
                .isEqualTo(Path.of("/Users/li/Library/Caches/Redress"));
        assertThat(CacheFolder.resolve(Map.of("LOCALAPPDATA", "/c/Users/li/AppData/Local"), "Windows 11", "/c/Users/li"))
                .isEqualTo(Path.of("/c/Users/li/AppData/Local/Redress/cache"));
    }

    @Test
    void theEnvironmentVariableWinsEverywhere() {
        assertThat(CacheFolder.resolve(Map.of("REDRESS_CACHE", "/srv/cache", "XDG_CACHE_HOME", "/x"), "Linux", "/home/li"))
                .isEqualTo(Path.of("/srv/cache"));
    }
}
