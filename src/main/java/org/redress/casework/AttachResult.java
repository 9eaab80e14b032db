package org.redress.casework;

import java.time.Instant;

/** What became of an attempt to attach a file to a case. */
public sealed interface AttachResult {

    /** Attached: the new line of the case's evidence. */
    record Attached(AttachmentLine line, boolean newlyStored) implements AttachResult {
    }

    /** The same bytes are already attached to this case, under {@code existingName}; nothing was added. */
    record AlreadyAttached(String fileName, String existingName, Instant attachedAt) implements AttachResult {
    }

    /** Larger than the store takes; nothing was copied. */
    record TooLarge(String fileName, long size, long limit) implements AttachResult {
    }

    /** The case no longer takes evidence (it is closed), or the officer may not add any. */
    record Refused(String fileName, String reasonKey) implements AttachResult {
    }
}
