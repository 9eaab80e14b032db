package org.redress.intake;

/**
 * Where in a feed a record came from, in the words an agency's clerk can act on:
 * "line 12" of a CSV file (the physical line the record starts on) or "ledgerEvents[3]" of a JSON file.
 */
public record SourceLocation(String file, String position) {

    public static SourceLocation csvLine(String file, long line) {
        return new SourceLocation(file, "line " + line);
    }

    public static SourceLocation jsonElement(String file, String array, int index) {
        return new SourceLocation(file, array + "[" + index + "]");
    }

    public static SourceLocation wholeFile(String file) {
        return new SourceLocation(file, "file");
    }

    @Override
    public String toString() {
        return file + " " + position;
    }
}
