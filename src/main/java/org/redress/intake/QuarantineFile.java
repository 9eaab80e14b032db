package org.redress.intake;

import org.apache.commons.csv.CSVPrinter;

import org.redress.platform.PrivateFiles;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The records an import refused, written beside the feed as CSV
 * ({@code FEED.quarantine-<16 random hex digits>.csv}, owner-only), one row per record: its kind,
 * where it was, the fields at fault and every problem (one a line), then the record's own
 * columns, so a clerk can fix them and import this file as it is ({@link QuarantineRows} reads it
 * back). Cells are escaped against spreadsheet formulas.
 */
final class QuarantineFile implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path path;
    private final BufferedWriter writer;
    private final CSVPrinter printer;
    private final List<String> columns;

    QuarantineFile(Path feed) throws IOException {
        // Refused records carry names and identifiers: a name nobody can guess, owner-only, made new
        // (never an existing file, never through a symbolic link planted where it is made).
        Path made = null;
        FileChannel channel = null;
        for (int attempt = 0; channel == null; attempt++) {
            byte[] random = new byte[8];
            RANDOM.nextBytes(random);
            made = feed.toAbsolutePath().resolveSibling(feed.getFileName() + ".quarantine-"
                    + HexFormat.of().formatHex(random) + ".csv");
            try {
                channel = PrivateFiles.open(made, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 9) {
                    throw taken;
                }
            }
        }
        this.path = made;
        this.writer = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8));
        this.printer = SafeCsv.printer(writer);
        Set<String> all = new LinkedHashSet<>();
        for (FeedKind kind : FeedKind.values()) {
            all.addAll(kind.requiredFields());
            all.addAll(kind.optionalFields());
        }
        this.columns = new ArrayList<>(all);
        List<String> header = new ArrayList<>(QuarantineRows.REASON_COLUMNS);
        header.addAll(columns);
        SafeCsv.printRow(printer, header);
    }

    Path path() {
        return path;
    }

    void write(RawRecord record, List<FeedProblem> problems) throws IOException {
        Set<String> fields = new LinkedHashSet<>();
        StringBuilder reasons = new StringBuilder();
        for (FeedProblem p : problems) {
            if (!p.isError()) {
                continue;
            }
            if (p.field() != null) {
                fields.add(p.field());
            }
            if (!reasons.isEmpty()) {
                reasons.append('\n');
            }
            reasons.append(p.field() == null ? "" : p.field() + ": ").append(p.message());
        }
        List<String> row = new ArrayList<>(List.of(record.kind().name().toLowerCase(Locale.ROOT),
                record.where().position(), String.join(";", fields), reasons.toString()));
        for (String column : columns) {
            String value = record.fields().get(column);
            row.add(value == null ? "" : value);
        }
        SafeCsv.printRow(printer, row);
    }

    /** A problem found while reading, with no record to show (a broken line, a bad encoding). */
    void write(FeedProblem problem) throws IOException {
        List<String> row = new ArrayList<>(List.of("", problem.where().position(),
                problem.field() == null ? "" : problem.field(), problem.message()));
        for (int i = 0; i < columns.size(); i++) {
            row.add("");
        }
        SafeCsv.printRow(printer, row);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    void delete() throws IOException {
        Files.deleteIfExists(path);
    }
}
