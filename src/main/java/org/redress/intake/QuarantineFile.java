package org.redress.intake;

import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The records an import refused, written beside the feed as CSV: where, which field, why, then the
 * record's own columns, so a clerk can fix them and send just those again. Cells are escaped
 * against spreadsheet formulas.
 */
final class QuarantineFile implements AutoCloseable {
    private final Path path;
    private final BufferedWriter writer;
    private final CSVPrinter printer;
    private final List<String> columns;

    QuarantineFile(Path feed) throws IOException {
        this.path = feed.resolveSibling(feed.getFileName() + ".quarantine.csv");
        this.writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        this.printer = SafeCsv.printer(writer);
        Set<String> all = new LinkedHashSet<>();
        for (FeedKind kind : FeedKind.values()) {
            all.addAll(kind.requiredFields());
            all.addAll(kind.optionalFields());
        }
        this.columns = new ArrayList<>(all);
        List<String> header = new ArrayList<>(List.of("record_kind", "location", "field", "problem"));
        header.addAll(columns);
        SafeCsv.printRow(printer, header);
    }

    Path path() {
        return path;
    }

    void write(RawRecord record, List<FeedProblem> problems) throws IOException {
        for (FeedProblem p : problems) {
            if (!p.isError()) {
                continue;
            }
            List<String> row = new ArrayList<>();
            row.add(record.kind().name().toLowerCase(java.util.Locale.ROOT));
            row.add(p.where().position());
            row.add(p.field() == null ? "" : p.field());
            row.add(p.message());
            for (String column : columns) {
                String value = record.fields().get(column);
                row.add(value == null ? "" : value);
            }
            SafeCsv.printRow(printer, row);
        }
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
