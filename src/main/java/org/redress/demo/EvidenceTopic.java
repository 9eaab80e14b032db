package org.redress.demo;

import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.RuleCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an evidence file is about: the disputed entry's rule and the agency that imposed it, in the
 * Latin letters the demo's files are printed in. A file of a kind that concerns an entry (a penalty
 * decision, a court notice, a receipt, a bank's certificate) names them, so a waste-sorting appeal is
 * never argued with a loan settlement for a debt nobody mentioned.
 */
record EvidenceTopic(String ruleCode, String ruleTitle, String citation, RuleCategory category, String agencyCode,
                     String agencyName) {

    /** The widest line the page holds at the body's type size. */
    static final int PDF_LINE = 68;
    /** The widest item a receipt or screenshot holds. */
    static final int IMAGE_ITEM = 30;

    static EvidenceTopic of(Rule rule, String agencyCode) {
        return new EvidenceTopic(rule.code(), upper(rule.title().en()), upper(rule.legalBasis().citation().en()),
                rule.category(), agencyCode, upper(IssuingAgencies.nameEn(agencyCode)));
    }

    /** The kinds whose words concern the entry; photos of a scene or a ticket, travel and medical records do not. */
    static boolean concerns(EvidenceKind kind) {
        return switch (kind) {
            case SCENE_PHOTO, TICKET_PHOTO, TRAVEL_RECORD, MEDICAL_CERTIFICATE -> false;
            default -> true;
        };
    }

    /** The generic words of a kind, made about this entry. */
    EvidenceText apply(EvidenceKind kind, EvidenceText generic) {
        List<String> lines = new ArrayList<>(generic.lines());
        String issuer = generic.issuer();
        switch (kind) {
            case PENALTY_DECISION -> {
                issuer = agencyName;
                replace(lines, "FACTS: ", "FACTS: " + ruleTitle);
                lines.addAll(3, wrap("LEGAL BASIS: " + citation));
            }
            case RECEIPT_PHOTO -> {
                issuer = agencyName;
                replace(lines, "ITEM: ", "ITEM: " + shorten(ruleTitle));
            }
            case REPAYMENT_SCREENSHOT -> {
                issuer = agencyName;
                lines.addFirst(shorten(ruleTitle));
            }
            case COURT_NOTICE, PERFORMANCE_CERTIFICATE -> {
                if (agencyName.contains("COURT")) {
                    issuer = agencyName;
                }
                lines.addAll(2, wrap("MATTER: " + ruleTitle));
            }
            case LOAN_SETTLEMENT, BANK_STATEMENT -> {
                if (agencyName.contains("BANK") || agencyName.contains("ICBC")) {
                    issuer = agencyName;
                }
                lines.addAll(wrap("CONCERNING THE ENTRY \"" + ruleTitle + "\" RECORDED BY " + agencyName));
            }
            default -> lines.addAll(wrap("CONCERNING THE ENTRY \"" + ruleTitle + "\" RECORDED BY " + agencyName));
        }
        return new EvidenceText(issuer, generic.title(), lines);
    }

    private static void replace(List<String> lines, String prefix, String with) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                lines.set(i, with);
                return;
            }
        }
        lines.add(with);
    }

    /** Words broken into lines the page holds. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > PDF_LINE) {
                lines.add(line.toString());
                line.setLength(0);
                line.append("  ");
            }
            line.append(line.isEmpty() || line.toString().isBlank() ? "" : " ").append(word);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String shorten(String text) {
        return text.length() <= IMAGE_ITEM ? text : text.substring(0, IMAGE_ITEM - 1).strip() + ".";
    }

    /** Anything beyond Latin-1 (which the standard PDF fonts and the image font hold) as a plain stand-in. */
    private static String latin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c == '‘' || c == '’' ? '\'' : c == '“' || c == '”' ? '"'
                : c == '–' || c == '—' ? '-' : c <= 0xFF ? (char) c : '?'));
        return out.toString();
    }

    /** Upper case in the Latin letters the shipped fonts hold (curly quotes and dashes made plain). */
    private static String upper(String text) {
        return latin(text).replace('‘', '\'').replace('’', '\'').replace('“', '"').replace('”', '"').replace('–', '-')
                .replace('—', '-').toUpperCase(Locale.ROOT);
    }
}
