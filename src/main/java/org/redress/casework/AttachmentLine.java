package org.redress.casework;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One attached evidence file with its chain of custody: who added it, when, from where and why. */
public record AttachmentLine(long id, String fileName, String sha256, String mediaType, long size,
                             @Nullable String addedBy, Instant addedAt, String source, String reason) {

    public boolean isPdf() {
        return mediaType.equals("application/pdf");
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
