package org.redress.demo;

/**
 * Told after each subject's bundle is written, on the store's writer thread. The CLI may report
 * progress with it; tests throw from it to cut a build short and prove nothing half-made survives.
 */
@FunctionalInterface
public interface DemoProgress {

    DemoProgress NONE = (subjects, cases) -> { };

    void written(long subjects, long cases);
}
