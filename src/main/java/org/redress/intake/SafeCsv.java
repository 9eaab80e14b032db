package org.redress.intake;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Every CSV Redress writes goes through here: RFC 4180 quoting, and a cell that a spreadsheet would
 * run as a formula ({@code = + - @}, tab or carriage return first) is prefixed with an apostrophe so it
 * stays text. Values are kept as text on the way in; this only guards the way out. A cell that
 * itself starts with an apostrophe gets one more, so the protection can be undone exactly
 * ({@link #uncell}) when a quarantine file comes back: a leading {@code '} in a file Redress wrote
 * is always Redress's own.
 */
public final class SafeCsv {
    private SafeCsv() {}

    public static String cell(String value) {
        if (!value.isEmpty()) {
            char first = value.charAt(0);
            if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                    || first == '\'') {
                if (!(first == '-' && isNumber(value))) {
                    return "'" + value;
                }
            }
        }
        return value;
    }

    /** The value {@link #cell} was given: its one leading apostrophe taken off, if it has one. */
    public static String uncell(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    /** A negative number such as points "-20" is data, not a formula; leave it readable. */
    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public static CSVPrinter printer(Appendable out) {
        try {
            return new CSVPrinter(out, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void printRow(CSVPrinter printer, Iterable<String> values) throws IOException {
        for (String v : values) {
            printer.print(cell(v == null ? "" : v));
        }
        printer.println();
    }
}
