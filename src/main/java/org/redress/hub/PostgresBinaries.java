package org.redress.hub;

import org.jspecify.annotations.Nullable;
import org.redress.evidence.FileHash;
import org.redress.platform.CacheFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the embedded hub's PostgreSQL binaries come from. The desktop package leaves zonky's 15 MB
 * binaries jar out, so, in this order: a copy given on the command line ({@link #withLocalJar});
 * the jar on the class path (development, tests, CI); the jar the launcher pins with
 * {@value #URL_PROPERTY} and {@value #SHA256_PROPERTY}, from {@code <cache>/postgres/} or
 * downloaded once into it. Nothing unchecked is ever run: a pinned jar must match its SHA-256.
 */
public final class PostgresBinaries {

    /** System property: the binaries jar's full URL in a Maven repository. */
    public static final String URL_PROPERTY = "redress.postgres.binaries.url";
    /** System property: that jar's SHA-256, in hex. */
    public static final String SHA256_PROPERTY = "redress.postgres.binaries.sha256";

    static final String WAYS_OUT = "Either give a copy of the binaries jar with --postgres-binaries FILE.jar, "
            + "or run the hub on a real PostgreSQL: redress hub --db postgresql://user:password@host:port/database.";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresBinaries.class);

    private final boolean classPathFirst;
    private final @Nullable String url;
    private final @Nullable String sha256;
    private final @Nullable Path localJar;
    private final Path cacheFolder;
    private final BinariesDownload.Limits limits;

    PostgresBinaries(boolean classPathFirst, @Nullable String url, @Nullable String sha256, @Nullable Path localJar,
                     Path cacheFolder, BinariesDownload.Limits limits) {
        this.classPathFirst = classPathFirst;
        this.url = blankToNull(url);
        this.sha256 = blankToNull(sha256);
        this.localJar = localJar;
        this.cacheFolder = cacheFolder;
        this.limits = limits;
    }

    /** As this process is set up: its system properties and the user's {@link CacheFolder}. */
    public static PostgresBinaries configured() {
        return fromProperties(System::getProperty, CacheFolder.resolve());
    }

    static PostgresBinaries fromProperties(UnaryOperator<@Nullable String> properties, Path cacheFolder) {
        return new PostgresBinaries(true, properties.apply(URL_PROPERTY), properties.apply(SHA256_PROPERTY), null,
                cacheFolder, BinariesDownload.Limits.DEFAULT);
    }

    /** The same, but using {@code jar} (a copy of the binaries jar) when not null; checked against the pin if one is set. */
    public PostgresBinaries withLocalJar(@Nullable Path jar) {
        return new PostgresBinaries(classPathFirst, url, sha256, jar, cacheFolder, limits);
    }

    /**
     * The per-user folder (0700) the binaries run from once extracted and checked
     * ({@link PostgresHome}): beside the cached jar, never a shared temporary folder.
     */
    Path runFolder() {
        return cacheFolder.resolve("postgres-run");
    }

    /** The place a pinned jar is cached at. */
    Path cachedJar(BinariesPin pin) {
        return cacheFolder.resolve("postgres").resolve(pin.fileName());
    }

    /**
     * The binaries jar to hand zonky, or empty when zonky's own class-path resolver finds them.
     * May download the pinned jar (once; later calls find it in the cache).
     *
     * @throws PostgresBinariesUnavailable saying what is missing or refused, and the ways out
     */
    Optional<Path> resolve() {
        if (localJar != null) {
            return Optional.of(local(localJar));
        }
        if (classPathFirst && BinariesJar.onClassPath()) {
            return Optional.empty();
        }
        BinariesPin pin = pin().orElseThrow(() -> new PostgresBinariesUnavailable(
                "The embedded hub's PostgreSQL binaries are missing: this installation does not carry them and no "
                        + "download is set up (system properties " + URL_PROPERTY + " and " + SHA256_PROPERTY + "). "
                        + WAYS_OUT));
        Path cached = cachedJar(pin);
        if (Files.isRegularFile(cached)) {
            if (digest(cached).equals(pin.sha256())) {
                return Optional.of(withEntry(cached));
            }
            LOG.warn("event=hub.postgres_binaries_cache_corrupt");
        }
        try {
            new BinariesDownload(limits).fetch(pin, cached);
        } catch (BinariesDownload.DigestMismatch e) {
            throw new PostgresBinariesUnavailable("Refused the PostgreSQL binaries downloaded from " + pin.url()
                    + ": their SHA-256 is " + e.actual + ", the pinned one is " + pin.sha256()
                    + "; nothing was kept. " + WAYS_OUT, e);
        } catch (IOException e) {
            LOG.warn("event=hub.postgres_binaries_fetch_failed error={}", e.getClass().getSimpleName());
            throw new PostgresBinariesUnavailable("The embedded hub's PostgreSQL binaries are missing: they are not in "
                    + cached + " and the download from " + pin.url() + " failed (" + reason(e) + "). " + WAYS_OUT, e);
        }
        return Optional.of(withEntry(cached));
    }

    /** A copy given by hand: checked against the pin when there is one, and then kept in the cache for next time. */
    private Path local(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new PostgresBinariesUnavailable("The PostgreSQL binaries jar " + jar + " (--postgres-binaries) does not exist.");
        }
        Optional<BinariesPin> pin = pin();
        if (pin.isPresent()) {
            String actual = digest(jar);
            if (!actual.equals(pin.get().sha256())) {
                throw new PostgresBinariesUnavailable("Refused the PostgreSQL binaries jar " + jar + ": its SHA-256 is "
                        + actual + ", the pinned one (" + SHA256_PROPERTY + ") is " + pin.get().sha256() + ".");
            }
            Path cached = cachedJar(pin.get());
            try {
                if (!Files.isRegularFile(cached) || !FileHash.sha256(cached).equals(actual)) {
                    BinariesDownload.install(jar, pin.get(), cached);
                }
            } catch (IOException e) {
                // The copy only spares the option next time; this start goes on with the jar given.
                LOG.warn("event=hub.postgres_binaries_install_failed error={}", e.getClass().getSimpleName());
            }
        }
        return withEntry(jar);
    }

    /** The pin of the properties; empty when neither is set; refused when only one is, or either is malformed. */
    private Optional<BinariesPin> pin() {
        if (url == null && sha256 == null) {
            return Optional.empty();
        }
        if (url == null || sha256 == null) {
            String missing = url == null ? URL_PROPERTY : SHA256_PROPERTY;
            String present = url == null ? SHA256_PROPERTY : URL_PROPERTY;
            throw new PostgresBinariesUnavailable("The embedded hub's PostgreSQL binaries cannot be fetched: the system "
                    + "property " + missing + " is not set (it goes with " + present + "). " + WAYS_OUT);
        }
        try {
            return Optional.of(BinariesPin.of(url, sha256));
        } catch (IllegalArgumentException e) {
            throw new PostgresBinariesUnavailable("The embedded hub's PostgreSQL binaries cannot be fetched: "
                    + URL_PROPERTY + " / " + SHA256_PROPERTY + " are wrong: " + e.getMessage() + ". " + WAYS_OUT, e);
        }
    }

    /** {@code jar}, once it is known to hold binaries for this machine. */
    private static Path withEntry(Path jar) {
        try {
            if (new BinariesJar(jar).entryForThisMachine().isPresent()) {
                return jar;
            }
            throw new PostgresBinariesUnavailable("The jar " + jar + " holds no PostgreSQL binaries for this machine "
                    + "(looked for " + String.join(", ", BinariesJar.thisMachine()) + ").");
        } catch (IOException e) {
            throw new PostgresBinariesUnavailable("The PostgreSQL binaries jar " + jar + " cannot be read as a jar ("
                    + reason(e) + ").", e);
        }
    }

    private static String digest(Path file) {
        try {
            return FileHash.sha256(file);
        } catch (IOException e) {
            throw new PostgresBinariesUnavailable("The PostgreSQL binaries jar " + file + " cannot be read (" + reason(e) + ").", e);
        }
    }

    /** Why an input/output failed, in words: some JDK exceptions carry no message. */
    private static String reason(IOException e) {
        String kind = switch (e) {
            case ConnectException c -> "no connection";
            case UnknownHostException u -> "unknown host";
            case HttpTimeoutException t -> "timed out";
            default -> null;
        };
        String message = blankToNull(e.getMessage());
        if (kind == null) {
            return message != null ? message : e.getClass().getSimpleName();
        }
        return message != null ? kind + ": " + message : kind;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
