package org.redress.hub;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.redress.platform.FolderTrees;
import org.redress.platform.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The PostgreSQL binaries the embedded hub runs, extracted into a folder of this user's (0700) and
 * checked — at the first start in each process — against a manifest of every file's SHA-256 made
 * from the archive when it was extracted, never trusted because a marker file exists. A tree that
 * differs in any way (a file changed, missing or added, a link retargeted) is thrown away and
 * extracted again.
 *
 * <p>The tree sits where zonky looks for it ({@code <work>/PG-<md5 of the archive>}, with its
 * {@code .exists} marker), so zonky runs it as it is and never extracts into a shared temporary
 * folder of its own.
 */
final class PostgresHome {

    static final String MARKER = ".exists";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresHome.class);

    /** The checked tree: zonky's working folder and the binaries' root in it. */
    record Prepared(Path work, Path root) {
        Path tool(String name) {
            Path unix = root.resolve("bin").resolve(name);
            return Files.exists(unix) ? unix : root.resolve("bin").resolve(name + ".exe");
        }
    }

    /** Trees checked in this process, by archive source and run folder. */
    private static final Map<List<Object>, Prepared> CHECKED = new HashMap<>();

    private PostgresHome() {
    }

    /** The binaries of {@code resolver} under {@code runFolder}, checked (and extracted when needed). */
    static synchronized Prepared prepare(PgBinaryResolver resolver, Path runFolder) throws IOException {
        List<Object> key = List.of(resolver, runFolder.toAbsolutePath().normalize());
        Prepared checked = CHECKED.get(key);
        if (checked != null && Files.isRegularFile(checked.root().resolve(MARKER))) {
            return checked;
        }
        PrivateFiles.folder(runFolder);
        // Other processes of this user (a second hub, a test run) check and extract one at a time.
        try (FileChannel lock = FileChannel.open(runFolder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = lock.lock()) {
            Prepared prepared = check(resolver, runFolder);
            CHECKED.put(key, prepared);
            return prepared;
        }
    }

    /** Forgets what this process checked (tests that change a tree behind its back). */
    static synchronized void forget() {
        CHECKED.clear();
    }

    private static Prepared check(PgBinaryResolver resolver, Path runFolder) throws IOException {
        byte[] archive;
        try (InputStream in = resolver.getPgBinary(BinariesJar.system(), BinariesJar.hardware())) {
            if (in == null) {
                throw new IOException("no PostgreSQL binaries for " + BinariesJar.system() + " " + BinariesJar.hardware());
            }
            archive = in.readAllBytes();
        }
        String md5 = hex("MD5", archive);
        String sha256 = hex("SHA-256", archive);
        PrivateFiles.folder(runFolder);
        Path work = PrivateFiles.folder(runFolder.resolve("work"));
        Path manifests = PrivateFiles.folder(runFolder.resolve("manifests"));
        Path root = work.resolve("PG-" + md5);
        Path manifestFile = manifests.resolve(sha256 + ".sha256");
        if (Files.isDirectory(root) && Files.isRegularFile(manifestFile)) {
            Map<String, String> manifest = readManifest(manifestFile);
            String problem = difference(root, manifest);
            if (problem == null) {
                return new Prepared(work, root);
            }
            LOG.warn("event=hub.postgres_binaries_changed detail={} action=extract_again", problem);
        }
        FolderTrees.delete(root);
        Path partial = work.resolve(".PG-" + md5 + "." + UUID.randomUUID() + ".partial");
        try {
            Map<String, String> manifest = extract(archive, partial);
            Path marker = Files.createFile(partial.resolve(MARKER));
            writeManifest(manifestFile, manifest);
            Files.move(partial, root);
            // zonky takes the tree as ready when the marker is at least as new as everything in it.
            Files.setLastModifiedTime(root.resolve(MARKER), FileTime.fromMillis(System.currentTimeMillis() + 1_000));
            LOG.info("event=hub.postgres_binaries_extracted files={} marker={}", manifest.size(), marker.getFileName());
        } finally {
            FolderTrees.delete(partial);
        }
        return new Prepared(work, root);
    }

    /**
     * Why the tree under {@code root} is not exactly the manifest's, or null when it is: every
     * file's SHA-256, every link's target, nothing missing and nothing added (but the marker).
     */
    static String difference(Path root, Map<String, String> manifest) throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                if (relative.isEmpty() || relative.equals(MARKER) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                found.put(relative, null);
            }
        }
        for (Map.Entry<String, String> entry : manifest.entrySet()) {
            Path p = root.resolve(entry.getKey());
            String expected = entry.getValue();
            if (!found.containsKey(entry.getKey())) {
                return "missing " + entry.getKey();
            }
            found.remove(entry.getKey());
            if (expected.startsWith("->")) {
                if (!Files.isSymbolicLink(p) || !Files.readSymbolicLink(p).toString().equals(expected.substring(2))) {
                    return "link changed " + entry.getKey();
                }
            } else if (Files.isSymbolicLink(p) || !Files.isRegularFile(p) || !expected.equals(hash(p))) {
                return "content changed " + entry.getKey();
            }
        }
        return found.isEmpty() ? null : "unexpected " + found.keySet().iterator().next();
    }

    /** Extracts the .txz into {@code target} (made 0700): files, folders and links within it only. */
    private static Map<String, String> extract(byte[] archive, Path target) throws IOException {
        Map<String, String> manifest = new LinkedHashMap<>();
        PrivateFiles.folder(target);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String name = entry.getName().replace('\\', '/');
                while (name.startsWith("./")) {
                    name = name.substring(2);
                }
                if (name.isEmpty() || name.equals(".")) {
                    continue;
                }
                Path out = target.resolve(name).normalize();
                if (!out.startsWith(target) || name.startsWith("/") || name.equals(MARKER) || name.contains("\n")) {
                    throw new IOException("the PostgreSQL archive names a path outside its folder: " + name);
                }
                String relative = target.relativize(out).toString().replace('\\', '/');
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    String link = entry.getLinkName();
                    if (link.contains("/") || link.contains("\\") || link.equals("..") || link.isBlank()
                            || link.chars().anyMatch(Character::isWhitespace)) {
                        throw new IOException("the PostgreSQL archive links outside its folder: " + name + " -> " + link);
                    }
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(link));
                    manifest.put(relative, "->" + link);
                } else if (entry.isFile()) {
                    Files.createDirectories(out.getParent());
                    MessageDigest digest = digest("SHA-256");
                    try (OutputStream file = Files.newOutputStream(out)) {
                        new DigestInputStream(tar, digest).transferTo(file);
                    }
                    if (relative.startsWith("bin/") && PrivateFiles.posix()) {
                        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwx------"));
                    }
                    manifest.put(relative, HexFormat.of().formatHex(digest.digest()));
                } else {
                    throw new IOException("the PostgreSQL archive holds an entry of an unexpected kind: " + name);
                }
            }
        }
        return manifest;
    }

    private static Map<String, String> readManifest(Path file) throws IOException {
        Map<String, String> manifest = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int space = line.indexOf(' ');
            if (space > 0) {
                manifest.put(line.substring(space + 1), line.substring(0, space));
            }
        }
        return manifest;
    }

    private static void writeManifest(Path file, Map<String, String> manifest) throws IOException {
        StringBuilder text = new StringBuilder();
        manifest.forEach((path, value) -> text.append(value).append(' ').append(path).append('\n'));
        PrivateFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest = digest("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String hex(String algorithm, byte[] bytes) {
        return HexFormat.of().formatHex(digest(algorithm).digest(bytes));
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }
}
