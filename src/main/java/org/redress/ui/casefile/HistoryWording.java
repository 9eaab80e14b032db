package org.redress.ui.casefile;

import org.jspecify.annotations.Nullable;
import org.redress.casework.CaseFile;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.letters.templates.NoticeKind;
import org.redress.ui.common.Messages;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case history line in the officer's language: who, when (in the language's date format), what
 * happened and, where the stored detail says more, that in words. The store keeps details the
 * services wrote for the record ("decision=12", "officer 5", "clock paused on 2026-12-01; reply by
 * 2026-12-15", a channel or reason code); none of those reach the screen as written: a detail this
 * class knows is reworded, a typed reason or request is shown as typed, and anything else that looks
 * like an internal code is left out.
 */
final class HistoryWording {

    /** One history entry as shown: the muted line (when, who), the bold line (what), an optional note. */
    record Entry(String when, String who, String what, @Nullable String note) {
    }

    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";
    private static final Pattern DECISION = Pattern.compile("^decision=\\d+(?: ([a-z]{2}))?$");
    private static final Pattern ASSIGNEE = Pattern.compile("^(?:officer \\d+|assignee=\\d+.*|unassigned)$");
    private static final Pattern LETTER = Pattern.compile("^(?:letter )?(\\S*\\d\\S*)(?: supersedes (\\S*\\d\\S*))?$");
    private static final Pattern REVEAL_REASON = Pattern.compile("^subject identifier shown .*?; reason: (.*)$",
            Pattern.DOTALL);
    private static final Pattern PAUSED = Pattern.compile("^clock paused on " + DATE + "; reply by " + DATE + "$");
    private static final Pattern RESUMED = Pattern.compile("^clock resumed on " + DATE + "(?:; deadline " + DATE + ")?$");
    private static final Pattern REOPENED_ON = Pattern.compile("^reopened on " + DATE + "; deadline " + DATE + "$");
    private static final Pattern EXTENDED = Pattern.compile("^extended by (\\d+) working day\\(s\\)(?:; deadline "
            + DATE + ")?$");
    private static final Pattern LAPSED = Pattern.compile("^request for information lapsed after " + DATE
            + "; clock runs again from " + DATE + "(?:; deadline " + DATE + ")?$");
    private static final Pattern ACKNOWLEDGED = Pattern.compile("^receipt acknowledged on " + DATE + "(?:, after "
            + DATE + ")?$");
    private static final Pattern EXTENSION = Pattern.compile("^(\\d+) working day\\(s\\)(?:, ([A-Z_]+))?$");
    private static final Pattern BREACHED = Pattern.compile("^decision deadline " + DATE + " passed.*$");
    private static final Pattern RENUMBERED = Pattern.compile("^(\\S+) -> (\\S+)(?: \\(.*\\))?$");
    private static final Pattern REOPEN_REASON = Pattern.compile("^([A-Z_]+): (.*)$", Pattern.DOTALL);
    private static final Pattern NOTICE = Pattern.compile("^([A-Z_]+) (\\S+)$");
    /** A code or a list of codes, as the services record reasons and channels. */
    private static final Pattern CODES = Pattern.compile("^[A-Z][A-Z0-9_]*(?:,[A-Z][A-Z0-9_]*)*$");
    /** What an internal detail looks like: codes, key=value pairs, a code with an underscore, a bare id. */
    private static final Pattern INTERNAL = Pattern.compile(
            "^[A-Z][A-Z0-9_]*(?:,[A-Z][A-Z0-9_]*)*$|\\w+=\\w+|\\b[A-Z]+_[A-Z_]+\\b|^officer \\d+");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    private final Messages messages;
    private final ZoneId zone;

    HistoryWording(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    Entry entry(CaseFile.HistoryLine line) {
        String who = line.actorName() == null ? messages.get("history.system") : line.actorName();
        return new Entry(messages.dateTime(line.at(), zone), who, what(line), note(line));
    }

    /** The bold line: the action in words, an assignment with the officer's name, the move between states. */
    String what(CaseFile.HistoryLine line) {
        String action = line.action();
        String detail = line.detail() == null ? "" : line.detail().strip();
        String head;
        boolean assigning = action.equals("ASSIGNED") || action.equals("ASSIGN") || action.equals("REASSIGN");
        if (assigning && line.namedOfficer() != null) {
            head = messages.get(action.equals("REASSIGN") ? "history.reassignedTo" : "history.assignedTo",
                    line.namedOfficer());
        } else if (assigning && detail.equals("unassigned")) {
            head = messages.get("history.unassigned");
        } else {
            head = messages.has("history." + action) ? messages.get("history." + action) : messages.get("history.other");
        }
        if (line.fromStatus() == null && line.toStatus() == null || line.fromStatus() == line.toStatus()) {
            return head;
        }
        return head + "  " + (line.fromStatus() == null ? "" : messages.of("status", line.fromStatus()) + " → ")
                + (line.toStatus() == null ? "" : messages.of("status", line.toStatus()));
    }

    /** The detail in words; null when it adds nothing the officer should read (or only internals). */
    @Nullable String note(CaseFile.HistoryLine line) {
        String detail = line.detail() == null ? "" : line.detail().strip();
        if (detail.isEmpty()) {
            return null;
        }
        String action = line.action();
        Matcher m;
        if ((m = DECISION.matcher(detail)).matches()) {
            if (m.group(1) != null) {
                Locale language = Locale.forLanguageTag(m.group(1));
                return messages.get("history.note.translated", language.getDisplayLanguage(messages.locale()));
            }
            return line.decisionOutcomes().isEmpty() ? null
                    : messages.get("history.note.decision", outcomes(line.decisionOutcomes()));
        }
        if (ASSIGNEE.matcher(detail).matches()) {
            return null;
        }
        if (action.equals("RECEIVED") && messages.has("channel." + detail)) {
            return messages.get("history.note.channel", messages.get("channel." + detail));
        }
        if (action.equals("SUBMIT_FOR_APPROVAL") && CODES.matcher(detail).matches()) {
            return approvalReasons(detail);
        }
        if (detail.startsWith("subject identifier shown")) {
            m = REVEAL_REASON.matcher(detail);
            return m.matches() ? messages.get("history.note.reason", m.group(1).strip())
                    : messages.get("history.note.revealedToAssignee");
        }
        if ((action.equals("LETTER_ISSUED") || detail.startsWith("letter ")) && (m = LETTER.matcher(detail)).matches()) {
            return m.group(2) == null ? messages.get("history.note.letter", m.group(1))
                    : messages.get("history.note.letterReplacing", m.group(1), m.group(2));
        }
        if (action.equals("NOTICE_ISSUED") && (m = NOTICE.matcher(detail)).matches()) {
            String kind = known(NoticeKind.class, m.group(1), k -> messages.of(k.defaultTitle()));
            if (kind != null) {
                return kind + " " + m.group(2);
            }
        }
        if (action.equals("RENUMBERED") && (m = RENUMBERED.matcher(detail)).matches()) {
            return m.group(1) + " → " + m.group(2);
        }
        if ((m = ACKNOWLEDGED.matcher(detail)).matches()) {
            return m.group(2) == null ? messages.get("history.note.acknowledged", date(m.group(1)))
                    : messages.get("history.note.acknowledgedLate", date(m.group(1)), date(m.group(2)));
        }
        if ((m = EXTENSION.matcher(detail)).matches()) {
            String days = messages.get("history.note.workingDays", Integer.parseInt(m.group(1)));
            return m.group(2) == null || !messages.has("extension.reason." + m.group(2)) ? days
                    : days + " · " + messages.get("extension.reason." + m.group(2));
        }
        if ((m = BREACHED.matcher(detail)).matches()) {
            return messages.get("history.note.breached", date(m.group(1)));
        }
        String rescheduled = rescheduled(detail);
        if (rescheduled != null) {
            return rescheduled;
        }
        if ((m = REOPEN_REASON.matcher(detail)).matches() && messages.has("reopen.reason." + m.group(1))) {
            return messages.get("reopen.reason." + m.group(1)) + ": " + m.group(2).strip();
        }
        if (INTERNAL.matcher(detail).find()) {
            return null;
        }
        // Typed by an officer (a request, a reason, a comment): as typed, any ISO date in the language's way.
        return ISO_DATE.matcher(detail).replaceAll(r -> Matcher.quoteReplacement(date(r.group())));
    }

    private @Nullable String rescheduled(String detail) {
        Matcher m;
        if ((m = PAUSED.matcher(detail)).matches()) {
            return messages.get("history.note.paused", date(m.group(1)), date(m.group(2)));
        }
        if ((m = RESUMED.matcher(detail)).matches()) {
            return withDeadline(messages.get("history.note.resumed", date(m.group(1))), m.group(2));
        }
        if ((m = REOPENED_ON.matcher(detail)).matches()) {
            return withDeadline(messages.get("history.note.reopened", date(m.group(1))), m.group(2));
        }
        if ((m = EXTENDED.matcher(detail)).matches()) {
            return withDeadline(messages.get("history.note.extended", Integer.parseInt(m.group(1))), m.group(2));
        }
        if ((m = LAPSED.matcher(detail)).matches()) {
            return withDeadline(messages.get("history.note.lapsed", date(m.group(1)), date(m.group(2))), m.group(3));
        }
        return null;
    }

    private String withDeadline(String text, @Nullable String deadline) {
        return deadline == null ? text : text + "; " + messages.get("history.note.deadline", date(deadline));
    }

    private @Nullable String approvalReasons(String detail) {
        if (detail.equals("VOLUNTARY")) {
            return messages.get("history.note.voluntary");
        }
        List<String> reasons = new ArrayList<>();
        for (String code : detail.split(",")) {
            String key = "history.approvalReason." + code.strip();
            if (messages.has(key)) {
                reasons.add(messages.get(key));
            }
        }
        return reasons.isEmpty() ? null : messages.get("history.note.approvalNeeded", String.join("; ", reasons));
    }

    /** The outcomes of a decision: one word when every deduction shares it, else each one once. */
    private String outcomes(List<OutcomeKind> kinds) {
        return String.join(messages.isChinese() ? "、" : ", ", kinds.stream().distinct()
                .map(k -> messages.of("outcome", k).toLowerCase(messages.locale())).toList());
    }

    private String date(String iso) {
        try {
            return messages.date(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static <E extends Enum<E>> @Nullable String known(Class<E> type, String name, Function<E, String> words) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return words.apply(constant);
            }
        }
        return null;
    }
}
