package org.redress.letters.qr;

import org.redress.domain.appeal.OutcomeKind;

import java.util.Collection;

/**
 * The outcome a letter states, as its QR payload carries it (one byte): the outcome shared by every
 * disputed entry, or MIXED when they differ. Codes are fixed: never renumber.
 */
public enum LetterOutcome {
    UPHELD(0, "维持", "upheld"),
    REVERSED(1, "撤销", "reversed"),
    AMENDED(2, "变更", "amended"),
    NOT_ADMISSIBLE(3, "不予受理", "not admissible"),
    WITHDRAWN(4, "撤回", "withdrawn"),
    REFERRED_BACK(5, "发回", "referred back"),
    MIXED(6, "部分维持、部分变更或撤销", "in part upheld, in part changed"),
    /** A letter that disputes no entry. */
    NO_ENTRY(7, "无争议记录", "no entry disputed");

    private final int code;
    private final String zh;
    private final String en;

    LetterOutcome(int code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    public int code() {
        return code;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public static LetterOutcome ofCode(int code) {
        for (LetterOutcome o : values()) {
            if (o.code == code) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown outcome code " + code);
    }

    /** The outcome of a letter whose disputed entries have these outcomes. */
    public static LetterOutcome of(Collection<OutcomeKind> entries) {
        if (entries.isEmpty()) {
            return NO_ENTRY;
        }
        return entries.stream().distinct().count() == 1 ? valueOf(entries.iterator().next().name()) : MIXED;
    }
}
