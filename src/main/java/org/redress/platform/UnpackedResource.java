package org.redress.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * A large resource of the application jar (the 10 MB CJK fonts) as a plain file in the per-user
 * cache, unpacked once: the toolkit loads a font file in place, where from the jar it inflates it and
 * copies it to a temporary file on every start. The file is named by the entry's CRC-32, checked
 * against it (and its size) each time it is used, and rewritten when it does not match.
 */
public final class UnpackedResource {

    private static final Logger LOG = LoggerFactory.getLogger(UnpackedResource.class);

    private UnpackedResource() {
    }

    /**
     * The resource as a file under {@code folder}; empty when it is not inside a jar (a class folder
     * in development: use it where it is) or the cache cannot be written (use the jar).
     */
    public static Optional<Path> of(URL resource, Path folder) {
        if (!"jar".equals(resource.getProtocol())) {
            return Optional.empty();
        }
        try {
            JarURLConnection connection = (JarURLConnection) resource.openConnection();
            JarEntry entry = connection.getJarEntry();
            long crc = entry.getCrc();
            long size = entry.getSize();
            if (crc < 0 || size < 0) {
                return Optional.empty();
            }
            Path file = folder.resolve(String.format(Locale.ROOT, "%08x-%s", crc, Path.of(entry.getName()).getFileName()));
            if (Files.isRegularFile(file) && Files.size(file) == size && crc32(file) == crc) {
                return Optional.of(file);
            }
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "unpacking-", ".part");
            try {
                try (InputStream in = connection.getInputStream();
                     OutputStream out = Files.newOutputStream(partial, StandardOpenOption.WRITE)) {
                    in.transferTo(out);
                }
                if (Files.size(partial) != size || crc32(partial) != crc) {
                    throw new IOException("the unpacked copy does not match the jar entry " + entry.getName());
                }
                DurableFiles.replace(partial, file);
            } finally {
                Files.deleteIfExists(partial);
            }
            LOG.info("event=resource.unpacked name={} bytes={}", file.getFileName(), size);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("event=resource.not_unpacked resource={} reason={}", resource.getPath(), e.toString());
            return Optional.empty();
        }
    }

    static long crc32(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }
}
