package org.redress.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * What an audit event may keep of the payload it is given: per kind of event, an allow-list of keys,
 * each with the shape its value must have (a number, a yes/no, a code, a date, a SHA-256). Anything
 * else — a key not on the kind's list, a text that is not a code (prose, a name, anything with a
 * space or a CJK character, a long run of digits such as an identifier) — is withheld: the event
 * names the withheld keys, never their values. Free text (reasons, notes, custody reasons, requests)
 * stays in the rows the change wrote, which the event vouches for by digest ({@link AuditChain#cover},
 * {@link RangeTable}). An event kind not listed here keeps none of its caller's keys.
 *
 * <p>The keys the chain adds itself ({@code rows}, {@code ranges}, {@code state}, {@code baseline})
 * are kept when they have their expected shape.
 */
public final class AuditPayloads {

    enum Type { NUMBER, BOOLEAN, CODE, DATE, INSTANT, SHA256, CODES, OUTCOMES }

    /** Letters, digits and {@code _ . : / + -}, up to 80 characters: enum names, references, media types. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:/+-]{0,79}");
    /** Ten digits in a row look like part of an identifier (resident ID, credit code, phone), not a code. */
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{10}");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    private static final Map<String, Type> CASE_CHANGE = Map.of("action", Type.CODE, "fromStatus", Type.CODE,
            "toStatus", Type.CODE, "assigneeId", Type.NUMBER, "baseVersion", Type.NUMBER,
            "reopenReason", Type.CODE, "reopeningId", Type.NUMBER, "deadlineOn", Type.DATE);

    /** Every event kind the workstation writes, with the keys it keeps. */
    static final Map<String, Map<String, Type>> ALLOWED = Map.ofEntries(
            entry("case.action", CASE_CHANGE),
            entry("case.assign", CASE_CHANGE),
            entry("approval.give", CASE_CHANGE),
            entry("decision.record", Map.of("decisionId", Type.NUMBER, "supersedes", Type.NUMBER,
                    "outcomes", Type.OUTCOMES, "baseVersion", Type.NUMBER)),
            entry("note.add", Map.of("noteId", Type.NUMBER, "baseVersion", Type.NUMBER)),
            entry("attachment.add", Map.of("attachmentId", Type.NUMBER, "sha256", Type.SHA256, "size", Type.NUMBER,
                    "mediaType", Type.CODE, "baseVersion", Type.NUMBER)),
            entry("identifier.reveal", Map.of("subjectId", Type.NUMBER, "basis", Type.CODE, "baseVersion", Type.NUMBER)),
            entry("recusal.declare", Map.of("declarationId", Type.NUMBER, "baseVersion", Type.NUMBER)),
            entry("conflict.resolve", Map.of("conflictId", Type.CODE, "caseNo", Type.CODE, "chosenDecisionId", Type.CODE,
                    "seenDecisionIds", Type.CODES, "baseVersion", Type.NUMBER)),
            entry("case.clock", Map.ofEntries(entry("step", Type.CODE), entry("onTime", Type.BOOLEAN),
                    entry("dueOn", Type.DATE), entry("replyBy", Type.DATE), entry("deadlineOn", Type.DATE),
                    entry("deadlineBefore", Type.DATE), entry("workingDays", Type.NUMBER), entry("items", Type.NUMBER),
                    entry("requestId", Type.NUMBER), entry("extensionId", Type.NUMBER), entry("reason", Type.CODE),
                    entry("choice", Type.CODE), entry("rule", Type.CODE), entry("reassignedTo", Type.NUMBER),
                    entry("caveat", Type.BOOLEAN), entry("baseVersion", Type.NUMBER))),
            entry(AuditChain.BASELINE, Map.of()),
            entry(AuditChain.EXTEND, Map.of()),
            entry(AuditChain.SEAL, Map.of()),
            entry("signin.success", Map.of("hashUpgraded", Type.BOOLEAN)),
            entry("signin.failure", Map.of("reason", Type.CODE, "failures", Type.NUMBER)),
            entry("signin.locked", Map.of("lockedUntil", Type.INSTANT)),
            entry("signin.demo", Map.of()),
            entry("account.lockout", Map.of("failures", Type.NUMBER, "lockedUntil", Type.INSTANT)),
            entry("account.create", Map.of("role", Type.CODE)),
            entry("account.vouched", Map.of("role", Type.CODE)),
            entry("account.password-reset", Map.of()),
            entry("account.password-change", Map.of()),
            entry("workspace.key", Map.of("action", Type.CODE, "files", Type.NUMBER)),
            entry("settings.change", Map.of("minutes", Type.NUMBER, "value", Type.CODE, "valueSha256", Type.SHA256)),
            entry("letter.issue", Map.of("letterId", Type.NUMBER, "referenceNo", Type.CODE, "anchorSeq", Type.NUMBER,
                    "baseVersion", Type.NUMBER)),
            entry("letter.upgrade", Map.of("letterId", Type.NUMBER, "referenceNo", Type.CODE, "sha256", Type.SHA256,
                    "level", Type.CODE, "baseVersion", Type.NUMBER)),
            entry("import.file", Map.of("mode", Type.CODE, "fileNameSha256", Type.SHA256, "records", Type.NUMBER,
                    "ledgerImported", Type.NUMBER, "appealsImported", Type.NUMBER, "subjectsCreated", Type.NUMBER,
                    "quarantined", Type.NUMBER, "errors", Type.NUMBER)),
            entry("subject.export", Map.of("ledgerEntries", Type.NUMBER, "cases", Type.NUMBER, "decisions", Type.NUMBER,
                    "letters", Type.NUMBER, "zipSha256", Type.SHA256)),
            entry("sync.pulled", Map.of("count", Type.NUMBER)),
            entry("notice.issue", Map.of("noticeId", Type.NUMBER, "referenceNo", Type.CODE, "kind", Type.CODE,
                    "sha256", Type.SHA256, "templateZh", Type.NUMBER, "templateEn", Type.NUMBER,
                    "baseVersion", Type.NUMBER)),
            entry("template.save", Map.of("kind", Type.CODE, "language", Type.CODE, "version", Type.NUMBER,
                    "sha256", Type.SHA256)),
            entry("letter.print", Map.of("references", Type.CODES, "pages", Type.NUMBER)),
            entry("calendar.notice.load", Map.of("year", Type.NUMBER, "sha256", Type.SHA256)),
            entry("subject.copy", Map.of("ledgerEntries", Type.NUMBER, "cases", Type.NUMBER, "decisions", Type.NUMBER,
                    "letters", Type.NUMBER, "pdfSha256", Type.SHA256, "jsonSha256", Type.SHA256)));

    /** Keys the chain itself adds. */
    private static final Set<String> STRUCTURAL = Set.of("rows", "ranges", "state", "baseline");

    private AuditPayloads() {
    }

    /** The event kinds with an allow-list. */
    public static Set<String> kinds() {
        return ALLOWED.keySet();
    }

    /** What an event of {@code kind} keeps of {@code payload}; the keys it drops are listed under {@code withheld}. */
    static ObjectNode allowed(String kind, ObjectNode payload) {
        Map<String, Type> keys = ALLOWED.getOrDefault(kind, Map.of());
        ObjectNode out = AuditChain.JSON.objectNode();
        Set<String> withheld = new TreeSet<>();
        boolean unnamed = false;
        for (Map.Entry<String, JsonNode> field : payload.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (STRUCTURAL.contains(key)) {
                if (structural(value)) {
                    out.set(key, value);
                } else {
                    withheld.add(key);
                }
                continue;
            }
            if (key.equals("withheld")) {
                continue;
            }
            Type type = keys.get(key);
            JsonNode kept = type == null ? null : kept(type, value);
            if (kept != null) {
                out.set(key, kept);
            } else if (KEY.matcher(key).matches()) {
                withheld.add(key);
            } else {
                unnamed = true;
            }
        }
        if (unnamed) {
            withheld.add("?");
        }
        if (!withheld.isEmpty()) {
            ArrayNode list = out.putArray("withheld");
            withheld.forEach(list::add);
        }
        return out;
    }

    private static JsonNode kept(Type type, JsonNode value) {
        if (value.isNull()) {
            return value;
        }
        return switch (type) {
            case NUMBER -> value.isNumber() ? value : null;
            case BOOLEAN -> value.isBoolean() ? value : null;
            case CODE -> value.isTextual() && code(value.asText()) ? value : null;
            case SHA256 -> value.isTextual() && HEX64.matcher(value.asText()).matches() ? value : null;
            case DATE -> value.isTextual() && date(value.asText()) ? value : null;
            case INSTANT -> value.isTextual() && instant(value.asText()) ? value : null;
            case CODES -> codes(value);
            case OUTCOMES -> outcomes(value);
        };
    }

    static boolean code(String text) {
        return CODE.matcher(text).matches() && !DIGIT_RUN.matcher(text).find();
    }

    private static JsonNode codes(JsonNode value) {
        if (!value.isArray()) {
            return null;
        }
        ArrayNode out = AuditChain.JSON.arrayNode();
        for (JsonNode item : value) {
            if (item.isTextual() && code(item.asText())) {
                out.add(item);
            }
        }
        return out;
    }

    /** A decision's outcomes: per disputed entry its id, the outcome and the new points or date; no remedy text. */
    private static JsonNode outcomes(JsonNode value) {
        if (!value.isArray()) {
            return null;
        }
        ArrayNode out = AuditChain.JSON.arrayNode();
        for (JsonNode item : value) {
            if (!item.isObject()) {
                continue;
            }
            ObjectNode o = out.addObject();
            copy(item, o, "ledgerEventId", Type.NUMBER);
            copy(item, o, "kind", Type.CODE);
            copy(item, o, "newPoints", Type.NUMBER);
            copy(item, o, "newPublicationUntil", Type.DATE);
        }
        return out;
    }

    private static void copy(JsonNode from, ObjectNode to, String key, Type type) {
        JsonNode value = from.get(key);
        if (value != null) {
            JsonNode kept = kept(type, value);
            if (kept != null) {
                to.set(key, kept);
            }
        }
    }

    /** {@code rows}, {@code ranges}, {@code state}: arrays of objects of codes, numbers and digests; {@code baseline} likewise. */
    private static boolean structural(JsonNode value) {
        if (!value.isArray()) {
            return false;
        }
        for (JsonNode item : value) {
            if (!item.isObject()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> f : item.properties()) {
                JsonNode v = f.getValue();
                boolean ok = v.isNull() || v.isNumber()
                        || (v.isTextual() && (HEX64.matcher(v.asText()).matches() || code(v.asText())));
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean date(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean instant(String text) {
        try {
            Instant.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
