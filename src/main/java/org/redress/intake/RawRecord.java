package org.redress.intake;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/**
 * One record of a feed before validation: its location and its fields as text. Blank values read
 * as absent, so CSV's empty cell and JSON's missing member mean the same thing. A record the
 * reader could read only in part (bytes that are not UTF-8) carries those reading problems, and
 * every validator refuses it with them.
 */
public record RawRecord(FeedKind kind, SourceLocation where, Map<String, String> fields,
                        List<FeedProblem> readingProblems) {

    public RawRecord {
        readingProblems = List.copyOf(readingProblems);
    }

    public RawRecord(FeedKind kind, SourceLocation where, Map<String, String> fields) {
        this(kind, where, fields, List.of());
    }

    public @Nullable String get(String field) {
        String value = fields.get(field);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The value exactly as it stood in the feed (statements keep their own spacing). */
    public @Nullable String verbatim(String field) {
        String value = fields.get(field);
        return value == null || value.isBlank() ? null : value;
    }
}
