package org.redress.reports;

/** Green, amber, red as the queue colours deadlines; grey where no clock runs. */
public enum Rag {
    GREEN, AMBER, RED, GREY
}
