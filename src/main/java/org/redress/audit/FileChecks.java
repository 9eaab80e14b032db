package org.redress.audit;

import org.jspecify.annotations.Nullable;
import org.redress.evidence.FileHash;
import org.redress.audit.IntegrityBreak.Area;
import org.redress.store.Workspace;

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

/**
 * The files the database names by hash: evidence ({@code evidence/ab/cd/<sha256>}, checked against
 * its own name and size) and issued letters (against {@code issued_letter.sha256}). Files are
 * hashed in parallel; breaks are reported in a stable order (evidence by hash, letters by id).
 */
final class FileChecks {


    private record Expected(String key, String label, String sha256, long size, Path file) {
    }

    private final Workspace workspace;

    FileChecks(Workspace workspace) {
        this.workspace = workspace;
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
                "SELECT id, reference_no, sha256, file_path FROM issued_letter WHERE file_path <> '' ORDER BY id");
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
        List<@Nullable String> problems = files.parallelStream().map(FileChecks::problem).toList();
        for (int i = 0; i < files.size(); i++) {
            String problem = problems.get(i);
            if (problem != null) {
                Expected e = files.get(i);
                breaks.add(new IntegrityBreak(area, null, e.label() + " " + problem,
                        e.key() + " at " + workspace.root().relativize(e.file())));
            }
        }
    }

    private static @Nullable String problem(Expected e) {
        try {
            long size = Files.size(e.file());
            if (e.size() >= 0 && size != e.size()) {
                return "has " + size + " bytes where " + e.size() + " were stored";
            }
            String actual = FileHash.sha256(e.file());
            return Objects.equals(actual, e.sha256()) ? null
                    : "does not match its recorded SHA-256 (" + size + " bytes on disk)";
        } catch (NoSuchFileException ex) {
            return "is missing";
        } catch (IOException ex) {
            return "cannot be read (" + ex.getClass().getSimpleName() + ")";
        }
    }
}
