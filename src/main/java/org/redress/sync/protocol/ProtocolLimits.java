package org.redress.sync.protocol;

/** Bounds both sides keep, so neither can be drowned by the other. */
public final class ProtocolLimits {

    /** The schema version of this wire format; the hub refuses pushes of another. */
    public static final int SCHEMA_VERSION = 1;
    /** Most mutations in one push. */
    public static final int MAX_MUTATIONS_PER_PUSH = 500;
    /** Largest request body the hub reads for JSON endpoints. */
    public static final long MAX_JSON_BODY_BYTES = 8L * 1024 * 1024;
    /** Most changes in one pull page. */
    public static final int MAX_PULL_LIMIT = 5_000;
    /** Largest blob chunk in one upload request. */
    public static final long MAX_CHUNK_BYTES = 8L * 1024 * 1024;
    /** Largest evidence file. */
    public static final long MAX_BLOB_BYTES = 200L * 1024 * 1024;

    /** Largest text field of a mutation (a note, a statement, reasons), in UTF-8 bytes. */
    public static final int MAX_TEXT_BYTES = 64 * 1024;
    /** Largest payload of one mutation, as JSON. */
    public static final int MAX_PAYLOAD_BYTES = 512 * 1024;
    /** A pull page stops adding changes once their payloads pass this many bytes (one change at least). */
    public static final int MAX_PULL_PAGE_BYTES = 4 * 1024 * 1024;

    private ProtocolLimits() {
    }
}
