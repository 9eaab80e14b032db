package org.redress.vault;

import java.io.IOException;

/**
 * A workspace file that cannot be opened: its seal does not hold (a changed byte, a file moved to
 * another's place), it was sealed under another workspace key, or the workspace is locked (no
 * officer with a key slot has signed in). The message names the file, relative to the workspace.
 */
public final class SealedFileException extends IOException {

    /** Why the file could not be opened. */
    public enum Reason { TAMPERED, OTHER_KEY, LOCKED, NOT_SEALED }

    private final String file;
    private final Reason reason;

    SealedFileException(String file, Reason reason, String message) {
        super(file + ": " + message);
        this.file = file;
        this.reason = reason;
    }

    /** The file, relative to the workspace folder ({@code evidence/ab/cd/…}, {@code letters/2026/…}). */
    public String file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
