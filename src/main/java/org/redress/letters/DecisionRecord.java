package org.redress.letters;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.jspecify.annotations.Nullable;
import org.redress.audit.ChainHead;
import org.redress.domain.appeal.Ground;
import org.redress.domain.scheme.LocalizedText;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The decision record a letter carries as an embedded JSON file and names by hash in its QR code.
 * Canonical: UTF-8, object keys sorted, no insignificant whitespace, dates as ISO text; so the
 * same content always gives the same bytes and the same SHA-256. Identifiers appear masked only.
 */
public final class DecisionRecord {

    public static final String FORMAT = "redress.decision-record/2";
    /** The first format (letters issued before reasons were kept per language); still read. */
    static final String FORMAT_1 = "redress.decision-record/1";
    public static final String FILE_NAME = "decision-record.json";
    // Characters outside the BMP (a name with 𠮷) are written as UTF-8, not as escaped surrogates.
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build())
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private DecisionRecord() {
    }

    /** The canonical JSON bytes of the letter's record. */
    public static byte[] canonicalJson(LetterContent c) {
        return canonicalJson(c, null);
    }

    /**
     * The canonical JSON bytes of the letter's record, carrying the workspace's audit chain head
     * when the letter was made ({@code "auditHead": {"seq", "sha256"}}): every letter anchors the
     * history before it, so a chain rewritten afterwards no longer passes through the head a letter
     * in a recipient's hands names ({@code redress verify --letter}).
     */
    public static byte[] canonicalJson(LetterContent c, @Nullable ChainHead auditHead) {
        Map<String, @Nullable Object> root = new TreeMap<>();
        if (auditHead != null) {
            root.put("auditHead", map("seq", auditHead.seq(), "sha256", auditHead.hash()));
        }
        root.put("format", FORMAT);
        root.put("reference", c.referenceNo());
        root.put("issuedOn", c.issuedOn().toString());
        root.put("issuedAt", c.issuedAt().toString());
        root.put("language", c.language().name());
        root.put("kind", c.kind().name());
        Letterhead head = c.letterhead();
        Map<String, @Nullable Object> office = map("code", head.officeCode(), "name", text(head.name()));
        office.put("address", head.address() == null ? null : text(head.address()));
        office.put("telephone", head.telephone());
        root.put("office", office);
        List<String> grounds = c.grounds().stream().sorted().map(Ground::name).toList();
        root.put("case", map("number", c.caseNo(), "receivedOn", c.receivedOn().toString(), "grounds", grounds,
                "groundText", c.groundText()));
        root.put("addressee", map("name", c.addressee().name(), "identifierMasked", c.addressee().maskedIdentifier()));
        List<Object> disputed = new ArrayList<>();
        for (LetterContent.Disputed d : c.disputed()) {
            Map<String, @Nullable Object> m = map("ledgerEntry", d.ledgerEventId(), "rule", d.ruleCode(),
                    "ruleTitle", text(d.ruleTitle()), "legalBasis", text(d.legalBasis()), "kind", d.kind().name(),
                    "points", d.points(), "agency", text(d.agency()), "imposedOn", d.imposedOn().toString(),
                    "reference", d.reference());
            m.put("rating", d.rating() == null ? null : text(d.rating()));
            m.put("publicationUntil", iso(d.publicationUntil()));
            m.put("outcome", d.outcome().name());
            m.put("newPoints", d.newPoints());
            m.put("newPublicationUntil", iso(d.newPublicationUntil()));
            disputed.add(m);
        }
        root.put("disputed", disputed);
        Map<String, Object> reasons = new TreeMap<>();
        Map<String, Object> legalBasis = new TreeMap<>();
        Map<String, Object> remedies = new TreeMap<>();
        for (DecisionText.Language language : DecisionText.Language.values()) {
            DecisionText t = c.texts().in(language);
            if (t != null) {
                reasons.put(language.code(), t.reasons());
                legalBasis.put(language.code(), t.legalBasis());
                remedies.put(language.code(), t.remedies());
            }
        }
        root.put("reasons", reasons);
        root.put("legalBasis", legalBasis);
        root.put("remedies", remedies);
        List<Object> effects = new ArrayList<>();
        for (LetterContent.Effect e : c.effects()) {
            Map<String, @Nullable Object> m = map("scheme", text(e.scheme()), "schemeKind", e.schemeKind().name(),
                    "derived", e.derived());
            m.put("scoreBefore", e.scoreBefore());
            m.put("scoreAfter", e.scoreAfter());
            m.put("gradeBefore", e.gradeBefore() == null ? null : text(e.gradeBefore()));
            m.put("gradeAfter", e.gradeAfter() == null ? null : text(e.gradeAfter()));
            m.put("listingChanges", e.listingChanges().stream().map(l -> {
                Map<String, @Nullable Object> lm = listing(l.listing());
                lm.put("change", l.change().name());
                lm.put("newUntil", iso(l.newUntil()));
                return lm;
            }).toList());
            m.put("listingsRemaining", e.listingsRemaining().stream().map(DecisionRecord::listing).toList());
            m.put("restrictionsLifted", texts(e.restrictionsLifted()));
            m.put("restrictionsAdded", texts(e.restrictionsAdded()));
            m.put("incentivesGained", texts(e.incentivesGained()));
            m.put("incentivesLost", texts(e.incentivesLost()));
            m.put("agencyMustActBy", iso(e.agencyMustActBy()));
            effects.add(m);
        }
        root.put("effects", effects);
        root.put("evidence", c.evidence().stream().map(e -> map("title", e.title(), "source", e.source(),
                "addedOn", e.addedOn().toString(), "sha256", e.sha256())).toList());
        LetterContent.Signatories s = c.signatories();
        root.put("decidedBy", map("name", s.decidedBy(), "on", s.decidedOn().toString()));
        root.put("approvedBy", s.approvedBy() == null ? null
                : map("name", s.approvedBy(), "on", iso(s.approvedOn())));
        LetterContent.NextStep next = c.nextStep();
        Map<String, @Nullable Object> step = map("body", text(next.body()), "deadline", next.deadline().toString(),
                "workingDays", next.workingDays(), "lawsuitMonths", next.lawsuitMonths());
        step.put("address", next.address() == null ? null : text(next.address()));
        root.put("nextStep", step);
        root.put("supersedes", c.supersedesReference());
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a decision record is plain maps, lists and text", e);
        }
    }

    private static Map<String, @Nullable Object> listing(LetterContent.Listing l) {
        Map<String, @Nullable Object> m = map("ledgerEntry", l.ledgerEventId(), "title", text(l.title()),
                "listedOn", l.listedOn().toString());
        m.put("until", iso(l.until()));
        return m;
    }

    private static List<Map<String, String>> texts(List<LocalizedText> texts) {
        return texts.stream().map(DecisionRecord::text).toList();
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    /** The reference a record names, or null when the bytes are not a decision record. */
    public static @Nullable String referenceIn(byte[] json) {
        try {
            var node = JSON.readTree(json);
            var format = node.get("format");
            var reference = node.get("reference");
            if (format == null || !(FORMAT.equals(format.asText()) || FORMAT_1.equals(format.asText())) || reference == null || !reference.isTextual()) {
                return null;
            }
            return reference.asText();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The audit chain head a record carries; null when it carries none or the bytes are not a record. */
    public static @Nullable ChainHead auditHeadIn(byte[] json) {
        try {
            var head = JSON.readTree(json).path("auditHead");
            if (!head.path("seq").canConvertToLong() || !head.path("sha256").isTextual()) {
                return null;
            }
            return new ChainHead(head.path("seq").asLong(), head.path("sha256").asText());
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String iso(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Map<String, String> text(LocalizedText t) {
        return new TreeMap<>(Map.of("zh", t.zh(), "en", t.en()));
    }

    private static Map<String, @Nullable Object> map(Object... keyValues) {
        Map<String, @Nullable Object> m = new TreeMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
