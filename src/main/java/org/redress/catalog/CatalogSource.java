package org.redress.catalog;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** One catalog file to read: a name for error messages and a way to open it. */
public record CatalogSource(String name, CatalogSource.Opener opener) {

    /** Opens the file's bytes; the caller closes the stream. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public CatalogSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
    }

    public static CatalogSource classpath(ClassLoader loader, String resource) {
        return new CatalogSource(resource, () -> {
            InputStream in = loader.getResourceAsStream(resource);
            if (in == null) {
                throw new FileNotFoundException("no resource " + resource + " on the classpath");
            }
            return in;
        });
    }

    public static CatalogSource file(Path path) {
        return new CatalogSource(path.toString(), () -> Files.newInputStream(path));
    }
}
