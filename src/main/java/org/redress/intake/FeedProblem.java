package org.redress.intake;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong (or worth a warning) in a feed: where, which field, what. Errors stop the file
 * from importing (or send the record to quarantine); warnings import and are recorded.
 */
public record FeedProblem(SourceLocation where, @Nullable String field, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static FeedProblem error(SourceLocation where, @Nullable String field, String message) {
        return new FeedProblem(where, field, Severity.ERROR, message);
    }

    public static FeedProblem warning(SourceLocation where, @Nullable String field, String message) {
        return new FeedProblem(where, field, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "feed.csv line 12, field 'points': 500 is outside …" */
    public String describe() {
        String prefix = severity == Severity.WARNING ? "warning: " : "";
        String fieldPart = field == null ? "" : ", field '" + field + "'";
        return prefix + where + fieldPart + ": " + message;
    }
}
