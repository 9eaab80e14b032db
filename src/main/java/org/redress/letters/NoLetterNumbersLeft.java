package org.redress.letters;

/**
 * The workstation holds no letter reference of the year it could give: every block the hub
 * leased is used, and no sync has brought another. A letter is printed and handed over, so its
 * reference is never provisional: it is issued after the next sync.
 */
public final class NoLetterNumbersLeft extends LetterException {

    private final String office;
    private final int year;

    public NoLetterNumbersLeft(String office, int year) {
        super("No letter reference numbers of " + office + " for " + year + " are left on this workstation: "
                + "sync with the hub to get more, then issue the letter again.");
        this.office = office;
        this.year = year;
    }

    public String office() {
        return office;
    }

    public int year() {
        return year;
    }
}
