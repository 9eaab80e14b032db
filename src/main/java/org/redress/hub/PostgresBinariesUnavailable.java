package org.redress.hub;

/**
 * The embedded hub cannot have its PostgreSQL binaries. The message is for the person at the
 * keyboard: what is missing or was refused, from where, and the ways out.
 */
public final class PostgresBinariesUnavailable extends RuntimeException {

    PostgresBinariesUnavailable(String message) {
        super(message);
    }

    PostgresBinariesUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
