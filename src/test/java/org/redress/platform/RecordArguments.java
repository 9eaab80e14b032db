package org.redress.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Stands in for {@code org.redress.cli.Main} in a spawned JVM: writes what it was given beside it. */
public final class RecordArguments {

    private RecordArguments() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(System.getProperty("record.to"));
        Files.write(out, List.of(String.join(" ", args)));
    }
}
