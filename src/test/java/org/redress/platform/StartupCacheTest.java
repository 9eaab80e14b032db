package org.redress.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class StartupCacheTest {

    private static final Path JAVA = Path.of("/opt/redress/lib/runtime/bin/java");

    @Test
    void aJvmStartedWithoutAnAotCacheHasNothingToBuild() {
        assertThat(StartupCache.of(List.of("-Dfile.encoding=UTF-8", "-XX:SharedArchiveFile=/x.jsa"), JAVA, "a.jar", true))
                .isEmpty();
    }

    @Test
    void theCacheIsWhereTheLaunchersOptionSaysAndChildrenInheritTheRestOfItsOptions(@TempDir Path dir) {
        Path target = dir.resolve("redress-0.1.0-abc.aot");
        StartupCache cache = StartupCache.of(List.of("--enable-native-access=ALL-UNNAMED,javafx.graphics",
                "-Dorg.sqlite.lib.path=/opt/redress/lib/app/native", "-XX:AOTCache=" + target, "-Xlog:aot=off",
                "-Xlog:cds=off", "-Dredress.bench.signIn=wang.fang", "-Djpackage.app-path=/opt/redress/bin/redress"),
                JAVA, "/opt/redress/lib/app/redress.jar:/opt/redress/lib/app/lib/x.jar", false).orElseThrow();

        assertThat(cache.target()).isEqualTo(target);
        assertThat(cache.inUse()).isFalse();
        assertThat(cache.javaCommand(List.of("-XX:AOTMode=record"), "org.redress.cli.Main", List.of("--version")))
                .containsExactly(JAVA.toString(), "--enable-native-access=ALL-UNNAMED,javafx.graphics",
                        "-Dorg.sqlite.lib.path=/opt/redress/lib/app/native", "-Djpackage.app-path=/opt/redress/bin/redress",
                        "-XX:AOTMode=record", "-cp", "/opt/redress/lib/app/redress.jar:/opt/redress/lib/app/lib/x.jar",
                        "org.redress.cli.Main", "--version");
    }

    @Test
    void aCacheInUseIsNotBuiltAgain(@TempDir Path dir) {
        StartupCache cache = StartupCache.of(List.of("-XX:AOTCache=" + dir.resolve("c.aot")), JAVA, "a.jar", true).orElseThrow();
        assertThat(cache.wanted(Instant.now())).isFalse();
    }

    @Test
    void aFailedBuildIsNotRetriedUntilTheNextDay(@TempDir Path dir) throws Exception {
        StartupCache cache = StartupCache.of(List.of("-XX:AOTCache=" + dir.resolve("c.aot")), JAVA, "a.jar", false).orElseThrow();
        Instant now = Instant.parse("2026-11-27T09:00:00Z");
        assertThat(cache.wanted(now)).isTrue();

        Files.writeString(cache.failureMarker(), "2026-11-27T08:00:00Z the training start exited with 1");
        Files.setLastModifiedTime(cache.failureMarker(), FileTime.from(now.minus(Duration.ofHours(1))));
        assertThat(cache.wanted(now)).isFalse();

        Files.setLastModifiedTime(cache.failureMarker(), FileTime.from(now.minus(StartupCache.RETRY_AFTER).minusSeconds(1)));
        assertThat(cache.wanted(now)).isTrue();
    }

    @Test
    void theBackgroundBuildIsAJvmLikeThisOneRunningTheBuildCommandWithItsOutputInALog(@TempDir Path dir)
            throws Exception {
        Path target = dir.resolve("startup").resolve("redress-0.1.0-abc.aot");
        Path recorded = dir.resolve("recorded.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        StartupCache cache = StartupCache.of(List.of("-XX:AOTCache=" + target, "-Xlog:aot=off",
                "-Drecord.to=" + recorded), java, System.getProperty("java.class.path"), false).orElseThrow();

        Process process = cache.buildInBackground(RecordArguments.class.getName()).orElseThrow();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the spawned JVM ended").isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(Files.readAllLines(recorded).getFirst()).isEqualTo("startup-cache --build --background");
        assertThat(cache.log()).as("the build's output goes to a log beside the cache").exists();
        assertThat(cache.log().getParent()).isEqualTo(target.getParent());
    }
}
