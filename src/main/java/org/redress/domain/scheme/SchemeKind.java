package org.redress.domain.scheme;

/** The four kinds of scheme a workstation reviews appeals under (DOMAIN.md, "Score schemes"). */
public enum SchemeKind {
    /** Everyone starts at a base (1000) and deductions move the points, hence the grade. */
    POINTS,
    /** A bounded range such as 350–950 with named bands. */
    RANGE,
    /** A categorical rating such as very good / good / bad. */
    RATING,
    /** Red or black lists with minimum and maximum publication periods. */
    LIST
}
