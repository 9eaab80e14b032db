package org.redress.hub.http;

import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads request bodies with a bound checked BEFORE reading: a declared Content-Length over the
 * bound is refused unread (413), and a chunked body is cut off as soon as it passes the bound.
 */
public final class Bodies {

    private Bodies() {
    }

    public static byte[] read(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw new HttpProblem(413, "the body is larger than " + maxBytes + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new HttpProblem(413, "the body is larger than " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new HttpProblem(400, "the body could not be read");
        }
    }
}
