package org.redress.casework;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.domain.appeal.RecusalVerdict;
import org.redress.letters.IssuedLetter;
import org.redress.letters.LetterBatch;
import org.redress.letters.LetterIssuer;
import org.redress.letters.LetterLanguage;
import org.redress.letters.LetterPress;
import org.redress.letters.LetterSigner;
import org.redress.letters.pdf.MissingGlyphPolicy;
import org.redress.security.Authorization;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.Database;
import org.redress.vault.SealedFiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The letters screen's services: the letters issued (newest first), the decided cases still without
 * one, issuing one letter or a batch (cancellable, through {@link LetterBatch}), and a picture of a
 * letter's first page. Rendering and issuing take time: call them off the UI thread. Every method
 * takes the officer: reading needs a role that reads cases, issuing one that issues letters, and
 * no letter is issued by an officer who must stand aside from its case.
 */
public final class LetterDesk implements AutoCloseable {

    private static final int BATCH_WORKERS = 2;

    private final Database database;
    private final LetterIssuer issuer;
    private final int workers;
    private final SigningKeys signingKeys;
    private LetterPress press;
    private LetterBatch batch;

    public LetterDesk(Database database, LetterIssuer issuer) {
        this(database, issuer, BATCH_WORKERS);
    }

    /** With {@code workers} letters written at once by {@link #issueAll}. */
    public LetterDesk(Database database, LetterIssuer issuer, int workers) {
        this.database = database;
        this.issuer = issuer;
        this.workers = workers;
        this.signingKeys = new SigningKeys(database, java.time.Clock.systemUTC());
    }

