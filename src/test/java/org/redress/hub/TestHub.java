package org.redress.hub;

import org.redress.domain.access.Role;
import org.redress.security.PasswordHasher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * One embedded PostgreSQL and one hub for every hub test of this JVM (started on first use,
 * stopped at exit), so the suite stays quick. Tests keep apart by their own offices and ids.
 */
final class TestHub {

    static final String PASSWORD = "correct horse battery";
    private static EmbeddedHub embedded;
    private static HubServer server;
    private static String verifier;

    private TestHub() {
    }

    static synchronized HubServer server() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("redress-hub-test");
                embedded = EmbeddedHub.start(dir.resolve("pg"), 0);
                server = HubServer.start(embedded.config());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    embedded.close();
                    deleteQuietly(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }

    static synchronized EmbeddedHub embedded() {
        server();
        return embedded;
    }

    /** A client of the shared hub over HTTPS (its key pinned), with a device of its own. */
    static HubClient client() {
        return new HubClient(server());
    }

    /** The one password verifier every test officer shares (Argon2id is slow on purpose). */
    static synchronized String verifier() {
        if (verifier == null) {
            verifier = new PasswordHasher().hash(PASSWORD.toCharArray());
        }
        return verifier;
    }

    /** A new office with a unique code. */
    static String newOffice() {
        String code = "OF-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            server().accounts().addOffice(code, "Test office " + code);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return code;
    }

    /**
     * The id of test case {@code caseNo} of {@code office}, seeded at the hub on first use (mutations
     * name cases the hub holds; the id is derived from the name, so every call gives the same).
     */
    static String kase(String office, String caseNo) {
        UUID id = org.redress.domain.appeal.CaseIdentity.legacy(caseNo);
        try {
            org.redress.hub.push.CaseSeeding.seed(server().database(), office, List.of(content(id, caseNo)),
                    UUID.randomUUID(), List.of());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id.toString();
    }

    /**
     * The id of test case {@code caseNo} of {@code office} in review, assigned to {@code assignee}
     * (seeded on first use; the first call names the assignee): a case its assignee may draft on.
     */
    static String caseInReview(String office, String caseNo, String assignee) {
        UUID id = org.redress.domain.appeal.CaseIdentity.legacy(caseNo);
        var content = content(id, caseNo);
        content.put("status", "IN_REVIEW");
        content.put("assignee", assignee);
        return seed(office, content);
    }

    /** Seeds {@code office} with one case of the given content (its {@code caseId} and {@code caseNo}); returns the id. */
    static String seed(String office, com.fasterxml.jackson.databind.node.ObjectNode content) {
        try {
            org.redress.hub.push.CaseSeeding.seedCases(server().database(), office, List.of(content));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return content.get("caseId").asText();
    }

    /**
     * A valid {@code decision.record} payload for test case {@code caseNo}: one outcome of
     * {@code kind} (UPHELD, REVERSED, REFERRED_BACK) on its one disputed entry, reasons and basis.
     */
    static com.fasterxml.jackson.databind.node.ObjectNode decision(String caseNo, String kind) {
        var p = org.redress.hub.http.HubJson.object();
        p.putArray("outcomes").addObject().put("agencyCode", "RC-COURT").put("reference", "T-" + caseNo)
                .put("kind", kind).put("remedy", "");
        p.put("reasons", "Reasons for " + caseNo);
        p.put("legalBasis", "Article 28");
        return p;
    }

    /** A case.create payload for test case {@code caseNo} (made-up subject and deduction). */
    static com.fasterxml.jackson.databind.node.ObjectNode content(UUID caseId, String caseNo) {
        var p = org.redress.hub.http.HubJson.object();
        p.put("caseId", caseId.toString());
        p.put("caseNo", caseNo);
        p.putObject("subject").put("kind", "PERSON").put("identifier", "T-" + caseNo).put("name", "Test " + caseNo);
        p.putArray("deductions").addObject().put("agencyCode", "RC-COURT").put("reference", "T-" + caseNo)
                .put("schemeCode", "RONGCHENG_POINTS").put("ruleCode", "RC-FIN-03").put("kind", "DEDUCTION")
                .put("points", -20).put("imposedOn", "2026-03-02");
        p.put("receivedOn", "2026-09-30");
        p.put("status", "RECEIVED");
        p.put("channel", "IMPORT");
        p.putArray("grounds").add("FACTS_WRONG");
        p.put("statement", "test");
        return p;
    }

    /** A new officer of {@code office}; returns the username. */
    static String newOfficer(String office, Role role) {
        return newOfficer(office, role, null);
    }

    /** A new officer of {@code office} working for {@code agency} (null: the review office); returns the username. */
    static String newOfficer(String office, Role role, String agency) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            server().accounts().addOfficer(username, role, office, verifier(), agency);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return username;
    }
}
