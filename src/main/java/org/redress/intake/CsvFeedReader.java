package org.redress.intake;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;

/**
 * Reads an agency feed in CSV (RFC 4180, UTF-8 with or without a byte-order mark). The header
 * names the columns, in any order, and tells which kind of feed it is; a column the kind does not
 * have is refused by name and position. Every record is checked for its column count and handed
 * on with the physical line it starts on (quoted newlines make that differ from the record
 * number). Bytes that are not UTF-8 refuse the record they fall in, and reading goes on, so one
 * run names every problem of the file. A quarantine file Redress wrote reads back too
 * ({@link QuarantineRows}).
 */
public final class CsvFeedReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setTrim(false)
            .get();

    public FeedKind read(Path file, FeedRecordSink sink) throws IOException {
        String name = file.getFileName().toString();
        try (Utf8Reader text = new Utf8Reader(Files.newInputStream(file))) {
            return read(name, text, text.badBytes(), sink);
        }
    }

    /** Reads already-decoded text; {@code name} is what problems call the file. */
    public FeedKind read(String name, Reader text, FeedRecordSink sink) throws IOException {
        return read(name, text, new ArrayDeque<>(), sink);
    }

    private FeedKind read(String name, Reader text, Queue<Utf8Reader.BadBytes> bad, FeedRecordSink sink)
            throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                BadBytesPlacement.drain(bad, name, sink);
                sink.problem(FeedProblem.error(SourceLocation.wholeFile(name), null, "the file is empty; expected a header line"));
                return FeedKind.LEDGER;
            }
            List<String> header = normalise(records.next());
            BadBytesPlacement.drainBefore(bad, parser.getCurrentLineNumber() + 1, name, sink);
            boolean quarantine = QuarantineRows.isQuarantine(header);
            FeedKind kind = quarantine ? FeedKind.LEDGER : detect(header);
            if (!(quarantine ? QuarantineRows.checkHeader(name, header, sink) : checkHeader(name, kind, header, sink))) {
                BadBytesPlacement.drain(bad, name, sink);
                return kind;
            }
            long nextLine = parser.getCurrentLineNumber() + 1;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    BadBytesPlacement.drain(bad, name, sink);
                    sink.problem(FeedProblem.error(SourceLocation.csvLine(name, nextLine), null,
                            "the CSV syntax breaks here (" + rootMessage(e) + "); check the quotes of this record"));
                    return kind;
                }
                SourceLocation where = SourceLocation.csvLine(name, nextLine);
                long firstLine = nextLine;
                long lastLine = Math.max(firstLine, parser.getCurrentLineNumber());
                nextLine = parser.getCurrentLineNumber() + 1;
                if (record.size() != header.size()) {
                    BadBytesPlacement.drainBefore(bad, lastLine + 1, name, sink);
                    sink.problem(FeedProblem.error(where, null, "has " + record.size() + " columns; the header has "
                            + header.size() + " (" + String.join(",", header) + ")"));
                    continue;
                }
                List<FeedProblem> reading = bad.isEmpty() || bad.peek().line() > lastLine ? List.of()
                        : BadBytesPlacement.take(bad, name, where, firstLine, lastLine, header, record.toList(), sink);
                if (quarantine) {
                    QuarantineRows.read(where, header, record.toList(), reading, sink);
                    continue;
                }
                Map<String, String> fields = new HashMap<>(header.size() * 2);
                for (int i = 0; i < header.size(); i++) {
                    fields.put(header.get(i), record.get(i));
                }
                sink.record(new RawRecord(kind, where, fields, reading));
            }
            BadBytesPlacement.drain(bad, name, sink);
            return kind;
        }
    }

    private static boolean checkHeader(String name, FeedKind kind, List<String> header, FeedRecordSink sink) {
        SourceLocation where = SourceLocation.csvLine(name, 1);
        List<String> missing = new ArrayList<>();
        for (String required : kind.requiredFields()) {
            if (!header.contains(required)) {
                missing.add(required);
            }
        }
        boolean ok = true;
        if (!missing.isEmpty()) {
            sink.problem(FeedProblem.error(where, null, "the header lacks required column(s) " + String.join(", ", missing)
                    + " for a " + kind.name().toLowerCase(Locale.ROOT) + " feed"));
            ok = false;
        }
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (!kind.knows(column)) {
                sink.problem(FeedProblem.error(where, column, "unknown column, column " + (i + 1) + " of the header; a "
                        + kind.name().toLowerCase(Locale.ROOT) + " feed has " + String.join(", ", kind.requiredFields())
                        + " and optionally " + String.join(", ", kind.optionalFields())));
                ok = false;
            }
        }
        return noColumnTwice(where, header, sink) && ok;
    }

    static boolean noColumnTwice(SourceLocation where, List<String> header, FeedRecordSink sink) {
        if (header.stream().distinct().count() != header.size()) {
            sink.problem(FeedProblem.error(where, null, "a column name appears twice in the header"));
            return false;
        }
        return true;
    }

    /** An appeals feed names what it disputes; anything else is a ledger feed. */
    private static FeedKind detect(List<String> header) {
        return header.contains("disputed") ? FeedKind.APPEALS : FeedKind.LEDGER;
    }

    private static List<String> normalise(CSVRecord header) {
        List<String> names = new ArrayList<>(header.size());
        for (String h : header) {
            names.add(h.strip().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
