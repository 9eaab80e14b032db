package org.redress.domain.scheme;

/** What kind of conduct a rule punishes; a non-financial rule feeding a financial score is flagged. */
public enum RuleCategory {
    FINANCIAL, JUDICIAL, ADMINISTRATIVE, SOCIAL_MORAL;

    public boolean isFinancial() {
        return this == FINANCIAL;
    }
}
