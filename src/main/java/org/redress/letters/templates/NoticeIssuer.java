package org.redress.letters.templates;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.jspecify.annotations.Nullable;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;
import org.redress.letters.DecisionRecord;
import org.redress.letters.LetterException;
import org.redress.letters.LetterLanguage;
import org.redress.letters.LetterReference;
import org.redress.letters.LetterSettings;
import org.redress.letters.NoLetterNumbersLeft;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.Database;
import org.redress.store.LocalChange;
import org.redress.store.NumberSeries;
import org.redress.store.SettingsRepository;
import org.redress.vault.SealedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Issues a case's notices: reads what the kind needs from the case, pins the template versions in
 * force (writing the built-in text as version 1 when none was saved), takes the next reference of the
 * office's letter series, renders the PDF/A, stores it under {@code letters/<year>/<reference>.pdf}
 * and records it in {@code notice_letter} with the template versions and field values it was
 * rendered from, a {@code NOTICE_ISSUED} line in the case history and a {@code notice.issue} audit
 * event. {@link #rerender} renders an issued notice again from what it pinned: editing a template
 * never changes a letter already issued.
 */
public final class NoticeIssuer {

    public static final String NOTICE_ISSUED = "NOTICE_ISSUED";
    /** The audit event of an issued notice (kept on the workstation; the hub does not carry notices yet). */
    public static final String NOTICE_ISSUE = "notice.issue";
    private static final Logger LOG = LoggerFactory.getLogger(NoticeIssuer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final TemplateEngine engine = new TemplateEngine();

    public NoticeIssuer(Database database, Catalog catalog, WorkingDayCalendar calendar, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
    }

    public LetterSettings settings() {
        return database.read(c -> LetterSettings.from(new SettingsRepository(c).all()));
    }

    /**
     * Issues a notice of {@code kind} for the case.
     *
     * @param language  null for the workspace's default language
     * @param officerId the officer issuing it; null when the system does
     * @throws LetterException when the case gives no ground for this kind of notice
     */
    public NoticeLetter issue(String caseNo, NoticeKind kind, @Nullable LetterLanguage language, NoticePress press,
                              @Nullable Long officerId) {
        LetterSettings settings = settings();
        Instant now = clock.instant();
        OffsetDateTime issuedAt = now.atZone(settings.zone()).toOffsetDateTime();
        LetterLanguage chosen = language != null ? language : settings.defaultLanguage();
        // Read first: a case that gives no ground for the notice uses up no number.
        NoticeFacts.Facts facts = database.read(c -> new NoticeFacts(c, catalog, calendar, settings)
                .read(caseNo, kind, issuedAt.toLocalDate()));
        String office = settings.letterhead().officeCode();
        record Pinned(LetterReference reference, @Nullable LetterTemplate zh, @Nullable LetterTemplate en) {
        }
        Pinned pinned = database.writeAndWait(c -> {
            OptionalInt sequence = new NumberSeries(c).next(NumberSeries.Kind.LETTER, office, issuedAt.getYear());
            if (sequence.isEmpty()) {
                throw new NoLetterNumbersLeft(office, issuedAt.getYear());
            }
            LetterTemplates templates = new LetterTemplates(c);
            return new Pinned(new LetterReference(office, issuedAt.getYear(), sequence.getAsInt()),
                    chosen.showsChinese() ? templates.pinned(kind, "ZH", now) : null,
                    chosen.showsEnglish() ? templates.pinned(kind, "EN", now) : null);
        });
        NoticeContent content = compose(kind, chosen, pinned.reference().toString(), issuedAt, settings, facts.caseNo(),
                facts.addresseeName(), facts.maskedIdentifier(), pinned.zh(), facts.zh(), pinned.en(), facts.en());
        NoticePress.Rendered rendered = press.render(content);
        String sha256 = DecisionRecord.sha256(rendered.pdf());
        LetterReference reference = pinned.reference();
        String relative = "letters/" + reference.year() + "/" + reference + ".pdf";
        Path file = database.workspace().root().resolve(relative);
        try {
            if (Files.exists(file)) {
                throw new LetterException("letter file " + file + " already exists; letters are never overwritten");
            }
            SealedFiles.of(database).writeNew(file, rendered.pdf());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store letter " + file.getFileName(), e);
        }
        long id = database.writeAndWait(c -> {
            long noticeId = new NoticeLetters(c, database.workspace()).insert(facts.caseId(), kind, reference, chosen, now,
                    officerId, sha256, rendered.verification().recordSha256(), relative,
                    pinned.zh() == null ? null : pinned.zh().id(), pinned.en() == null ? null : pinned.en().id(),
                    content.fieldsJson());
            CaseRepository cases = new CaseRepository(c, clock);
            cases.appendEvent(facts.caseId(), officerId, NOTICE_ISSUED, kind.name() + " " + reference);
            CaseRow row = cases.byId(facts.caseId()).orElseThrow();
            var payload = JsonNodeFactory.instance.objectNode().put("noticeId", noticeId)
                    .put("referenceNo", reference.toString()).put("kind", kind.name()).put("sha256", sha256);
            if (pinned.zh() != null) {
                payload.put("templateZh", pinned.zh().id());
            }
            if (pinned.en() != null) {
                payload.put("templateEn", pinned.en().id());
            }
            database.journal().record(c, new LocalChange(NOTICE_ISSUE, "case", caseNo, officerId, row.version(),
                    payload, now));
            return noticeId;
        });
        LOG.info("issued {} notice {} for case {}", kind, reference, caseNo);
        return new NoticeLetter(id, facts.caseId(), caseNo, kind, reference.toString(), chosen, now, officerId, sha256,
                rendered.verification().recordSha256(), file, pinned.zh() == null ? null : pinned.zh().id(),
                pinned.en() == null ? null : pinned.en().id(), content.fieldsJson());
    }

    /**
     * Renders an issued notice again from the template versions and field values it pinned; its
     * record (and so its QR code and short code) and its text are those issued.
     */
    public NoticePress.Rendered rerender(NoticeLetter letter, NoticePress press) {
        LetterSettings settings = settings();
        record Templates(@Nullable LetterTemplate zh, @Nullable LetterTemplate en) {
        }
        Templates t = database.read(c -> {
            LetterTemplates templates = new LetterTemplates(c);
            return new Templates(letter.templateZhId() == null ? null : templates.byId(letter.templateZhId()).orElseThrow(),
                    letter.templateEnId() == null ? null : templates.byId(letter.templateEnId()).orElseThrow());
        });
        Stored stored;
        try {
            stored = JSON.readValue(letter.fieldsJson(), Stored.class);
        } catch (IOException e) {
            throw new LetterException("the fields of letter " + letter.referenceNo() + " cannot be read");
        }
        Map<String, Object> zh = stored.zh() == null ? Map.of() : stored.zh();
        Map<String, Object> en = stored.en() == null ? Map.of() : stored.en();
        String name = String.valueOf(zh.getOrDefault("addresseeName", en.getOrDefault("addresseeName", "")));
        NoticeContent content = compose(letter.kind(), letter.language(), letter.referenceNo(),
                letter.issuedAt().atZone(settings.zone()).toOffsetDateTime(), settings, letter.caseNo(), name,
                stored.identifierMasked() == null ? "" : stored.identifierMasked(), t.zh(), zh, t.en(), en);
        return press.render(content);
    }

    /** A notice rendered with a template not saved yet, for the editor's preview (no number, nothing stored). */
    public NoticePress.Rendered preview(String caseNo, LetterTemplate template, NoticePress press) {
        LetterSettings settings = settings();
        OffsetDateTime issuedAt = clock.instant().atZone(settings.zone()).toOffsetDateTime();
        NoticeFacts.Facts facts = database.read(c -> new NoticeFacts(c, catalog, calendar, settings)
                .read(caseNo, template.kind(), issuedAt.toLocalDate()));
        boolean zh = template.language().equals("ZH");
        NoticeContent content = compose(template.kind(), zh ? LetterLanguage.ZH : LetterLanguage.EN,
                settings.letterhead().officeCode() + "-L-" + issuedAt.getYear() + "-000000", issuedAt, settings,
                facts.caseNo(), facts.addresseeName(), facts.maskedIdentifier(), zh ? template : null, facts.zh(),
                zh ? null : template, facts.en());
        return press.render(content);
    }

    /** The text a template gives for a case's fields, paragraph by paragraph (the editor's live preview). */
    public java.util.List<String> previewText(String caseNo, LetterTemplate template) {
        LetterSettings settings = settings();
        LocalDate today = clock.instant().atZone(settings.zone()).toLocalDate();
        NoticeFacts.Facts facts = database.read(c -> new NoticeFacts(c, catalog, calendar, settings)
                .read(caseNo, template.kind(), today));
        return engine.render(template.paragraphs(), template.language().equals("ZH") ? facts.zh() : facts.en());
    }

    private NoticeContent compose(NoticeKind kind, LetterLanguage language, String reference, OffsetDateTime issuedAt,
                                  LetterSettings settings, String caseNo, String name, String masked,
                                  @Nullable LetterTemplate zh, Map<String, Object> zhFields,
                                  @Nullable LetterTemplate en, Map<String, Object> enFields) {
        return new NoticeContent(kind, language, reference, issuedAt, settings.letterhead(), caseNo, name, masked,
                zh == null ? null : new NoticeContent.Rendered(zh, zhFields, engine.render(zh.paragraphs(), zhFields)),
                en == null ? null : new NoticeContent.Rendered(en, enFields, engine.render(en.paragraphs(), enFields)));
    }

    /** What {@code notice_letter.fields} holds. */
    private record Stored(@Nullable Map<String, Object> zh, @Nullable Map<String, Object> en,
                          @Nullable String identifierMasked) {
    }
}
