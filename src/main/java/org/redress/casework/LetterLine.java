package org.redress.casework;

import org.jspecify.annotations.Nullable;

import java.nio.file.Path;
import java.time.Instant;

/** One issued letter in the letters list: its reference, the case, when and in which language, and its file. */
public record LetterLine(long id, String referenceNo, String caseNo, String language, Instant issuedAt,
                         @Nullable String issuedBy, boolean signed, @Nullable String supersededBy, Path file) {
}
