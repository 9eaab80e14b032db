package org.redress.store;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** An officer's note on a case; a correction names the note it corrects, which stays as it was. */
public record NoteRow(long id, long caseId, long authorId, Instant at, String body, @Nullable Long correctsId) {
}
