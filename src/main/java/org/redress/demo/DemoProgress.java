package org.redress.demo;

/**
 * Told as each subject's rows are handed to the store's writer thread (they reach the database
 * with their group, inside the transaction then open). The CLI reports progress with it; tests
 * throw from it to cut a build short and prove nothing half-made survives.
 */
@FunctionalInterface
public interface DemoProgress {

    DemoProgress NONE = (subjects, cases) -> { };

    void written(long subjects, long cases);
}
