package org.redress.intake;

/** Receives a feed's records one at a time, so a million-row feed never sits in memory whole. */
public interface FeedRecordSink {
    void record(RawRecord record);

    /** A problem found while reading (encoding, column count, syntax) rather than in a field's value. */
    void problem(FeedProblem problem);
}
