package org.redress.reports;

import java.util.Map;

/**
 * The office's lines for flagging: a rule, agency, region or scheme whose overturn rate's interval
 * lies wholly above {@code policyReview} is marked "for policy review"; an agency whose share of
 * reported scores that differ from the ledger lies wholly above {@code discrepancy} is marked too.
 * Settings {@code reports.policy_review_threshold} and {@code reports.discrepancy_threshold} (shares
 * 0..1, or percentages such as {@code 30%}).
 */
public record Thresholds(double policyReview, double discrepancy) {

    public static final String POLICY_REVIEW_SETTING = "reports.policy_review_threshold";
    public static final String DISCREPANCY_SETTING = "reports.discrepancy_threshold";
    public static final Thresholds DEFAULT = new Thresholds(0.50, 0.05);

    public Thresholds {
        if (!(policyReview >= 0 && policyReview < 1 && discrepancy >= 0 && discrepancy < 1)) {
            throw new IllegalArgumentException("thresholds are shares from 0 up to 1");
        }
    }

    /** From the office's settings; an unreadable value keeps the default. */
    public static Thresholds from(Map<String, String> settings) {
        return new Thresholds(share(settings.get(POLICY_REVIEW_SETTING), DEFAULT.policyReview),
                share(settings.get(DISCREPANCY_SETTING), DEFAULT.discrepancy));
    }

    static double share(String text, double fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            String t = text.strip();
            double v = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).strip()) / 100
                    : Double.parseDouble(t);
            return v >= 0 && v < 1 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
