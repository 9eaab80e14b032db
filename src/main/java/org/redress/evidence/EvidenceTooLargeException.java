package org.redress.evidence;

import java.io.IOException;

/** A file larger than {@link EvidenceStore#MAX_BYTES}: it is not copied into the workspace. */
public final class EvidenceTooLargeException extends IOException {

    private final String fileName;
    private final long size;

    public EvidenceTooLargeException(String fileName, long size) {
        super(fileName + " is " + EvidenceStore.inWords(size) + "; evidence files may be at most "
                + EvidenceStore.inWords(EvidenceStore.MAX_BYTES));
        this.fileName = fileName;
        this.size = size;
    }

    public String fileName() {
        return fileName;
    }

    public long size() {
        return size;
    }
}
