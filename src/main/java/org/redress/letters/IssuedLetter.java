package org.redress.letters;

import org.jspecify.annotations.Nullable;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A letter the workspace issued, as recorded in {@code issued_letter}.
 *
 * @param file          absolute path of the PDF under the workspace's letters folder
 * @param supersedesId  the letter this one replaces, if re-issued
 * @param supersededBy  the reference of the letter that replaced this one, if any (the hub's word once synced)
 * @param heldHere      whether its file is in this workspace; false for a letter another workstation of the
 *                      office issued, known from a sync (then {@code file} is the workspace folder)
 */
public record IssuedLetter(long id, long caseId, String caseNo, String referenceNo, LetterLanguage language,
                           Instant issuedAt, String sha256, String recordSha256, Path file, boolean signed,
                           @Nullable Long supersedesId, @Nullable String supersededBy, boolean heldHere,
                           String heldSha256, @Nullable Upgrade upgrade) {

    /** A signed letter's held copy raised from {@code from} to {@code to} (PAdES levels) at {@code at}. */
    public record Upgrade(String from, String to, Instant at) {
    }

    public IssuedLetter {
        Objects.requireNonNull(referenceNo, "referenceNo");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(recordSha256, "recordSha256");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(heldSha256, "heldSha256");
    }
}
