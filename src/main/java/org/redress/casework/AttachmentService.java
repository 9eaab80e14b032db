package org.redress.casework;

import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.evidence.Custody;
import org.redress.evidence.EvidenceStore;
import org.redress.evidence.EvidenceTooLargeException;
import org.redress.evidence.StoredEvidence;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.Database;
import org.redress.store.StoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * Attaches an officer's file to a case: the file is hashed and copied into the evidence store
 * first (slow, outside any transaction, off the UI thread), then one write records the blob (once
 * per content, shared between cases), the attachment with its chain of custody and a line in the
 * case's history. The same bytes twice on one case are reported, not added again. The officer's
 * role is checked before anything is read, their recusal in the write: an officer who must stand
 * aside from the case attaches nothing. The custody reason (free text) stays in the attachment
 * row, which the audit chain vouches for by digest; it never enters the audit payload.
 */
public final class AttachmentService {

    /** The case-history action of an attachment. */
    public static final String ACTION = "EVIDENCE_ATTACHED";

    private final Database database;
    private final EvidenceStore store;
    private final Clock clock;

    public AttachmentService(Database database, EvidenceStore store, Clock clock) {
        this.database = database;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Copies {@code file} into the workspace and attaches it to the case as {@code officer}.
     *
     * @throws UncheckedIOException when the file cannot be read or the workspace written; its
     *                              message names the file
     */
    public AttachResult attach(long caseId, Path file, Officer officer, String source, String reason) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!officer.role().may(Permission.WORK_CASES)) {
            return new AttachResult.Refused(name, "attach.refused.role");
        }
        boolean recused = database.read(c -> {
            Optional<CaseRow> row = new CaseRepository(c).byId(caseId);
            return row.isPresent() && CaseFacts.recusal(c, officer, row.get()).mustStandAside();
        });
        if (recused) {
            // Asked before the copy, so nothing of the file lands in the workspace; asked again in the write.
            return new AttachResult.Refused(name, "attach.refused.recused");
        }
        Custody custody = new Custody(Officers.storeId(officer), clock.instant(), source, reason);
        StoredEvidence stored;
        try {
            stored = store.put(file);
        } catch (EvidenceTooLargeException e) {
            return new AttachResult.TooLarge(e.fileName(), e.size(), EvidenceStore.MAX_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage() == null ? "cannot read " + name : e.getMessage(), e);
        }
        return database.writeAndWait(c -> record(c, caseId, stored, custody, officer));
    }

    private AttachResult record(Connection c, long caseId, StoredEvidence stored, Custody custody, Officer officer)
            throws SQLException {
        CaseRepository cases = new CaseRepository(c, clock);
        CaseRow row = cases.byId(caseId).orElseThrow(() -> new StoreException("no case with id " + caseId));
        if (!row.status().isOpen()) {
            return new AttachResult.Refused(stored.fileName(), "attach.refused.closed");
        }
        if (CaseFacts.recusal(c, officer, row).mustStandAside()) {
            return new AttachResult.Refused(stored.fileName(), "attach.refused.recused");
        }
        Optional<AttachResult> duplicate = duplicate(c, caseId, stored);
        if (duplicate.isPresent()) {
            return duplicate.get();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO evidence_blob (sha256, size, media_type) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING")) {
            ps.setString(1, stored.sha256());
            ps.setLong(2, stored.size());
            ps.setString(3, stored.mediaType());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO attachment (case_id, sha256, file_name, added_by, added_at, source, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, caseId);
            ps.setString(2, stored.sha256());
            ps.setString(3, stored.fileName());
            ps.setLong(4, custody.officerId());
            ps.setString(5, custody.at().toString());
            ps.setString(6, custody.source());
            ps.setString(7, custody.reason());
            ps.executeUpdate();
        }
        long id;
        try (var statement = c.createStatement(); ResultSet rs = statement.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            id = rs.getLong(1);
        }
        cases.appendEvent(caseId, custody.officerId(), ACTION, stored.fileName());
        database.journal().record(c, Changes.attachment(row, id, stored.sha256(), stored.size(), stored.mediaType(),
                stored.fileName(), custody.officerId(), custody.source(), custody.reason(), custody.at()));
        AttachmentLine line = new CaseRecords(c).attachments(caseId, new CaseRecords(c).officerNames()).stream()
                .filter(l -> l.id() == id).findFirst().orElseThrow();
        return new AttachResult.Attached(line, stored.newlyStored());
    }

    private static Optional<AttachResult> duplicate(Connection c, long caseId, StoredEvidence stored)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT file_name, added_at FROM attachment WHERE case_id = ? AND sha256 = ? ORDER BY id LIMIT 1")) {
            ps.setLong(1, caseId);
            ps.setString(2, stored.sha256());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new AttachResult.AlreadyAttached(stored.fileName(), rs.getString(1),
                        java.time.Instant.parse(rs.getString(2))))
                        : Optional.empty();
            }
        }
    }
}
