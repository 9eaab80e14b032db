package org.redress.bench;

import org.redress.audit.AuditCanonical;
import org.redress.audit.CoveredTable;
import org.redress.audit.RowDigests;
import org.redress.store.Database;
import org.redress.store.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A workspace for measuring {@code redress verify} at scale, written straight to the tables (not
 * through the services, which would take hours): {@code events} audit events chained exactly as
 * {@link org.redress.audit.AuditChain} chains them, a fifth of them vouching for decision, approval
 * and note rows written alongside, and {@code evidenceFiles} evidence files of 2–30 KB (the demo's
 * average is about 16 KB) with their {@code evidence_blob} rows. Foreign keys are off while it
 * writes: the rows name cases that are not there, which the verifier does not look at.
 */
public final class AuditChainWorkspace {

    private AuditChainWorkspace() {
    }

    public record Made(long events, long vouchedRows, long evidenceFiles, long evidenceBytes) {
    }

    public static Made generate(Path root, int events, int evidenceFiles, long seed) throws SQLException {
        try (Database db = Database.open(Workspace.create(root))) {
            // Schema made; the bulk writing uses a connection of its own, with foreign keys off.
        }
        Workspace workspace = new Workspace(root);
        long bytes = writeEvidence(workspace, evidenceFiles, seed);
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + workspace.databaseFile())) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = OFF");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = OFF");
            }
            c.setAutoCommit(false);
            long vouched = writeChain(c, events, seed);
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return new Made(events, vouched, evidenceFiles, bytes);
        }
    }

    private static long writeEvidence(Workspace workspace, int files, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        MessageDigest sha = sha256();
        HexFormat hex = HexFormat.of();
        long total = 0;
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + workspace.databaseFile());
             PreparedStatement ps = c.prepareStatement(
                     "INSERT OR IGNORE INTO evidence_blob (sha256, size, media_type) VALUES (?, ?, 'application/pdf')")) {
            c.setAutoCommit(false);
            byte[] buffer = new byte[30 * 1024];
            for (int i = 0; i < files; i++) {
                int size = 2 * 1024 + random.nextInt(28 * 1024);
                for (int j = 0; j < size; j += 8) {
                    long v = random.nextLong();
                    for (int k = 0; k < 8 && j + k < size; k++) {
                        buffer[j + k] = (byte) (v >>> (8 * k));
                    }
                }
                sha.reset();
                sha.update(buffer, 0, size);
                String name = hex.formatHex(sha.digest());
                Path file = workspace.evidenceFile(name);
                // Owner-only, as every file of a workspace (redress verify names any that is not).
                org.redress.platform.PrivateFiles.createFolders(file.getParent());
                try (var out = org.redress.platform.PrivateFiles.open(file, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                    out.write(java.nio.ByteBuffer.wrap(buffer, 0, size));
                }
                ps.setString(1, name);
                ps.setLong(2, size);
                ps.addBatch();
                total += size;
                if (i % 10_000 == 9_999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            c.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    private static long writeChain(Connection c, int events, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Instant at = Instant.parse("2026-01-05T01:00:00Z");
        String prev = AuditCanonical.GENESIS;
        long decisions = 0;
        long notes = 0;
        long approvals = 0;
        Map<String, PreparedStatement> rows = new HashMap<>();
        rows.put("decision", c.prepareStatement("""
                INSERT INTO decision (id, case_id, drafter_id, drafted_at, reasons, legal_basis, remedies, state)
                VALUES (?, ?, 5, ?, 'The agency confirmed the entry was made in error; the points are restored.',
                        'Article 28', '', 'DRAFT')"""));
        rows.put("outcome", c.prepareStatement(
                "INSERT INTO decision_outcome (decision_id, ledger_event_id, outcome) VALUES (?, ?, 'REVERSED')"));
        rows.put("approval", c.prepareStatement(
                "INSERT INTO approval (id, decision_id, approver_id, at, verdict, comment) VALUES (?, ?, 2, ?, 'APPROVED', 'Agreed.')"));
        rows.put("note", c.prepareStatement(
                "INSERT INTO note (id, case_id, author_id, at, body) VALUES (?, ?, 5, ?, 'Called the applicant; the bank letter follows.')"));
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO audit_event (seq, at, actor_id, kind, entity_type, entity_id, payload, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (long seq = 1; seq <= events; seq++) {
                at = at.plusMillis(1_000 + random.nextInt(20_000));
                String when = at.toString();
                long caseId = 1 + random.nextInt(1_000_000);
                String caseNo = String.format("RD-2026-%06d", caseId);
                int pick = random.nextInt(100);
                String kind;
                String payload;
                if (pick < 7) {
                    kind = "decision.record";
                    long id = ++decisions;
                    insertRow(rows.get("decision"), id, caseId, when);
                    PreparedStatement o = rows.get("outcome");
                    o.setLong(1, id);
                    o.setLong(2, caseId * 3);
                    o.executeUpdate();
                    payload = "{\"decisionId\":" + id + ",\"outcomes\":[{\"ledgerEventId\":" + caseId * 3
                            + ",\"kind\":\"REVERSED\",\"newPoints\":null}],\"withheld\":[\"legalBasis\",\"reasons\"],"
                            + "\"baseVersion\":4,\"rows\":[" + row(c, CoveredTable.DECISION, id) + "]}";
                } else if (pick < 12 && decisions > approvals) {
                    kind = "approval.give";
                    long id = ++approvals;
                    PreparedStatement a = rows.get("approval");
                    a.setLong(1, id);
                    a.setLong(2, id);
                    a.setString(3, when);
                    a.executeUpdate();
                    payload = "{\"action\":\"APPROVE\",\"fromStatus\":\"AWAITING_APPROVAL\",\"toStatus\":\"DECIDED\","
                            + "\"assigneeId\":5,\"baseVersion\":6,\"rows\":[" + row(c, CoveredTable.APPROVAL, id) + "]}";
                } else if (pick < 20) {
                    kind = "note.add";
                    long id = ++notes;
                    insertRow(rows.get("note"), id, caseId, when);
                    payload = "{\"noteId\":" + id + ",\"withheld\":[\"body\"],\"baseVersion\":3,\"rows\":["
                            + row(c, CoveredTable.NOTE, id) + "]}";
                } else if (pick < 50) {
                    kind = "case.action";
                    payload = "{\"action\":\"START_REVIEW\",\"fromStatus\":\"ASSIGNED\",\"toStatus\":\"IN_REVIEW\","
                            + "\"assigneeId\":5,\"baseVersion\":2}";
                } else if (pick < 70) {
                    kind = "identifier.reveal";
                    payload = "{\"subjectId\":" + caseId + ",\"baseVersion\":2}";
                } else if (pick < 85) {
                    kind = "case.assign";
                    payload = "{\"action\":\"ASSIGN\",\"fromStatus\":\"RECEIVED\",\"toStatus\":\"ASSIGNED\","
                            + "\"assigneeId\":" + (5 + random.nextInt(5)) + ",\"baseVersion\":1}";
                } else {
                    kind = "signin.success";
                    payload = "{\"hashUpgraded\":false}";
                }
                boolean account = kind.startsWith("signin");
                long actor = 2 + random.nextInt(8);
                String entityType = account ? "account" : "case";
                String entityId = account ? Long.toString(actor) : caseNo;
                String hash = AuditCanonical.hash(seq, when, actor, kind, entityType, entityId, payload, prev);
                insert.setLong(1, seq);
                insert.setString(2, when);
                insert.setLong(3, actor);
                insert.setString(4, kind);
                insert.setString(5, entityType);
                insert.setString(6, entityId);
                insert.setString(7, payload);
                insert.setString(8, prev);
                insert.setString(9, hash);
                insert.addBatch();
                if (seq % 10_000 == 0) {
                    insert.executeBatch();
                }
                prev = hash;
            }
            insert.executeBatch();
        } finally {
            for (PreparedStatement ps : rows.values()) {
                ps.close();
            }
        }
        return decisions + approvals + notes;
    }

    private static void insertRow(PreparedStatement ps, long id, long caseId, String at) throws SQLException {
        ps.setLong(1, id);
        ps.setLong(2, caseId);
        ps.setString(3, at);
        ps.executeUpdate();
    }

    private static String row(Connection c, CoveredTable table, long id) throws SQLException {
        String sha = RowDigests.of(c, table, id).orElseThrow();
        return "{\"table\":\"" + table.table() + "\",\"id\":" + id + ",\"sha256\":\"" + sha + "\"}";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
