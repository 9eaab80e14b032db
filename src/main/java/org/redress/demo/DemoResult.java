package org.redress.demo;

import java.time.Duration;
import java.util.List;

/**
 * A demo workspace just made: its summary, the accounts with the passwords to print once, and how
 * long it took.
 */
public record DemoResult(DemoSummary summary, List<DemoOfficer> accounts, Duration took) {

    public DemoResult {
        accounts = List.copyOf(accounts);
    }
}
