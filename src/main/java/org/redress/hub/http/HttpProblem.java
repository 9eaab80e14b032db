package org.redress.hub.http;

import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request refused with an HTTP status and a reason in words (no personal data); optionally a
 * machine-readable {@code code}, further fields of the answer, and a {@code Retry-After} in seconds.
 */
public final class HttpProblem extends RuntimeException {

    private final int status;
    private final @Nullable String code;
    private final Map<String, Object> fields;
    private final long retryAfterSeconds;

    public HttpProblem(int status, String message) {
        this(status, message, null, Map.of(), -1);
    }

    private HttpProblem(int status, String message, @Nullable String code, Map<String, Object> fields, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.fields = Map.copyOf(fields);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    /** A stable name of the refusal a client may act on (e.g. {@code DEVICE_PENDING}), or null. */
    public @Nullable String code() {
        return code;
    }

    /** Seconds the client should wait before trying again, or -1 for no {@code Retry-After}. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The answer's JSON body: {@code error} (the words), {@code code} when set, and the further fields. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", getMessage());
        if (code != null) {
            body.put("code", code);
        }
        if (retryAfterSeconds >= 0) {
            body.put("retryAfterSeconds", retryAfterSeconds);
        }
        body.putAll(fields);
        return body;
    }

    public HttpProblem withCode(String newCode) {
        return new HttpProblem(status, getMessage(), newCode, fields, retryAfterSeconds);
    }

    public HttpProblem with(String field, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(fields);
        more.put(field, value);
        return new HttpProblem(status, getMessage(), code, more, retryAfterSeconds);
    }

    public HttpProblem retryAfter(long seconds) {
        return new HttpProblem(status, getMessage(), code, fields, Math.max(1, seconds));
    }

    public static HttpProblem unauthorized(String message) {
        return new HttpProblem(401, message);
    }

    public static HttpProblem forbidden(String message) {
        return new HttpProblem(403, message);
    }

    public static HttpProblem badRequest(String message) {
        return new HttpProblem(400, message);
    }
}
