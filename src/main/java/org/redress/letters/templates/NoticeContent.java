package org.redress.letters.templates;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.jspecify.annotations.Nullable;
import org.redress.letters.LetterLanguage;
import org.redress.letters.Letterhead;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A notice as it will be printed: the letterhead, reference and date, the case and addressee, and
 * per language printed the template's title and the paragraphs its fields rendered into. Its
 * record ({@link #recordJson}) is canonical JSON — keys sorted, no white space — embedded in the
 * PDF and hashed into its QR code, as a decision letter's record is.
 *
 * @param zh null when the letter carries no Chinese
 * @param en null when the letter carries no English
 */
public record NoticeContent(NoticeKind kind, LetterLanguage language, String referenceNo, OffsetDateTime issuedAt,
                            Letterhead letterhead, String caseNo, String addresseeName, String maskedIdentifier,
                            @Nullable Rendered zh, @Nullable Rendered en) {

    /** The record's format. */
    public static final String FORMAT = "redress.notice-record/1";

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build())
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** One language's part: the template it came from, the fields it was given and what they rendered into. */
    public record Rendered(LetterTemplate template, Map<String, Object> fields, List<String> paragraphs) {
        public Rendered {
            fields = new TreeMap<>(fields);
            paragraphs = List.copyOf(paragraphs);
        }
    }

    public NoticeContent {
        Objects.requireNonNull(kind, "kind");
        if (zh == null && en == null) {
            throw new IllegalArgumentException("a notice carries at least one language");
        }
    }

    public LocalDate issuedOn() {
        return issuedAt.toLocalDate();
    }

    /** The canonical record: what a machine reads of the letter. */
    public byte[] recordJson() {
        Map<String, @Nullable Object> root = new TreeMap<>();
        root.put("format", FORMAT);
        root.put("kind", kind.name());
        root.put("reference", referenceNo);
        root.put("issuedOn", issuedOn().toString());
        root.put("issuedAt", issuedAt.toString());
        root.put("language", language.name());
        Map<String, @Nullable Object> office = new TreeMap<>();
        office.put("code", letterhead.officeCode());
        office.put("name", Map.of("zh", letterhead.name().zh(), "en", letterhead.name().en()));
        office.put("telephone", letterhead.telephone());
        root.put("office", office);
        root.put("case", Map.of("caseNo", caseNo));
        root.put("addressee", Map.of("name", addresseeName, "identifierMasked", maskedIdentifier));
        Map<String, Object> parts = new TreeMap<>();
        if (zh != null) {
            parts.put("zh", part(zh));
        }
        if (en != null) {
            parts.put("en", part(en));
        }
        root.put("text", parts);
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> part(Rendered r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("template", Map.of("version", r.template().version(), "sha256", r.template().sha256()));
        m.put("title", r.template().title());
        m.put("paragraphs", r.paragraphs());
        return m;
    }

    /** The fields as stored with the letter ({@code notice_letter.fields}), so it renders again the same. */
    public String fieldsJson() {
        Map<String, Object> both = new TreeMap<>();
        both.put("identifierMasked", maskedIdentifier);
        if (zh != null) {
            both.put("zh", zh.fields());
        }
        if (en != null) {
            both.put("en", en.fields());
        }
        try {
            return JSON.writeValueAsString(both);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
