package org.redress.demo;

import java.time.Instant;

/** An officer's note on a case. */
record DemoNote(long id, long authorId, Instant at, String body) {
}
