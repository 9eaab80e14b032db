package org.redress.intake;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Every CSV Redress writes goes through here: RFC 4180 quoting, and a cell that a spreadsheet would
 * run as a formula ({@code = + - @}, tab or carriage return first) is prefixed with an apostrophe so it
 * stays text. Values are kept as text on the way in; this only guards the way out.
 */
public final class SafeCsv {
    private SafeCsv() {}

    public static String cell(String value) {
        if (!value.isEmpty()) {
            char first = value.charAt(0);
            if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
                if (!(first == '-' && isNumber(value))) {
                    return "'" + value;
                }
            }
        }
        return value;
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
