package org.redress.hub.blobs;

import io.javalin.http.Context;
import org.redress.hub.accounts.Caller;
import org.redress.hub.http.Bodies;
import org.redress.hub.http.HttpProblem;
import org.redress.sync.protocol.Endpoints;
import org.redress.sync.protocol.ProtocolLimits;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /v1/blobs/{sha256}} in the manner of tus: HEAD tells how far an upload got (404 none;
 * {@code Upload-Offset} and {@code Upload-Length}, equal when complete), PATCH appends one chunk
 * at {@code Upload-Offset} checked by {@code Chunk-SHA256}, GET serves the bytes with {@code Range}.
 */
public final class BlobRoutes {

    private static final Pattern RANGE = Pattern.compile("bytes=([0-9]*)-([0-9]*)");

    private final BlobStore store;

    public BlobRoutes(BlobStore store) {
        this.store = store;
    }

    public void head(Context ctx, Caller caller) throws SQLException {
        String name = BlobStore.requireName(ctx.pathParam("sha256"));
        BlobStore.State state = store.state(name, caller);
        ctx.header("Cache-Control", "no-store");
        if (state == null) {
            ctx.status(404);
            return;
        }
        ctx.header(Endpoints.UPLOAD_OFFSET, Long.toString(state.received()));
        ctx.header(Endpoints.UPLOAD_LENGTH, Long.toString(state.length()));
        ctx.status(200);
    }

    public void patch(Context ctx, Caller caller) throws SQLException {
        String name = BlobStore.requireName(ctx.pathParam("sha256"));
        long offset = number(ctx, Endpoints.UPLOAD_OFFSET);
        long length = number(ctx, Endpoints.UPLOAD_LENGTH);
        String chunkSha = ctx.header(Endpoints.CHUNK_SHA256);
        if (chunkSha == null || !chunkSha.matches("[0-9a-fA-F]{64}")) {
            throw HttpProblem.badRequest(Endpoints.CHUNK_SHA256 + " (64 hex digits) is required");
        }
        byte[] chunk = Bodies.read(ctx, ProtocolLimits.MAX_CHUNK_BYTES);
        try {
            long now = store.append(name, caller, offset, length, chunk, chunkSha);
            ctx.header(Endpoints.UPLOAD_OFFSET, Long.toString(now));
            ctx.status(204);
        } catch (BlobStore.OffsetMismatch e) {
            ctx.header(Endpoints.UPLOAD_OFFSET, Long.toString(e.expected()));
            throw new HttpProblem(409, "the upload stands at offset " + e.expected());
        }
    }

    public void get(Context ctx, Caller caller) throws SQLException, IOException {
        String name = BlobStore.requireName(ctx.pathParam("sha256"));
        BlobStore.State state = store.state(name, caller);
        if (state == null || !state.complete()) {
            throw new HttpProblem(404, "no such blob");
        }
        long size = state.length();
        long from = 0;
        long to = size - 1;
        String range = ctx.header("Range");
        ctx.header("Accept-Ranges", "bytes");
        if (range != null) {
            Matcher m = RANGE.matcher(range.trim());
            if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
                throw rangeNotSatisfiable(size);
            }
            // Numbers longer than a long can hold are no range of any blob here (416), never a 500.
            long first = m.group(1).isEmpty() ? -1 : position(m.group(1), size);
            long last = m.group(2).isEmpty() ? -1 : position(m.group(2), size);
            if (first < 0) {
                from = Math.max(0, size - last);
            } else {
                from = first;
                to = last < 0 ? size - 1 : Math.min(size - 1, last);
            }
            if (from > to || from >= size) {
                throw rangeNotSatisfiable(size);
            }
            ctx.status(206);
            ctx.header("Content-Range", "bytes " + from + "-" + to + "/" + size);
        } else {
            ctx.status(200);
        }
        ctx.contentType("application/octet-stream");
        ctx.header("Content-Length", Long.toString(to - from + 1));
        OutputStream out = ctx.res().getOutputStream();
        store.read(name, from, to, out);
        out.flush();
    }

    /** A position of a Range header; one of more than 18 digits cannot lie within any blob (416). */
    private static long position(String digits, long size) {
        if (digits.length() > 18) {
            throw rangeNotSatisfiable(size);
        }
        return Long.parseLong(digits);
    }

    private static HttpProblem rangeNotSatisfiable(long size) {
        return new HttpProblem(416, "the range is not within 0-" + (size - 1));
    }

    private static long number(Context ctx, String header) {
        String value = ctx.header(header);
        if (value == null) {
            throw HttpProblem.badRequest(header + " is required");
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest(header + " is a number");
        }
    }
}
