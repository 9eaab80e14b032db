package org.redress.letters;

/** What {@code redress letters verify} says about a file; the exit code is the ordinal. */
public enum LetterVerdict {
    /** The workspace issued exactly this file. */
    GENUINE,
    /** The workspace issued a letter by this reference, but the file, its record or its QR code differ. */
    ALTERED,
    /** The workspace never issued the letter the file claims to be (or the file names none). */
    UNKNOWN;

    public int exitCode() {
        return ordinal();
    }
}
