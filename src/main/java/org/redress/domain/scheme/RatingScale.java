package org.redress.domain.scheme;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A categorical rating (Honest Shanghai: very good / good / bad), ratings listed best first.
 *
 * <p>How entries move the rating: every rule of the scheme names a rating and an effect duration.
 * A rule whose rating is better than the default <em>lifts</em> the subject to it while active; any
 * other rule <em>caps</em> the subject at it while active. The rating is the best active lift (or the
 * default), then made no better than the worst active cap: the worst active cap wins.
 */
public record RatingScale(List<Rating> ratings, String defaultRating) implements Scale {

    public RatingScale {
        ratings = List.copyOf(ratings);
        Objects.requireNonNull(defaultRating, "defaultRating");
        if (ratings.isEmpty()) {
            throw new IllegalArgumentException("a rating scheme needs ratings");
        }
        if (ratings.stream().noneMatch(r -> r.code().equals(defaultRating))) {
            throw new IllegalArgumentException("default rating " + defaultRating + " is not one of the ratings");
        }
        if (ratings.stream().map(Rating::code).distinct().count() != ratings.size()) {
            throw new IllegalArgumentException("rating codes must be unique");
        }
    }

    @Override
    public SchemeKind kind() {
        return SchemeKind.RATING;
    }

    /** Position of a rating, 0 for the best; −1 if unknown. */
    public int rank(String code) {
        for (int i = 0; i < ratings.size(); i++) {
            if (ratings.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Rating> rating(String code) {
        return ratings.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** Whether a rule naming this rating lifts (true) or caps (false). */
    public boolean lifts(String code) {
        int rank = rank(code);
        return rank >= 0 && rank < rank(defaultRating);
    }
}
