package org.redress.letters;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample letters in each language to a folder, to look at (not a test). */
final class SampleLetterFiles {
    private SampleLetterFiles() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        LetterPress press = LetterPress.create();
        for (LetterLanguage language : LetterLanguage.values()) {
            Files.write(out.resolve("short-" + language.name().toLowerCase() + ".pdf"),
                    press.render(LetterSamples.shortLetter(language)).pdf());
            Files.write(out.resolve("bench-" + language.name().toLowerCase() + ".pdf"),
                    press.render(org.redress.bench.SampleLetters.typical(language, 7)).pdf());
        }
    }
}
