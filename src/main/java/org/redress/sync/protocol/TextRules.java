package org.redress.sync.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * What text may travel between workstations and the hub (issue #14, G13): no NUL or other control
 * character but tab and line breaks, no C1 controls, no unpaired surrogate, no noncharacter, and
 * no field over {@link ProtocolLimits#MAX_TEXT_BYTES}. The workstation refuses such text before
 * it reaches the outbox, and the hub refuses a mutation carrying it (REJECTED, {@code TEXT_INVALID})
 * instead of failing on it. {@link #normalise} gives the form both sides keep (Unicode NFC, line
 * breaks as {@code \n}).
 */
public final class TextRules {

    private TextRules() {
    }

    /** What is wrong with a text: where (a field path) and what, in words that name no content. */
    public record Problem(String where, String what) {

        public String reason() {
            return "the text of " + where + " " + what;
        }
    }

    /** NFC, {@code \r\n} and lone {@code \r} as {@code \n}. */
    public static String normalise(String text) {
        String lines = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.isNormalized(lines, Normalizer.Form.NFC) ? lines : Normalizer.normalize(lines, Normalizer.Form.NFC);
    }

    /** The first problem of one text field, or null when it may travel. */
    public static @Nullable Problem check(String where, String text) {
        if (text.length() > ProtocolLimits.MAX_TEXT_BYTES / 3
                && text.getBytes(StandardCharsets.UTF_8).length > ProtocolLimits.MAX_TEXT_BYTES) {
            return new Problem(where, "is longer than " + ProtocolLimits.MAX_TEXT_BYTES / 1024 + " KiB");
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = text.codePointAt(i);
                    if ((cp & 0xFFFE) == 0xFFFE) {
                        return new Problem(where, "holds the noncharacter " + code(cp) + " at position " + (i + 1));
                    }
                    i++;
                    continue;
                }
                return new Problem(where, "holds a broken character (an unpaired surrogate) at position " + (i + 1));
            }
            if (Character.isLowSurrogate(ch)) {
                return new Problem(where, "holds a broken character (an unpaired surrogate) at position " + (i + 1));
            }
            if (forbidden(ch)) {
                return new Problem(where, "holds the control character " + code(ch) + " at position " + (i + 1)
                        + "; remove it and try again");
            }
        }
        return null;
    }

    /** The first problem of any string (value or field name) in {@code tree}, or null. */
    public static @Nullable Problem check(String where, @Nullable JsonNode tree) {
        if (tree == null) {
            return null;
        }
        if (tree.isTextual()) {
            return check(where, tree.textValue());
        }
        if (tree.isArray()) {
            for (int i = 0; i < tree.size(); i++) {
                Problem p = check(where + "[" + i + "]", tree.get(i));
                if (p != null) {
                    return p;
                }
            }
        } else if (tree.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Problem name = check(where + " (a field name)", field.getKey());
                if (name != null) {
                    return name;
                }
                Problem p = check(where + "." + field.getKey(), field.getValue());
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private static boolean forbidden(char ch) {
        if (ch < 0x20) {
            return ch != '\t' && ch != '\n' && ch != '\r';
        }
        return ch == 0x7F || (ch >= 0x80 && ch <= 0x9F) || (ch >= 0xFDD0 && ch <= 0xFDEF) || ch == 0xFFFE || ch == 0xFFFF;
    }

    private static String code(int cp) {
        return "U+" + String.format(Locale.ROOT, "%04X", cp);
    }
}
