package org.redress.hub;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;

/** The real zonky binaries jar of the test class path, found through its resource's URL. */
public final class RealBinariesJar {

    private RealBinariesJar() {
    }

    public static Path path() {
        ClassLoader loader = DefaultPostgresBinaryResolver.class.getClassLoader();
        URL resource = BinariesJar.thisMachine().stream().map(loader::getResource).filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL binaries for this machine on the class path"));
        try {
            return Path.of(((JarURLConnection) resource.openConnection()).getJarFileURL().toURI());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
