package org.redress.hub.agency;

import com.fasterxml.jackson.databind.JsonNode;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HubJson;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Acknowledgements from agencies without an API (issue 19, item 5): a CSV file (a header line
 * {@code notice_id}, then one notice id a line) or a JSON file ({@code {"acknowledgements":
 * [{"noticeId": "…"}]}}), signed with Ed25519 by a key the agency registered ({@code agency_key}).
 * The signature is over the file's exact bytes; a batch whose signature no registered key of the
 * agency holds is refused whole and nothing is acknowledged. Acknowledging is idempotent, so a batch
 * sent twice, or a notice listed twice, counts once.
 */
public final class AgencyBatches {

    private AgencyBatches() {
    }

    /** What a batch did: notices acknowledged now, acknowledged before, and ids this agency has no notice under. */
    public record Report(int acknowledged, int already, List<String> unknown) {
    }

    /** The batch could not be taken: a bad signature, no registered key, or a malformed file. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /** Registers an agency's Ed25519 public key (X.509 encoding); returns its fingerprint (SHA-256, hex). */
    public static String registerKey(HubDatabase db, String agencyCode, byte[] x509) throws SQLException, Refused {
        PublicKey key = ed25519(x509);
        String fingerprint = HexFormat.of().formatHex(sha256(key.getEncoded()));
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO agency_key (agency_code, fingerprint, public_key) VALUES (?, ?, ?)
                    ON CONFLICT DO NOTHING""")) {
                ps.setString(1, agencyCode);
                ps.setString(2, fingerprint);
                ps.setBytes(3, key.getEncoded());
                return ps.executeUpdate();
            }
        });
        return fingerprint;
    }

    /** Checks the signature, then acknowledges every notice the batch lists (via BATCH), in one transaction. */
    public static Report apply(HubDatabase db, String agencyCode, byte[] file, byte[] signature)
            throws SQLException, Refused {
        try (Connection c = db.connection()) {
            if (!signedByAgency(c, agencyCode, file, signature)) {
                throw new Refused("the batch's signature is not that of a key agency " + agencyCode
                        + " registered; nothing was acknowledged");
            }
        }
        Set<UUID> ids = parse(file);
        return db.inTransaction(c -> {
            int now = 0;
            int before = 0;
            List<String> unknown = new ArrayList<>();
            for (UUID id : ids) {
                var done = AgencyNotices.acknowledge(c, agencyCode, id, "BATCH");
                if (done == null) {
                    unknown.add(id.toString());
                } else if (done.first()) {
                    now++;
                } else {
                    before++;
                }
            }
            return new Report(now, before, List.copyOf(unknown));
        });
    }

    private static boolean signedByAgency(Connection c, String agencyCode, byte[] file, byte[] signature)
            throws SQLException, Refused {
        try (PreparedStatement ps = c.prepareStatement("SELECT public_key FROM agency_key WHERE agency_code = ?")) {
            ps.setString(1, agencyCode);
            try (ResultSet rs = ps.executeQuery()) {
                boolean any = false;
                while (rs.next()) {
                    any = true;
                    try {
                        Signature verifier = Signature.getInstance("Ed25519");
                        verifier.initVerify(ed25519(rs.getBytes(1)));
                        verifier.update(file);
                        if (verifier.verify(signature)) {
                            return true;
                        }
                    } catch (GeneralSecurityException e) {
                        // A malformed signature holds for no key.
                    }
                }
                if (!any) {
                    throw new Refused("agency " + agencyCode + " has no registered key to check a batch against");
                }
                return false;
            }
        }
    }

    /** The notice ids a CSV or JSON batch lists, in order, once each. */
    static Set<UUID> parse(byte[] file) throws Refused {
        String text = new String(file, StandardCharsets.UTF_8).strip();
        Set<UUID> ids = new LinkedHashSet<>();
        try {
            if (text.startsWith("{")) {
                JsonNode root = HubJson.tree(text);
                for (JsonNode a : root.path("acknowledgements")) {
                    ids.add(UUID.fromString(a.path("noticeId").asText("")));
                }
                return ids;
            }
            String[] lines = text.split("\\R");
            if (lines.length == 0 || !lines[0].strip().split(",")[0].strip().equals("notice_id")) {
                throw new Refused("a CSV batch starts with the header notice_id");
            }
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i].strip();
                if (!line.isEmpty()) {
                    ids.add(UUID.fromString(line.split(",")[0].strip()));
                }
            }
            return ids;
        } catch (IllegalArgumentException e) {
            throw new Refused("the batch lists something that is not a notice id");
        } catch (RuntimeException e) {
            throw new Refused("the batch is neither the CSV nor the JSON form");
        }
    }

    private static PublicKey ed25519(byte[] x509) throws Refused {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new Refused("not an Ed25519 public key (X.509 encoding)");
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
