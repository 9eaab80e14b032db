package org.redress.domain.identity;

/** What a check found. Only a format problem blocks: checksums fail on some real, registered codes. */
public enum Verdict {
    VALID,
    /** A warning: the officer may accept the identifier with a recorded reason ({@link ChecksumOverride}). */
    CHECKSUM_MISMATCH,
    /** Wrong length, character or date: the value cannot be an identifier of any kind we know. */
    FORMAT;

    public boolean blocks() {
        return this == FORMAT;
    }

    public boolean canBeOverridden() {
        return this == CHECKSUM_MISMATCH;
    }
}
