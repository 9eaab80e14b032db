package org.redress.intake;

/** What an import does with a file that has errors. */
public enum ImportMode {
    /** All or nothing: any error and the file imports nothing. */
    ALL_OR_NOTHING,
    /** Everything is checked and counted exactly as an import would, then nothing is kept. */
    DRY_RUN,
    /** The good records import; the bad ones are written beside the file with their reasons. */
    QUARANTINE
}
