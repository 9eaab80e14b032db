package org.redress.letters;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.jspecify.annotations.Nullable;
import org.redress.audit.AuditChain;
import org.redress.audit.ChainHead;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.Database;
import org.redress.store.LocalChange;
import org.redress.store.NumberSeries;
import org.redress.store.SettingsRepository;
import org.redress.sync.protocol.MutationKind;
import org.redress.vault.SealedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Issues decision letters: reads the decided case, takes the next reference number of the office's
 * series from the blocks the hub leased to this workstation ({@link NumberSeries}), renders
 * (and optionally signs) the PDF, stores it under {@code letters/<year>/<reference>.pdf} and
 * records it with its hashes and a {@code LETTER_ISSUED} line in the case history; a decided case
 * moves to LETTER_ISSUED. Issuing again for the same case makes a new letter that supersedes the
 * last one; no file or row is ever overwritten. Thread-safe: callers bring their own
 * {@link LetterPress} (one per thread); the store serialises the writes.
 */
public final class LetterIssuer {

    public static final String LETTER_ISSUED = "LETTER_ISSUED";
    private static final Logger LOG = LoggerFactory.getLogger(LetterIssuer.class);

    private final Database database;
    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public LetterIssuer(Database database, Catalog catalog, WorkingDayCalendar calendar, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
    }

    public LetterSettings settings() {
        return database.read(c -> LetterSettings.from(new SettingsRepository(c).all()));
    }

    /**
     * Issues the letter for a decided case.
     *
     * @param language  null for the workspace's default language
     * @param offered   null to issue unsigned
     * @param officerId the officer issuing it, recorded in the history; null when the system does
     */
    public IssuedLetter issue(String caseNo, @Nullable LetterLanguage language, LetterPress press,
                              @Nullable LetterSigner offered, @Nullable Long officerId) {
        LetterSettings settings = settings();
        record Facts(DecidedCase decided, Optional<IssuedLetter> previous, @Nullable ChainHead head) {
        }
        Facts facts = database.read(c -> {
            DecidedCase decided = new DecidedCaseReader(c).byCaseNo(caseNo);
            return new Facts(decided, new IssuedLetters(c, database.workspace()).current(decided.caseId()),
                    AuditChain.head(c).orElse(null));
        });
        DecidedCase decided = facts.decided();
        Instant now = clock.instant();
        LocalDate issuedOn = now.atZone(settings.zone()).toLocalDate();
        String office = settings.letterhead().officeCode();
        LetterLanguage chosen = language != null ? language : settings.defaultLanguage();
        // Refused before a number is reserved: a letter the decision has no text for uses none up.
        LetterComposer.requireTexts(decided, chosen);
        // Only the deciding officer's key signs (issue 16, item 3): another officer's is refused, or the letter
        // goes unsigned when the key was offered for its officer's own decisions only (the enrolled key).
        LetterSigner signer = offered == null ? null : offered.forDecision(
                database.read(c -> org.redress.letters.sign.Decider.username(c, decided.decisionId())), office);
        // Office-wide: the next reference of the blocks the hub leased to this workstation, never one of another's.
        LetterReference reference = database.writeAndWait(c -> {
            OptionalInt sequence = new NumberSeries(c).next(NumberSeries.Kind.LETTER, office, issuedOn.getYear());
            if (sequence.isEmpty()) {
                throw new NoLetterNumbersLeft(office, issuedOn.getYear());
            }
            return new LetterReference(office, issuedOn.getYear(), sequence.getAsInt());
        });
        IssuedLetter previous = facts.previous().orElse(null);
        LetterContent content = new LetterComposer(catalog, calendar, settings).compose(decided, reference.toString(),
                now.atZone(settings.zone()).toOffsetDateTime(), chosen, previous == null ? null : previous.referenceNo());
        // Issue #16, item 2: the QR code's payload signed with this workstation's key, as the office endorsed it.
        var qrSigner = org.redress.letters.qr.QrSigning.forWorkspace(
                database.read(c -> new SettingsRepository(c).all()), database.workspace(), issuedOn);
        RenderedLetter rendered = press.render(content, facts.head(), qrSigner);
        byte[] pdf = signer == null ? rendered.pdf() : sign(signer, rendered, settings, reference, now);
        String sha256 = DecisionRecord.sha256(pdf);
        String relative = "letters/" + reference.year() + "/" + reference + ".pdf";
        Path file = database.workspace().root().resolve(relative);
        writeNew(SealedFiles.of(database), file, pdf);
        long id = database.writeAndWait(c -> {
            long letterId = new IssuedLetters(c, database.workspace()).insert(decided.caseId(), decided.decisionId(),
                    reference, chosen, now, officerId, sha256, rendered.verification().recordSha256(), relative,
                    signer != null, previous == null ? null : previous.id());
            CaseRepository cases = new CaseRepository(c, clock);
            String detail = reference + (previous == null ? "" : " supersedes " + previous.referenceNo());
            cases.appendEvent(decided.caseId(), officerId, LETTER_ISSUED, detail);
            CaseRow row = cases.byId(decided.caseId()).orElseThrow();
            if (row.status() == CaseStatus.DECIDED) {
                row = cases.changeStatus(row.id(), row.version(), CaseStatus.LETTER_ISSUED, officerId, "letter " + reference);
            }
            // Through the journal, written last: the audit event vouches for the letter's row (and through it
            // the file's SHA-256) and for the history lines above, and names the head the letter's record
            // anchors; the outbox carries the letter to the hub (letter.issue), so the office knows it.
            var payload = JsonNodeFactory.instance.objectNode().put("letterId", letterId)
                    .put("referenceNo", reference.toString());
            if (facts.head() != null) {
                payload.put("anchorSeq", facts.head().seq());
            }
            database.journal().record(c, new LocalChange(MutationKind.LETTER_ISSUE, "case", caseNo, officerId,
                    row.version(), payload, now));
            return letterId;
        });
        LOG.info("issued letter {} for case {} ({} pages{})", reference, caseNo, rendered.pages(),
                signer == null ? "" : ", signed");
        return new IssuedLetter(id, decided.caseId(), caseNo, reference.toString(), chosen, now, sha256,
                rendered.verification().recordSha256(), file, signer != null, previous == null ? null : previous.id(),
                null, true, sha256, null);
    }

    /** Signed with the visible block in the slot the layout kept, when the signer's certificate was checked. */
    private static byte[] sign(LetterSigner signer, RenderedLetter rendered, LetterSettings settings,
                               LetterReference reference, Instant now) {
        var named = signer.named();
        SignatureSlot slot = rendered.signatureSlot();
        org.redress.letters.sign.SignatureBlock block = named == null || slot == null ? null
                : new org.redress.letters.sign.SignatureBlock(slot, rendered.content().language(), named.displayName(),
                        named.role(), settings.letterhead().name(), now.atZone(settings.zone()));
        LetterSigner.Signed signed = signer.sign(rendered.pdf(), "Decision letter " + reference, now, block);
        LOG.info("signed letter {} at level {}", reference, signed.level());
        return signed.pdf();
    }

    /**
     * Writes a file that must not exist yet, through a temporary file forced to disk, so no letter is
     * half written; sealed with the workspace key when the workspace has one.
     */
    private static void writeNew(SealedFiles files, Path file, byte[] bytes) {
        try {
            if (Files.exists(file)) {
                throw new LetterException("letter file " + file + " already exists; letters are never overwritten");
            }
            files.writeNew(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store letter " + file.getFileName(), e);
        }
    }
}
