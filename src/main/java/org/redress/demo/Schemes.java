package org.redress.demo;

/** The codes of the shipped schemes the demo fills. */
final class Schemes {

    static final String RONGCHENG = "RONGCHENG_POINTS";
    static final String PLATFORM = "PLATFORM_SCORE";
    static final String HONEST_SHANGHAI = "HONEST_SHANGHAI";
    static final String DISHONEST_DEBTORS = "DISHONEST_DEBTORS";
    static final String RED_LIST = "RED_LIST";

    private Schemes() {
    }
}
