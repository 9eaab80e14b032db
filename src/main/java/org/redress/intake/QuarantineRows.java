package org.redress.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads back a quarantine file ({@link QuarantineFile}) a clerk has fixed. It is told by its header,
 * whose first four columns are {@link #REASON_COLUMNS}; those are Redress's own and are ignored,
 * except the kind of each row's record. The {@code '} Redress put before formula-like cells (and
 * before cells that start with {@code '}) is taken off again, exactly once ({@link SafeCsv#uncell}).
 * A row that holds a problem of the original file but no record is refused until it is filled in
 * or deleted, so nothing quarantined is dropped unseen.
 */
final class QuarantineRows {
    static final List<String> REASON_COLUMNS =
            List.of("quarantine_kind", "quarantine_location", "quarantine_fields", "quarantine_problems");

    private QuarantineRows() {}

    static boolean isQuarantine(List<String> header) {
        return header.size() > REASON_COLUMNS.size() && header.subList(0, REASON_COLUMNS.size()).equals(REASON_COLUMNS);
    }

    static boolean checkHeader(String name, List<String> header, FeedRecordSink sink) {
        SourceLocation where = SourceLocation.csvLine(name, 1);
        boolean ok = true;
        for (int i = REASON_COLUMNS.size(); i < header.size(); i++) {
            String column = header.get(i);
            if (!FeedKind.LEDGER.knows(column) && !FeedKind.APPEALS.knows(column)) {
                sink.problem(FeedProblem.error(where, column, "unknown column, column " + (i + 1) + " of the header; "
                        + "a quarantine file has " + String.join(", ", REASON_COLUMNS)
                        + " and then the columns of ledger and appeals feeds"));
                ok = false;
            }
        }
        return CsvFeedReader.noColumnTwice(where, header, sink) && ok;
    }

    /** One row: a record of the kind it names, with any problem of the row itself attached. */
    static void read(SourceLocation where, List<String> header, List<String> values, List<FeedProblem> reading,
                     FeedRecordSink sink) {
        String kindText = values.get(0).strip();
        if (kindText.isEmpty() && noData(values)) {
            reading.forEach(sink::problem);
            sink.problem(FeedProblem.error(where, "quarantine_kind", "this row holds a problem of the original file ("
                    + values.get(1).strip() + ": " + values.get(3).strip() + ") but no record to import; fill in "
                    + "quarantine_kind (ledger or appeals) and the record's columns, or delete the row"));
            return;
        }
        List<FeedProblem> problems = new ArrayList<>(reading);
        FeedKind kind = switch (kindText.toLowerCase(Locale.ROOT)) {
            case "ledger" -> FeedKind.LEDGER;
            case "appeals" -> FeedKind.APPEALS;
            case "" -> header.contains("disputed") && !values.get(header.indexOf("disputed")).isBlank()
                    ? FeedKind.APPEALS : FeedKind.LEDGER;
            default -> {
                problems.add(FeedProblem.error(where, "quarantine_kind", "'" + kindText + "' is neither ledger nor appeals"));
                yield FeedKind.LEDGER;
            }
        };
        Map<String, String> fields = new HashMap<>(header.size() * 2);
        for (int i = REASON_COLUMNS.size(); i < header.size(); i++) {
            String column = header.get(i);
            String value = SafeCsv.uncell(values.get(i));
            if (kind.knows(column)) {
                fields.put(column, value);
            } else if (!value.isBlank()) {
                problems.add(FeedProblem.error(where, column, "a " + kind.name().toLowerCase(Locale.ROOT)
                        + " record has no column '" + column + "'; clear it, or send the record with its own kind"));
            }
        }
        sink.record(new RawRecord(kind, where, fields, problems));
    }

    private static boolean noData(List<String> values) {
        for (int i = REASON_COLUMNS.size(); i < values.size(); i++) {
            if (!values.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