    /** The latest letters, newest first, at most {@code limit}. */
    public List<LetterLine> recent(Officer viewer, int limit) {
        Authorization.require(viewer, Permission.READ_CASES);
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT l.id, l.reference_no, c.case_no, l.language, l.issued_at, o.display_name, l.signed,
                           (SELECT n.reference_no FROM letter_superseded s JOIN issued_letter n ON n.id = s.superseded_by
                            WHERE s.letter_id = l.id), l.file_path
                    FROM issued_letter l JOIN appeal_case c ON c.id = l.case_id
                    LEFT JOIN officer o ON o.id = l.issued_by
                    ORDER BY l.id DESC LIMIT ?""")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    List<LetterLine> lines = new ArrayList<>();
                    while (rs.next()) {
                        lines.add(new LetterLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                Instant.parse(rs.getString(5)), rs.getString(6), rs.getInt(7) == 1, rs.getString(8),
                                database.workspace().root().resolve(rs.getString(9))));
                    }
                    return lines;
                }
            }
        });
    }

    /** Decided cases that have no letter yet, oldest decision first, at most {@code limit}. */
    public List<String> decidedWithoutLetter(Officer viewer, int limit) {
        Authorization.require(viewer, Permission.READ_CASES);
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT c.case_no FROM appeal_case c
                    WHERE c.status = 'DECIDED' AND NOT EXISTS (SELECT 1 FROM issued_letter l WHERE l.case_id = c.id)
                    ORDER BY c.updated_at, c.id LIMIT ?""")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    List<String> numbers = new ArrayList<>();
                    while (rs.next()) {
                        numbers.add(rs.getString(1));
                    }
                    return numbers;
                }
            }
        });
    }

    /** How many decided cases have no letter yet. */
    public long countDecidedWithoutLetter(Officer viewer) {
        Authorization.require(viewer, Permission.READ_CASES);
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM appeal_case c WHERE c.status = 'DECIDED'"
                    + " AND NOT EXISTS (SELECT 1 FROM issued_letter l WHERE l.case_id = c.id)");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Issues the letter of one decided case as {@code officer}, in the workspace's default language,
     * signed with the officer's enrolled key when the decision is theirs ({@link SigningKeys#signerFor}).
     *
     * @throws org.redress.security.AccessDenied for a role that does not issue letters
     * @throws Refused                           when the officer must stand aside from the case
     */
    public synchronized IssuedLetter issue(String caseNo, Officer officer) {
        Authorization.require(officer, Permission.ISSUE_LETTER);
        String reason = standAsideFrom(officer, List.of(caseNo)).get(caseNo);
        if (reason != null) {
            throw new Refused(org.redress.domain.appeal.Rejection.of(org.redress.domain.appeal.ReasonCode.RECUSED, reason));
        }
        if (press == null) {
            press = LetterPress.create(MissingGlyphPolicy.MARK);
        }
        // Signed with the officer's enrolled key when the decision is theirs (issue 16, item 3).
        return issuer.issue(caseNo, null, press, signingKeys.signerFor(officer).orElse(null), Officers.storeId(officer));
    }

    /**
     * Issues the letters of these cases in the background, those of the officer's own decisions signed
     * with their enrolled key when they have one; cancel the run to stop handing out more.
     */
    public LetterBatch.Run issueAll(List<String> caseNumbers, Officer officer, LetterBatch.Progress progress) {
        Authorization.require(officer, Permission.ISSUE_LETTER);
        return issueAll(caseNumbers, null, signingKeys.signerFor(officer).orElse(null), officer, progress);
    }

    /**
     * Issues the letters of these cases in the background, in {@code language} (null: the
     * workspace's) and signed by {@code signer} (null: unsigned). Cases the officer must stand
     * aside from are left out ({@link #standAsideFrom} names them).
     *
     * @throws org.redress.security.AccessDenied for a role that does not issue letters
     */
    public synchronized LetterBatch.Run issueAll(List<String> caseNumbers, @Nullable LetterLanguage language,
                                              @Nullable LetterSigner signer, Officer officer,
                                              LetterBatch.Progress progress) {
        Authorization.require(officer, Permission.ISSUE_LETTER);
        Map<String, String> barred = standAsideFrom(officer, caseNumbers);
        List<String> allowed = caseNumbers.stream().filter(n -> !barred.containsKey(n)).toList();
        if (batch == null) {
            batch = new LetterBatch(issuer, workers, MissingGlyphPolicy.MARK);
        }
        return batch.start(allowed, language, signer, Officers.storeId(officer), progress);
    }

    /** The cases among {@code caseNumbers} the officer must stand aside from, with every reason. */
    public Map<String, String> standAsideFrom(Officer officer, List<String> caseNumbers) {
        Authorization.require(officer, Permission.READ_CASES);
        return database.read(c -> {
            Map<String, String> barred = new LinkedHashMap<>();
            CaseRepository cases = new CaseRepository(c);
            for (String caseNo : caseNumbers) {
                Optional<CaseRow> row = cases.byCaseNo(caseNo);
                if (row.isPresent()) {
                    RecusalVerdict verdict = CaseFacts.recusal(c, officer, row.get());
                    if (verdict.mustStandAside()) {
                        barred.put(caseNo, verdict.summary());
                    }
                }
            }
            return barred;
        });
    }

    /** The first page of a letter's PDF at {@code dpi}; empty when the file is missing. */
    public Optional<BufferedImage> firstPage(Officer viewer, Path pdf, float dpi) {
        Authorization.require(viewer, Permission.READ_CASES);
        if (!Files.isRegularFile(pdf)) {
            return Optional.empty();
        }
        try (PDDocument document = Loader.loadPDF(SealedFiles.reading(database.workspace()).read(pdf))) {
            return document.getNumberOfPages() == 0 ? Optional.empty()
                    : Optional.of(new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read letter " + pdf.getFileName(), e);
        }
    }

    /** What printing letters is audited as: the references and the page count, never their text. */
    public static final String LETTER_PRINT = "letter.print";

    /**
     * The letters to print as one job (issue 17), in the order given; {@link #printed} records the
     * printing once it happened.
     *
     * @throws IllegalArgumentException when a letter's file is missing
     */
    public org.redress.letters.print.PrintDocument printJob(Officer viewer, List<LetterLine> letters) {
        Authorization.require(viewer, Permission.READ_CASES);
        List<byte[]> pdfs = new ArrayList<>();
        for (LetterLine line : letters) {
            if (!Files.isRegularFile(line.file())) {
                throw new IllegalArgumentException("letter " + line.referenceNo() + " has no file in the workspace");
            }
            try {
                pdfs.add(SealedFiles.reading(database.workspace()).read(line.file()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read letter " + line.referenceNo(), e);
            }
        }
        String name = letters.size() == 1 ? letters.getFirst().referenceNo()
                : letters.getFirst().referenceNo() + " +" + (letters.size() - 1);
        return org.redress.letters.print.PrintDocument.of(pdfs, name);
    }

    /** An audit event for letters sent to a printer: a printed letter is personal data leaving on paper. */
    public void printed(Officer viewer, List<LetterLine> letters, int pages) {
        Authorization.require(viewer, Permission.READ_CASES);
        database.writeAndWait(c -> {
            var references = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            letters.forEach(l -> references.add(l.referenceNo()));
            var payload = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            payload.set("references", references);
            payload.put("pages", pages);
            org.redress.audit.AuditChain.append(c, new org.redress.audit.AuditEntry(Instant.now(), Officers.storeId(viewer),
                    LETTER_PRINT, "issued_letter", Long.toString(letters.getFirst().id()), payload));
            return null;
        });
    }

    /** The folder the workspace keeps its letters in. */
    public Path folder(Officer viewer) {
        Authorization.require(viewer, Permission.READ_CASES);
        return database.workspace().root().resolve("letters");
    }

    @Override
    public synchronized void close() {
        if (batch != null) {
            batch.close();
        }
    }
}
