package org.redress.domain.appeal;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * What the gate needs to know about a case beyond its state, gathered by the caller.
 *
 * @param approvalRequired whether the current draft needs approval ({@link FourEyesPolicy});
 *                         false when there is no draft
 * @param drafterId        who drafted the current draft; null when there is none
 * @param actorRecusal     the acting officer's recusal verdict on this case ({@link RecusalPolicy})
 */
public record GateFacts(boolean approvalRequired, @Nullable String drafterId, RecusalVerdict actorRecusal) {

    public GateFacts {
        Objects.requireNonNull(actorRecusal, "actorRecusal");
    }

    /** No draft, no recusal: the facts of a fresh case for an officer with no conflict. */
    public static GateFacts noDraft() {
        return new GateFacts(false, null, RecusalVerdict.clear());
    }
}
