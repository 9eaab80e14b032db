package org.redress.intake;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What the reading thread hands the writing thread: a record with its validated form (null when it
 * failed on its own) and the problems found so far, or a reading problem with no record.
 */
record CheckedRecord(@Nullable RawRecord record, @Nullable Object valid, List<FeedProblem> problems) {

    static CheckedRecord readingProblem(FeedProblem problem) {
        return new CheckedRecord(null, null, List.of(problem));
    }
}
