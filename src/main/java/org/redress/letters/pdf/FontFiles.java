package org.redress.letters.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font files shipped in {@code resources/fonts} (Noto Sans SC, SIL OFL 1.1), read from the
 * classpath once per JVM. The bytes are shared; each worker parses its own copy of the font.
 */
final class FontFiles {

    static final String REGULAR = "fonts/NotoSansSC-Regular.ttf";
    static final String BOLD = "fonts/NotoSansSC-Bold.ttf";

    private FontFiles() {
    }

    private static final class Regular {
        static final byte[] BYTES = read(REGULAR);
    }

    private static final class Bold {
        static final byte[] BYTES = read(BOLD);
    }

    static byte[] regular() {
        return Regular.BYTES;
    }

    static byte[] bold() {
        return Bold.BYTES;
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}
