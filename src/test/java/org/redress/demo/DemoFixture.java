package org.redress.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Demo workspaces made once per test run and shared by the test classes that only read them, so
 * the suite pays for each size once. They live in temporary folders removed when the JVM exits.
 */
final class DemoFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final long SEED = 20261127L;

    private static final Map<String, DemoResult> BUILT = new HashMap<>();

    private DemoFixture() {
    }

    /** The shared workspace of {@code cases} cases from the default seed, as of {@link #TODAY}. */
    static synchronized DemoResult workspace(long cases) {
        return BUILT.computeIfAbsent(SEED + "/" + cases, key -> build(new DemoRequest(cases, SEED, TODAY)));
    }

    static DemoResult build(DemoRequest request) {
        Path parent = temporaryFolder();
        return new DemoBuilder(request).build(parent.resolve("workspace"));
    }

    static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("redress-demo-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> DemoBuilder.deleteQuietly(folder)));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain connection to read a workspace's database. */
    static Connection open(Path workspace) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("redress.db"));
    }
}
