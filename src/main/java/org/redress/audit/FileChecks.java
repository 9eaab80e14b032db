package org.redress.audit;

import org.jspecify.annotations.Nullable;
import org.redress.evidence.FileHash;
import org.redress.audit.IntegrityBreak.Area;
import org.redress.store.Workspace;
import org.redress.vault.SealedFileException;
import org.redress.vault.SealedFiles;
import org.redress.vault.Vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The files the database names by hash: evidence ({@code evidence/ab/cd/<sha256>}, checked against
 * its own name and size) and issued letters (against {@code issued_letter.sha256}). Files are
 * hashed in parallel; breaks are reported in a stable order (evidence by hash, letters by id).
 */
final class FileChecks {


    private record Expected(String key, String label, String sha256, long size, Path file) {
    }

    private final Workspace workspace;
    private final SealedFiles files;
    private final boolean allSealed;
    /** Sealed files whose contents could not be checked: the workspace is locked in this process. */
    private final AtomicLong unopened = new AtomicLong();

    FileChecks(Workspace workspace, boolean allSealed) {
        this.workspace = workspace;
        this.files = SealedFiles.reading(workspace);
        this.allSealed = allSealed;
    }

    long unopened() {
        return unopened.get();
    }

    long evidence(Connection c, AuditVerifier.Breaks breaks) throws SQLException {
        List<Expected> files = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                // A file another workstation attached whose bytes are still on their way from the hub is pending, not missing.
                "SELECT sha256, size FROM evidence_blob WHERE sha256 NOT IN "
                        + "(SELECT sha256 FROM blob_download WHERE state = 'PENDING') ORDER BY sha256");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String sha = rs.getString(1);
                Path file;
                try {
                    file = workspace.evidenceFile(sha);
                } catch (IllegalArgumentException notAHash) {
                    // A row edited into something that is not a hash names no file at all.
                    breaks.add(new IntegrityBreak(Area.EVIDENCE, null, "evidence_blob row " + notAHash.getMessage(),
                            "evidence_blob"));
                    continue;
                }
                files.add(new Expected(sha, "evidence file " + sha.substring(0, 12) + "…", sha, rs.getLong(2), file));
            }
        }
        check(files, Area.EVIDENCE, breaks);
        return files.size();
    }

    long letters(Connection c, AuditVerifier.Breaks breaks) throws SQLException {
        List<Expected> files = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                // A letter another workstation of the office issued (known from a sync) has its file there.
                // A letter signed offline and raised to B-LT since (letter_upgrade) is held as raised.
                "SELECT l.id, l.reference_no, ifnull(u.sha256, l.sha256), l.file_path FROM issued_letter l"
                        + " LEFT JOIN letter_upgrade u ON u.letter_id = l.id WHERE l.file_path <> '' ORDER BY l.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                files.add(new Expected("issued_letter " + rs.getLong(1), "letter " + rs.getString(2), rs.getString(3), -1,
                        workspace.root().resolve(rs.getString(4)).normalize()));
            }
        }
        check(files, Area.LETTERS, breaks);
        return files.size();
    }

    private void check(List<Expected> files, Area area, AuditVerifier.Breaks breaks) {
        List<@Nullable String> problems = files.parallelStream().map(this::problem).toList();
        for (int i = 0; i < files.size(); i++) {
            String problem = problems.get(i);
            if (problem != null) {
                Expected e = files.get(i);
                breaks.add(new IntegrityBreak(area, null, e.label() + " " + problem,
                        e.key() + " at " + workspace.root().relativize(e.file())));
            }
        }
    }

    private @Nullable String problem(Expected e) {
        try {
            long size = Files.size(e.file());
            if (SealedFiles.isSealed(e.file())) {
                if (!Vault.of(workspace).unlocked()) {
                    // Without the key only the size can be held against the record; the contents wait for a sign-in.
                    unopened.incrementAndGet();
                    return e.size() >= 0 && size != e.size() + SealedFiles.OVERHEAD
                            ? "has " + size + " bytes where an encrypted file of " + e.size() + " bytes has "
                            + (e.size() + SealedFiles.OVERHEAD) : null;
                }
                byte[] plain;
                try {
                    plain = files.read(e.file());
                } catch (SealedFileException sealed) {
                    return "cannot be opened: " + sealed.getMessage().substring(sealed.file().length() + 2);
                }
                if (e.size() >= 0 && plain.length != e.size()) {
                    return "has " + plain.length + " bytes where " + e.size() + " were stored";
                }
                return Objects.equals(sha256(plain), e.sha256()) ? null
                        : "does not match its recorded SHA-256 (" + plain.length + " bytes, encrypted)";
            }
            if (e.size() >= 0 && size != e.size()) {
                return "has " + size + " bytes where " + e.size() + " were stored";
            }
            String actual = FileHash.sha256(e.file());
            if (!Objects.equals(actual, e.sha256())) {
                return "does not match its recorded SHA-256 (" + size + " bytes on disk)";
            }
            return allSealed ? "is not encrypted, though every file of the workspace was sealed" : null;
        } catch (NoSuchFileException ex) {
            return "is missing";
        } catch (IOException ex) {
            return "cannot be read (" + ex.getClass().getSimpleName() + ")";
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
