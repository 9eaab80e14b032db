package org.redress.store;

import java.io.Serial;

/** A database failure the caller cannot fix by retrying the same call differently. */
public class StoreException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
