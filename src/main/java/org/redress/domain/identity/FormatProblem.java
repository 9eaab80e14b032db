package org.redress.domain.identity;

/**
 * Why a value cannot be an identifier, said so an officer can find the typo: a 1-based position
 * (or range) in the trimmed value, or its length.
 */
public sealed interface FormatProblem {

    /** The problem without its location, e.g. {@code expected a digit of the birth date, found 'A'}. */
    String detail();

    /** The full sentence, e.g. {@code position 7: expected a digit of the birth date, found 'A'}. */
    String describe();

    /** Something wrong at positions {@code from..to} (1-based, inclusive) of the trimmed value. */
    record AtPosition(int from, int to, String detail) implements FormatProblem {
        public AtPosition {
            if (from < 1 || to < from) {
                throw new IllegalArgumentException("positions " + from + "-" + to);
            }
        }

        public static AtPosition at(int position, String detail) {
            return new AtPosition(position, position, detail);
        }

        @Override
        public String describe() {
            return "position " + (from == to ? Integer.toString(from) : from + "-" + to) + ": " + detail;
        }
    }

    /** The value has the wrong number of characters (after trimming surrounding whitespace). */
    record WrongLength(int length, String detail) implements FormatProblem {
        @Override
        public String describe() {
            return "length " + length + ": " + detail;
        }
    }
}
