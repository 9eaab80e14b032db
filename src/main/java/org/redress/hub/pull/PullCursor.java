package org.redress.hub.pull;

import org.jspecify.annotations.Nullable;
import org.redress.hub.http.HttpProblem;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a puller stands: after change (pos, seq) of one epoch, {@code pos} being the commit
 * position of the change's transaction (migration V15). Opaque to workstations (base64url of
 * {@code epoch:pos:seq}); a cursor of another epoch is refused with 409.
 */
public record PullCursor(String epoch, long pos, long seq) {

    public static PullCursor start(String epoch) {
        return new PullCursor(epoch, 0, 0);
    }

    public String encode() {
        String plain = epoch + ":" + pos + ":" + seq;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a request names, or the start of {@code currentEpoch} when it names none. */
    public static PullCursor decode(@Nullable String text, String currentEpoch) {
        if (text == null || text.isBlank()) {
            return start(currentEpoch);
        }
        try {
            if (text.length() > 200) {
                throw new IllegalArgumentException("too long");
            }
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = plain.split(":", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("three parts");
            }
            PullCursor cursor = new PullCursor(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            if (!cursor.epoch().equals(currentEpoch)) {
                throw new HttpProblem(409, "the hub was restored from a backup (new epoch); pull again from the start");
            }
            if (cursor.pos() < 0 || cursor.seq() < 0) {
                throw new IllegalArgumentException("negative");
            }
            return cursor;
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("not a cursor of this hub");
        }
    }
}
