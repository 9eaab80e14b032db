package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.ListScale;
import org.redress.domain.scheme.ListType;
import org.redress.domain.scheme.LocalizedText;
import org.redress.domain.scheme.Scheme;

/**
 * What kind of decision a letter states, from the kind of scheme the case is under: it names the
 * letter's title and the words of its tables (points for scores, the rating for ratings,
 * publication for lists).
 */
public enum LetterKind {
    /** Points or range schemes: a deduction of points. */
    SCORE(new LocalizedText("信用扣分复核决定书", "Decision on the review of a credit deduction")),
    /** Rating schemes: an entry that sets the rating. */
    RATING(new LocalizedText("信用评价复核决定书", "Decision on the review of a credit rating entry")),
    /** Black lists: a listing that triggers restrictions. */
    BLACKLIST(new LocalizedText("失信名单复核决定书", "Decision on the review of a blacklist entry")),
    /** Red lists: a listing that brings incentives. */
    RED_LIST(new LocalizedText("红名单复核决定书", "Decision on the review of a red-list entry"));

    private final LocalizedText title;

    LetterKind(LocalizedText title) {
        this.title = title;
    }

    public LocalizedText title() {
        return title;
    }

    public boolean isList() {
        return this == BLACKLIST || this == RED_LIST;
    }

    /** The kind for a case under {@code scheme}; a scheme the catalog does not know counts as a score. */
    public static LetterKind of(@Nullable Scheme scheme) {
        if (scheme == null) {
            return SCORE;
        }
        return switch (scheme.kind()) {
            case POINTS, RANGE -> SCORE;
            case RATING -> RATING;
            case LIST -> scheme.scale() instanceof ListScale list && list.type() == ListType.RED ? RED_LIST : BLACKLIST;
        };
    }
}
