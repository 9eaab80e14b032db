package org.redress.catalog;

/** A calendar file is missing, unreadable or wrong; the message names the file and the entry. */
public final class CalendarCatalogException extends RuntimeException {
    public CalendarCatalogException(String message) {
        super(message);
    }

    public CalendarCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
