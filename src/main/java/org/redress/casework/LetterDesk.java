package org.redress.casework;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.redress.domain.access.Officer;
import org.redress.letters.IssuedLetter;
import org.redress.letters.LetterBatch;
import org.redress.letters.LetterIssuer;
import org.redress.letters.LetterPress;
import org.redress.letters.pdf.MissingGlyphPolicy;
import org.redress.store.Database;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The letters screen's services: the letters issued (newest first), the decided cases still without
 * one, issuing one letter or a batch (cancellable, through {@link LetterBatch}), and a picture of a
 * letter's first page. Rendering and issuing take time: call them off the UI thread.
 */
public final class LetterDesk implements AutoCloseable {

    private static final int BATCH_WORKERS = 2;

    private final Database database;
    private final LetterIssuer issuer;
    private LetterPress press;
    private LetterBatch batch;

    public LetterDesk(Database database, LetterIssuer issuer) {
        this.database = database;
        this.issuer = issuer;
    }

    /** The latest letters, newest first, at most {@code limit}. */
    public List<LetterLine> recent(int limit) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT l.id, l.reference_no, c.case_no, l.language, l.issued_at, o.display_name, l.signed,
                           (SELECT n.reference_no FROM issued_letter n WHERE n.supersedes_id = l.id), l.file_path
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
    public List<String> decidedWithoutLetter(int limit) {
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
    public long countDecidedWithoutLetter() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM appeal_case c WHERE c.status = 'DECIDED'"
                    + " AND NOT EXISTS (SELECT 1 FROM issued_letter l WHERE l.case_id = c.id)");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Issues the letter of one decided case as {@code officer}, in the workspace's default language. */
    public synchronized IssuedLetter issue(String caseNo, Officer officer) {
        if (press == null) {
            press = LetterPress.create(MissingGlyphPolicy.MARK);
        }
        return issuer.issue(caseNo, null, press, null, Officers.storeId(officer));
    }

    /** Issues the letters of these cases in the background; cancel the run to stop handing out more. */
    public synchronized LetterBatch.Run issueAll(List<String> caseNumbers, Officer officer, LetterBatch.Progress progress) {
        if (batch == null) {
            batch = new LetterBatch(issuer, BATCH_WORKERS, MissingGlyphPolicy.MARK);
        }
        return batch.start(caseNumbers, null, null, Officers.storeId(officer), progress);
    }

    /** The first page of a letter's PDF at {@code dpi}; empty when the file is missing. */
    public Optional<BufferedImage> firstPage(Path pdf, float dpi) {
        if (!Files.isRegularFile(pdf)) {
            return Optional.empty();
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages() == 0 ? Optional.empty()
                    : Optional.of(new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read letter " + pdf.getFileName(), e);
        }
    }

    /** The folder the workspace keeps its letters in. */
    public Path folder() {
        return database.workspace().root().resolve("letters");
    }

    @Override
    public synchronized void close() {
        if (batch != null) {
            batch.close();
        }
    }
}
