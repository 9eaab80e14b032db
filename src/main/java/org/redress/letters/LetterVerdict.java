package org.redress.letters;

/**
 * What {@code redress letters verify} says about a file. Exit codes: 0 when the content is as
 * issued (GENUINE, SAME_CONTENT), 1 when it was altered, 2 when the workspace cannot vouch for it
 * (NOT_ISSUED_HERE, UNKNOWN).
 */
public enum LetterVerdict {
    /** The workspace issued exactly these bytes (and their signature, if any, holds). */
    GENUINE(0),
    /**
     * The bytes differ but the content does not: the embedded decision record, the visible text of
     * every page and the QR code are those issued (a re-save, a linearisation, a new document ID,
     * an appended newline). A signature the re-save broke is named in the findings.
     */
    SAME_CONTENT(0),
    /** The file names a letter this workspace issued, but its record, its text or its QR code differ. */
    ALTERED(1),
    /** The file names a letter reference this workspace never issued (another office's, or a forgery). */
    NOT_ISSUED_HERE(2),
    /** The file names no letter reference, is not a readable PDF, or cannot be compared with what was issued. */
    UNKNOWN(2);

    private final int exitCode;

    LetterVerdict(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** As printed: {@code GENUINE}, {@code SAME CONTENT}, {@code ALTERED}, {@code NOT ISSUED HERE}, {@code UNKNOWN}. */
    public String words() {
        return name().replace('_', ' ');
    }
}
