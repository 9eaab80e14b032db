package org.redress.letters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Poppler's pdftotext, the way an archive or a search engine reads a letter. */
final class Pdftotext {

    private Pdftotext() {
    }

    static String of(byte[] pdf, Path dir) throws IOException, InterruptedException {
        return run(pdf, dir, null);
    }

    static String page(byte[] pdf, int page, Path dir) throws IOException, InterruptedException {
        return run(pdf, dir, page);
    }

    private static String run(byte[] pdf, Path dir, Integer page) throws IOException, InterruptedException {
        Path file = Files.createTempFile(dir, "letter", ".pdf");
        Files.write(file, pdf);
        ProcessBuilder builder = page == null
                ? new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                : new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-f", page.toString(), "-l", page.toString(),
                file.toString(), "-");
        Process process = builder.redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("pdftotext failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
