package org.redress.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class UnpackedResourceTest {

    @TempDir
    Path dir;

    private byte[] content() {
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    private URL jarResource(byte[] content) throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("fonts/Face.ttf"));
            out.write(content);
            out.closeEntry();
        }
        return URI.create("jar:" + jar.toUri() + "!/fonts/Face.ttf").toURL();
    }

    @Test
    void aJarResourceIsUnpackedOnceAndReusedWhileItMatches() throws Exception {
        byte[] content = content();
        URL resource = jarResource(content);
        Path cache = dir.resolve("cache");

        Path first = UnpackedResource.of(resource, cache).orElseThrow();
        assertThat(first).startsWith(cache);
        assertThat(first.getFileName().toString()).endsWith("-Face.ttf");
        assertThat(Files.readAllBytes(first)).isEqualTo(content);

        FileTime written = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(first, written);
        Path again = UnpackedResource.of(resource, cache).orElseThrow();
        assertThat(again).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(again)).as("not rewritten").isEqualTo(written);
        try (var files = Files.list(cache)) {
            assertThat(files).as("no partial files left").containsExactly(first);
        }
    }

    @Test
    void aDamagedCopyOfTheSameSizeIsRewritten() throws Exception {
        byte[] content = content();
        URL resource = jarResource(content);
        Path cache = dir.resolve("cache");
        Path file = UnpackedResource.of(resource, cache).orElseThrow();
        byte[] damaged = content.clone();
        damaged[12_345] ^= 0x40;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(damaged);
        }

        Path repaired = UnpackedResource.of(resource, cache).orElseThrow();
        assertThat(Files.readAllBytes(repaired)).isEqualTo(content);
    }

    @Test
    void aResourceOutsideAJarIsUsedWhereItIs() throws Exception {
        Path plain = Files.write(dir.resolve("Face.ttf"), content());
        assertThat(UnpackedResource.of(plain.toUri().toURL(), dir.resolve("cache"))).isEmpty();
    }

    @Test
    void aCacheThatCannotBeWrittenFallsBackToTheJar() throws Exception {
        URL resource = jarResource(content());
        Path notAFolder = Files.writeString(dir.resolve("occupied"), "a file where the cache folder would be");
        assertThat(UnpackedResource.of(resource, notAFolder.resolve("fonts"))).isEmpty();
    }
}
