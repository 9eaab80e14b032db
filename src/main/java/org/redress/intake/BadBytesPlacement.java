package org.redress.intake;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

/**
 * Places the runs of bad bytes a {@link Utf8Reader} found: a run inside a record's lines becomes
 * that record's reading problem, named by the field it fell in (the n-th replacement character of
 * the record is the n-th run); a run anywhere else (the header, a line that is no record) becomes
 * a problem of its own line.
 */
final class BadBytesPlacement {
    private BadBytesPlacement() {}

    /**
     * The reading problems of the record on lines {@code firstLine..lastLine}; runs before it are
     * reported to {@code sink} on their own.
     *
     * @param names  the record's field names, in the order the values appeared in the file
     * @param values the values in the same order
     */
    static List<FeedProblem> take(Queue<Utf8Reader.BadBytes> bad, String file, SourceLocation where, long firstLine,
                                  long lastLine, List<String> names, List<String> values, FeedRecordSink sink) {
        if (bad.isEmpty()) {
            return List.of();
        }
        List<Utf8Reader.BadBytes> own = new ArrayList<>();
        while (!bad.isEmpty() && bad.peek().line() <= lastLine) {
            Utf8Reader.BadBytes b = bad.remove();
            if (b.line() < firstLine) {
                sink.problem(alone(file, b));
            } else {
                own.add(b);
            }
        }
        if (own.isEmpty()) {
            return List.of();
        }
        List<@Nullable String> fields = fieldsOfReplacements(names, values);
        boolean named = fields.size() == own.size();
        List<FeedProblem> problems = new ArrayList<>(own.size());
        for (int i = 0; i < own.size(); i++) {
            problems.add(FeedProblem.error(where, named ? fields.get(i) : null, own.get(i).describe()));
        }
        return problems;
    }

    /** Every run not placed yet, each a problem of its own line. */
    static void drain(Queue<Utf8Reader.BadBytes> bad, String file, FeedRecordSink sink) {
        while (!bad.isEmpty()) {
            sink.problem(alone(file, bad.remove()));
        }
    }

    /** Runs on lines before {@code line}, each a problem of its own line. */
    static void drainBefore(Queue<Utf8Reader.BadBytes> bad, long line, String file, FeedRecordSink sink) {
        while (!bad.isEmpty() && bad.peek().line() < line) {
            sink.problem(alone(file, bad.remove()));
        }
    }

    private static FeedProblem alone(String file, Utf8Reader.BadBytes b) {
        return FeedProblem.error(SourceLocation.csvLine(file, b.line()), null, b.describe());
    }

    /** The field of each replacement character, in order of appearance. */
    private static List<@Nullable String> fieldsOfReplacements(List<String> names, List<String> values) {
        List<@Nullable String> fields = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            for (int at = value.indexOf('\uFFFD'); at >= 0; at = value.indexOf('\uFFFD', at + 1)) {
                fields.add(i < names.size() ? names.get(i) : null);
            }
        }
        return fields;
    }
}
