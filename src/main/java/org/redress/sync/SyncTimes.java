package org.redress.sync;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Instants in sync tables: fixed-width UTC text with milliseconds, as the rest of the store writes them. */
final class SyncTimes {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private SyncTimes() {
    }

    static String text(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    static Instant parse(String text) {
        return Instant.parse(text);
    }

    static @Nullable Instant parseNullable(@Nullable String text) {
        return text == null ? null : Instant.parse(text);
    }
}
