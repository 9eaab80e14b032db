package org.redress.demo;

/**
 * Hands out the ids of every table in order, so the generator links rows without asking the
 * database and the same seed gives the same ids.
 */
final class DemoIds {

    private long subject;
    private long ledger;
    private long appealCase;
    private long caseEvent;
    private long note;
    private long decision;
    private long approval;
    private long attachment;
    private long declaration;

    long subject() {
        return ++subject;
    }

    long ledger() {
        return ++ledger;
    }

    long appealCase() {
        return ++appealCase;
    }

    long caseEvent() {
        return ++caseEvent;
    }

    long note() {
        return ++note;
    }

    long decision() {
        return ++decision;
    }

    long approval() {
        return ++approval;
    }

    long attachment() {
        return ++attachment;
    }

    long declaration() {
        return ++declaration;
    }
}
