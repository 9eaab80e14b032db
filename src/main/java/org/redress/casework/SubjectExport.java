package org.redress.casework;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.audit.AuditChain;
import org.redress.domain.identity.Identifiers;
import org.redress.audit.AuditEntry;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.security.Authorization;
import org.redress.store.Database;
import org.redress.vault.SealedFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A subject's own record for an access request, as one zip: who they are as recorded
 * ({@code subject.json}), their ledger, their cases with history and disputed entries, the
 * decisions and approvals on them, the letters (their rows and the PDFs as issued) and a
 * {@code manifest.json} with the SHA-256 of every entry. The export itself is an audit event
 * naming the subject by its internal id and the zip by its SHA-256. Officers' internal notes are
 * not part of it.
 */
public final class SubjectExport {

    public static final String EXPORT = "subject.export";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** No subject in the workspace has the identifier asked for. */
    public static final class UnknownSubject extends RuntimeException {
        UnknownSubject() {
            super("no subject with that identifier");
        }
    }

    /** What was exported. */
    public record Summary(long subjectId, int ledgerEntries, int cases, int decisions, int letters, String zipSha256) {
    }

    private final Database database;
    private final Clock clock;

    public SubjectExport(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Writes the record of the subject with {@code identifier} to {@code zip}.
     *
     * @param requester the officer asking (signed in, on the command line too), checked for
     *                  {@link Permission#EXPORT_SUBJECT} and recorded as the export's actor
     * @throws UnknownSubject when no subject has that identifier
     */
    public Summary export(Officer requester, String identifier, Path zip) {
        Authorization.require(requester, Permission.EXPORT_SUBJECT);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        // Looked up in the form an import stored it: lower-case USCC and legacy 15-digit IDs find it too.
        int[] counts = database.read(c -> collect(c, Identifiers.normalise(identifier), entries));
        String sha = write(zip, entries);
        long subjectId = counts[0];
        database.writeAndWait(c -> AuditChain.append(c, new AuditEntry(clock.instant(),
                Officers.storeId(requester), EXPORT, "subject", Long.toString(subjectId),
                JsonNodeFactory.instance.objectNode().put("ledgerEntries", counts[1]).put("cases", counts[2])
                        .put("decisions", counts[3]).put("letters", counts[4]).put("zipSha256", sha))));
        return new Summary(subjectId, counts[1], counts[2], counts[3], counts[4], sha);
    }

    private int[] collect(Connection c, String identifier, Map<String, byte[]> entries) throws SQLException {
        ArrayNode subject = rows(c, "SELECT id, kind, identifier, id_kind, name, region, birth_date FROM subject "
                + "WHERE identifier = ?", identifier);
        if (subject.isEmpty()) {
            throw new UnknownSubject();
        }
        long id = subject.get(0).get("id").asLong();
        ArrayNode ledger = rows(c, "SELECT * FROM ledger_event WHERE subject_id = ? ORDER BY id", id);
        ArrayNode cases = rows(c, """
                SELECT id, case_no, scheme_code, status, priority, received_on, deadline_on, ack_deadline_on, channel,
                       grounds, ground_text, statement, region, agency_code, rule_code, points, created_at, updated_at
                FROM appeal_case WHERE subject_id = ? ORDER BY id""", id);
        for (var kase : cases) {
            long caseId = kase.get("id").asLong();
            ((ObjectNode) kase).set("disputedLedgerEvents", rows(c,
                    "SELECT ledger_event_id FROM case_deduction WHERE case_id = ? ORDER BY ledger_event_id", caseId));
            ((ObjectNode) kase).set("history", rows(c,
                    "SELECT at, action, from_status, to_status, detail FROM case_event WHERE case_id = ? ORDER BY id",
                    caseId));
        }
        ArrayNode decisions = rows(c, """
                SELECT d.* FROM decision d JOIN appeal_case k ON k.id = d.case_id WHERE k.subject_id = ? ORDER BY d.id""", id);
        for (var decision : decisions) {
            long decisionId = decision.get("id").asLong();
            ((ObjectNode) decision).set("outcomes", rows(c,
                    "SELECT * FROM decision_outcome WHERE decision_id = ? ORDER BY ledger_event_id", decisionId));
            ((ObjectNode) decision).set("approvals", rows(c,
                    "SELECT at, verdict, comment FROM approval WHERE decision_id = ? ORDER BY id", decisionId));
            ((ObjectNode) decision).set("texts", rows(c,
                    "SELECT language, reasons, legal_basis, remedies, written_at FROM decision_text WHERE decision_id = ?"
                            + " ORDER BY language", decisionId));
        }
        ArrayNode letters = rows(c, """
                SELECT l.id, l.case_id, l.decision_id, l.reference_no, l.language, l.issued_at, l.sha256, l.file_path,
                       l.signed, l.supersedes_id
                FROM issued_letter l JOIN appeal_case k ON k.id = l.case_id WHERE k.subject_id = ? ORDER BY l.id""", id);
        entries.put("subject.json", json(subject.get(0)));
        entries.put("ledger.json", json(ledger));
        entries.put("cases.json", json(cases));
        entries.put("decisions.json", json(decisions));
        entries.put("letters.json", json(letters));
        for (var letter : letters) {
            if (letter.get("file_path").asText().isEmpty()) {
                continue; // issued on another workstation of the office, which holds its file; its row is in letters.json
            }
            Path file = database.workspace().root().resolve(letter.get("file_path").asText()).normalize();
            try {
                entries.put("letters/" + letter.get("reference_no").asText() + ".pdf",
                        SealedFiles.reading(database.workspace()).read(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read letter " + letter.get("reference_no").asText(), e);
            }
        }
        ObjectNode manifest = JsonNodeFactory.instance.objectNode();
        manifest.put("exportedAt", clock.instant().toString());
        ObjectNode hashes = manifest.putObject("sha256");
        entries.forEach((name, bytes) -> hashes.put(name, hex(sha256().digest(bytes))));
        entries.put("manifest.json", json(manifest));
        return new int[]{(int) id, ledger.size(), cases.size(), decisions.size(), letters.size()};
    }

    private static ArrayNode rows(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                ArrayNode rows = JsonNodeFactory.instance.arrayNode();
                while (rs.next()) {
                    ObjectNode row = rows.addObject();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        switch (rs.getObject(i)) {
                            case null -> row.putNull(meta.getColumnLabel(i));
                            case Long l -> row.put(meta.getColumnLabel(i), l);
                            case Integer n -> row.put(meta.getColumnLabel(i), n);
                            case Number n -> row.put(meta.getColumnLabel(i), n.doubleValue());
                            case Object o -> row.put(meta.getColumnLabel(i), o.toString());
                        }
                    }
                }
                return rows;
            }
        }
    }

    private static byte[] json(Object node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes through a temporary file, so a failed export leaves no half zip; returns the zip's SHA-256. */
    private static String write(Path zip, Map<String, byte[]> entries) {
        Path target = zip.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            // The zip holds a person's whole record: owner-only from its first byte.
            Path temporary = org.redress.platform.PrivateFiles.createTempFile(target.getParent(), ".export-", ".tmp");
            MessageDigest digest = sha256();
            try (OutputStream file = Files.newOutputStream(temporary);
                 ZipOutputStream out = new ZipOutputStream(new DigestOutputStream(file, digest))) {
                for (var entry : entries.entrySet()) {
                    out.putNextEntry(new ZipEntry(entry.getKey()));
                    out.write(entry.getValue());
                    out.closeEntry();
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return hex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target.getFileName(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
