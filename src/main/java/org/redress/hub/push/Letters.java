package org.redress.hub.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.LetterGate;
import org.redress.hub.accounts.Caller;
import org.redress.hub.db.ChangeLog;
import org.redress.hub.http.HubJson;
import org.redress.hub.numbers.NumberSeries;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.ReasonCodes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code letter.issue}: a decision letter a workstation of the office issued. The hub keeps every
 * letter of the office ({@code hub_letter}), refuses one for a case with no ruling to state
 * ({@link LetterGate}: an open case is refused NOT_DECIDED), refuses one whose reference is not its workstation's
 * to give (leased to another) or is another letter's already, supersedes the case's letter in
 * force, and moves a DECIDED case to LETTER_ISSUED. Every other workstation of the office learns
 * the letter, and the state of the one it replaced, from the change log.
 *
 * <p>Payload: {@code letterId} (the letter's global id), {@code referenceNo}, {@code decisionId}
 * (the hub's id of the decision it states), {@code language}, {@code issuedAt}, {@code sha256},
 * {@code recordSha256}, {@code signed}, {@code supersedes} (the letter it says it replaces, or null).
 */
final class Letters {

    static final String ENTITY = "letter";
    private static final Pattern REFERENCE = Pattern.compile("([A-Z]{2,8})-L-(\\d{4})-(\\d{6})");
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> LANGUAGES = Set.of("ZH", "EN", "BILINGUAL");

    private Letters() {
    }

    static Outcome issue(Connection c, Caller caller, UUID clientId, Mutation m) throws SQLException, Rejection {
        if (!caller.role().worksCases()) {
            throw new Rejection("only officers and supervisors issue letters");
        }
        JsonNode p = CaseFields.payload(m);
        UUID letterId = uuid(p.path("letterId").asText(""));
        String reference = p.path("referenceNo").asText("");
        Matcher ref = REFERENCE.matcher(reference);
        String language = p.path("language").asText("");
        String sha256 = p.path("sha256").asText("");
        String recordSha256 = p.path("recordSha256").asText("");
        Instant issuedAt = instant(p.path("issuedAt").asText(""));
        if (letterId == null || !ref.matches() || !LANGUAGES.contains(language) || !SHA.matcher(sha256).matches()
                || !SHA.matcher(recordSha256).matches() || issuedAt == null) {
            throw new Rejection(ReasonCodes.LETTER_INVALID, "letter.issue names the letter's id, reference, language, "
                    + "issue time and the SHA-256 of its file and of its record");
        }
        HubCase hubCase = HubCase.lockKnown(c, caller, m);
        // The state gate: a letter only for a case with a ruling to state (the domain's LetterGate, as the
        // workstation's letter desk asks it), on the hub's status, never the payload's caseStatus.
        var refusal = LetterGate.refusal(CaseView.enumOr(CaseStatus.class, hubCase.status(), CaseStatus.RECEIVED),
                caller.role());
        if (refusal.isPresent()) {
            throw Rejection.of(refusal.get());
        }
        String prefix = ref.group(1);
        int year = Integer.parseInt(ref.group(2));
        long sequence = Long.parseLong(ref.group(3));
        switch (NumberSeries.holder(c, NumberSeries.LETTER, prefix, year, sequence, clientId)) {
            case CALLER -> {
            }
            case OTHER_DEVICE -> throw new Rejection(ReasonCodes.LETTER_REFERENCE_NOT_LEASED, "Letter reference "
                    + reference + " was leased to another workstation of the office; this workstation could not "
                    + "give it. The letter is recorded on this workstation only.", detail(reference, letterId, null));
            // Issued before references were leased: the series moves past it so nobody gives it again.
            case NO_LEASE -> NumberSeries.passBeyond(c, NumberSeries.LETTER, prefix, year, sequence);
            default -> throw new IllegalStateException();
        }
        Held held = held(c, reference);
        if (held != null) {
            throw new Rejection(ReasonCodes.LETTER_REFERENCE_TAKEN, "Letter reference " + reference + " is already "
                    + "letter " + held.id() + " of case " + held.caseId() + " at the hub; two letters never share a "
                    + "reference.", detail(reference, letterId, held.id()));
        }
        if (exists(c, letterId)) {
            throw new Rejection(ReasonCodes.LETTER_INVALID, "a letter with this id exists already");
        }
        UUID current = currentOf(c, hubCase.caseId());
        if (current != null) {
            // The letter in force until now is replaced (one letter of a case in force at a time).
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE hub_letter SET superseded_by = ?, version = version + 1 WHERE id = ?")) {
                ps.setObject(1, letterId);
                ps.setObject(2, current);
                ps.executeUpdate();
            }
        }
        insert(c, caller, clientId, hubCase, letterId, reference, p, language, issuedAt, sha256, recordSha256, current);
        if (current != null) {
            // Its new state reaches every workstation after the new letter, which it names.
            publish(c, current);
        }
        long version = hubCase.version();
        if (CaseStatus.DECIDED.name().equals(hubCase.status())) {
            version = HubCase.save(c, hubCase.nextVersion().withStatus(CaseStatus.LETTER_ISSUED.name(), caller.deviceId()));
        }
        ObjectNode answer = HubJson.object();
        answer.put("referenceNo", reference);
        answer.put("supersedes", current == null ? null : current.toString());
        return Outcome.applied(version, answer);
    }

    private static void insert(Connection c, Caller caller, UUID clientId, HubCase hubCase, UUID letterId,
                               String reference, JsonNode p, String language, Instant issuedAt, String sha256,
                               String recordSha256, @Nullable UUID current) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO hub_letter (id, reference_no, case_id, office_code, decision_id, language, issued_at,
                    officer_id, device_id, sha256, record_sha256, signed, names_replaced, supersedes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, letterId);
            ps.setString(2, reference);
            ps.setObject(3, hubCase.caseId());
            ps.setString(4, hubCase.officeCode());
            ps.setString(5, p.hasNonNull("decisionId") ? p.get("decisionId").asText() : null);
            ps.setString(6, language);
            ps.setTimestamp(7, Timestamp.from(issuedAt));
            ps.setObject(8, caller.officerId());
            ps.setObject(9, clientId);
            ps.setString(10, sha256);
            ps.setString(11, recordSha256);
            ps.setBoolean(12, p.path("signed").asBoolean(false));
            ps.setObject(13, uuid(p.path("supersedes").asText("")));
            ps.setObject(14, current);
            ps.executeUpdate();
        }
        publish(c, letterId);
    }

    /** Puts the letter as it now stands into the change log for the office's workstations. */
    private static void publish(Connection c, UUID letterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT l.id, l.reference_no, l.case_id, k.case_no, l.office_code, l.decision_id, l.language, l.issued_at,
                       o.username, l.sha256, l.record_sha256, l.signed, l.supersedes, l.superseded_by,
                       (SELECT n.reference_no FROM hub_letter n WHERE n.id = l.superseded_by), l.version
                FROM hub_letter l JOIN hub_case k ON k.case_id = l.case_id LEFT JOIN officer o ON o.id = l.officer_id
                WHERE l.id = ?""")) {
            ps.setObject(1, letterId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                ObjectNode n = HubJson.object();
                n.put("letterId", rs.getString(1));
                n.put("referenceNo", rs.getString(2));
                n.put("caseId", rs.getString(3));
                n.put("caseNo", rs.getString(4));
                n.put("decisionId", rs.getString(6));
                n.put("language", rs.getString(7));
                n.put("issuedAt", rs.getTimestamp(8).toInstant().toString());
                n.put("by", rs.getString(9));
                n.put("sha256", rs.getString(10));
                n.put("recordSha256", rs.getString(11));
                n.put("signed", rs.getBoolean(12));
                n.put("supersedes", rs.getString(13));
                n.put("supersededBy", rs.getString(14));
                n.put("supersededByReference", rs.getString(15));
                n.put("state", rs.getString(14) == null ? "CURRENT" : "SUPERSEDED");
                ChangeLog.append(c, rs.getString(5), ENTITY, rs.getString(1), "upsert", rs.getLong(16), n);
            }
        }
    }

    private record Held(UUID id, UUID caseId) {
    }

    private static @Nullable Held held(Connection c, String reference) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, case_id FROM hub_letter WHERE reference_no = ?")) {
            ps.setString(1, reference);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Held(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)) : null;
            }
        }
    }

    private static boolean exists(Connection c, UUID letterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM hub_letter WHERE id = ?")) {
            ps.setObject(1, letterId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The case's letter in force at the hub, locked. */
    private static @Nullable UUID currentOf(Connection c, UUID caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM hub_letter WHERE case_id = ? AND superseded_by IS NULL FOR UPDATE")) {
            ps.setObject(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        }
    }

    private static ObjectNode detail(String reference, UUID letterId, @Nullable UUID heldBy) {
        ObjectNode n = HubJson.object();
        n.put("referenceNo", reference);
        n.put("letterId", letterId.toString());
        n.put("heldBy", heldBy == null ? null : heldBy.toString());
        return n;
    }

    private static @Nullable UUID uuid(String text) {
        return HubCase.isCaseId(text) ? UUID.fromString(text) : null;
    }

    private static @Nullable Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
