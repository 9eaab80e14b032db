package org.redress.domain.identity;

/** As recorded in a person's identifier: an odd sequence number is a man's, an even one a woman's. */
public enum Sex {
    MALE, FEMALE
}
