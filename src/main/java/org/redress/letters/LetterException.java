package org.redress.letters;

/** A letter cannot be built, rendered, issued or read; the message says why in the officer's words. */
public class LetterException extends RuntimeException {

    public LetterException(String message) {
        super(message);
    }

    public LetterException(String message, Throwable cause) {
        super(message, cause);
    }
}
