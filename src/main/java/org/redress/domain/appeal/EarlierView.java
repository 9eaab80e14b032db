package org.redress.domain.appeal;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A view an officer recorded on a case before the decision (a provisional assessment, or an
 * earlier decision of theirs on the same entries). A decision against its own drafter's earlier
 * view needs a second pair of eyes ({@link FourEyesPolicy}).
 *
 * @param officerId  who recorded the view
 * @param recordedAt when
 * @param outcomes   the outcome the officer then favoured, per ledger entry id
 */
public record EarlierView(String officerId, Instant recordedAt, Map<Long, OutcomeKind> outcomes) {

    public EarlierView {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(recordedAt, "recordedAt");
        outcomes = Map.copyOf(outcomes);
    }
}
