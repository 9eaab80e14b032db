package org.redress.intake;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an agency feed in CSV (RFC 4180, UTF-8 with or without a byte-order mark). The header
 * names the columns and tells which kind of feed it is; every record is checked for its column count
 * and handed on with the physical line it starts on (quoted newlines make that differ from the
 * record number).
 */
public final class CsvFeedReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setTrim(false)
            .get();

    public FeedKind read(Path file, FeedRecordSink sink) throws IOException {
        String name = file.getFileName().toString();
        try (InputStream check = new BufferedInputStream(Files.newInputStream(file))) {
            Utf8Check.Malformed bad = Utf8Check.firstMalformed(check);
            if (bad != null) {
                sink.problem(FeedProblem.error(new SourceLocation(name, "line " + bad.line()), null, bad.describe()));
                return FeedKind.LEDGER;
            }
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            skipBom(in);
            return read(name, new InputStreamReader(in, StandardCharsets.UTF_8), sink);
        }
    }

    /** Reads already-decoded text; {@code name} is what problems call the file. */
    public FeedKind read(String name, Reader text, FeedRecordSink sink) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                sink.problem(FeedProblem.error(SourceLocation.wholeFile(name), null, "the file is empty; expected a header line"));
                return FeedKind.LEDGER;
            }
            List<String> header = normalise(records.next());
            FeedKind kind = detect(header);
            if (!checkHeader(name, kind, header, sink)) {
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
                    sink.problem(FeedProblem.error(SourceLocation.csvLine(name, nextLine), null,
                            "the CSV syntax breaks here (" + rootMessage(e) + "); check the quotes of this record"));
                    return kind;
                }
                SourceLocation where = SourceLocation.csvLine(name, nextLine);
                nextLine = parser.getCurrentLineNumber() + 1;
                if (record.size() != header.size()) {
                    sink.problem(FeedProblem.error(where, null, "has " + record.size() + " columns; the header has "
                            + header.size() + " (" + String.join(",", header) + ")"));
                    continue;
                }
                Map<String, String> fields = new HashMap<>(header.size() * 2);
                for (int i = 0; i < header.size(); i++) {
                    fields.put(header.get(i), record.get(i));
                }
                sink.record(new RawRecord(kind, where, fields));
            }
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
        for (String column : header) {
            if (!kind.knows(column)) {
                sink.problem(FeedProblem.error(where, column, "unknown column; a " + kind.name().toLowerCase(Locale.ROOT)
                        + " feed has " + String.join(", ", kind.requiredFields()) + " and optionally "
                        + String.join(", ", kind.optionalFields())));
                ok = false;
            }
        }
        if (header.stream().distinct().count() != header.size()) {
            sink.problem(FeedProblem.error(where, null, "a column name appears twice in the header"));
            ok = false;
        }
        return ok;
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

    private static void skipBom(InputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
