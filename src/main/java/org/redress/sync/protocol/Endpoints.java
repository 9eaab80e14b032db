package org.redress.sync.protocol;

/**
 * The hub's HTTP paths and headers. Every endpoint but {@link #HEALTH}, {@link #CHALLENGE} and
 * {@link #SIGN_IN} wants {@code Authorization: Bearer <token>} for a token bound to one device.
 */
public final class Endpoints {

    public static final String HEALTH = "/health";
    /** POST (no body) → {@link ChallengeResponse}: a nonce for the device to sign at sign-in. */
    public static final String CHALLENGE = "/v1/auth/challenge";
    /** POST {@link SignInRequest} → {@link SignInResponse}: an officer on a device gets a device-bound token. */
    public static final String SIGN_IN = "/v1/auth/sign-in";
    /** POST with the token to end: the token stops working (204). */
    public static final String SIGN_OUT = "/v1/auth/sign-out";
    /** GET the office's devices; POST {@code /v1/devices/{id}/approve} or {@code /revoke} (supervisors, administrators). */
    public static final String DEVICES = "/v1/devices";
    public static final String PUSH = "/v1/sync/push";
    /** GET with query parameters {@code cursor} (absent for the start) and {@code limit}. */
    public static final String PULL = "/v1/sync/pull";
    /** Agencies' feeds: POST a CSV or JSON feed in the {@code redress import} schema. */
    public static final String INTAKE = "/v1/intake";
    /**
     * {@code /v1/blobs/{sha256}}: HEAD (present? {@link #UPLOAD_OFFSET} for a partial upload),
     * PATCH a chunk at {@link #UPLOAD_OFFSET} with {@link #CHUNK_SHA256}, GET with {@code Range}.
     */
    public static final String BLOBS = "/v1/blobs/";
    public static final String CONFLICTS = "/v1/conflicts";
    /** GET ({@code ?clientId=}) the recorded head of a workstation's audit chain, POST an {@link AuditHeadReport}. */
    public static final String AUDIT_HEAD = "/v1/audit/head";
    /** An approved workstation's endorsement to sign letters' QR payloads (issue #16, item 2). */
    public static final String LETTER_SIGNER = "/v1/letters/signer";
    /** POST a {@link LeaseRequest} → {@link LeaseResponse}: blocks of the office's case and letter numbers. */
    public static final String NUMBER_LEASES = "/v1/numbers/leases";

    public static final String UPLOAD_OFFSET = "Upload-Offset";
    public static final String UPLOAD_LENGTH = "Upload-Length";
    public static final String CHUNK_SHA256 = "Chunk-SHA256";

    private Endpoints() {
    }
}
