package org.redress.demo;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

class DemoRowsTest {

    private static final DateTimeFormatter STORE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Property
    void instants_are_written_exactly_as_the_store_writes_them(
            @ForAll @LongRange(min = 0, max = 253_402_300_799_999L) long epochMillis,
            @ForAll @LongRange(min = 0, max = 999_999) long nanos) {
        Instant instant = Instant.ofEpochMilli(epochMillis).plusNanos(nanos);

        assertThat(DemoRows.instant(instant)).isEqualTo(STORE.format(instant.truncatedTo(ChronoUnit.MILLIS)));
    }
}
