package org.redress.hub.ca;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.redress.domain.access.Permission;
import org.redress.hub.accounts.Caller;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HttpProblem;
import org.redress.hub.pki.CertificateProfile;
import org.redress.hub.pki.OfficeCa;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Officers' letter-signing certificates (issue 16, item 3), issued by the office CA from a PKCS#10
 * request the officer's workstation made over a key that never leaves it. The hub names the
 * certificate itself: {@code UID} the signed-in account, {@code OU} its office, {@code T} its role;
 * only the common name (the officer's display name, which the hub does not hold) comes from the
 * request. Only roles that issue letters get one. Owns {@code officer_certificate}.
 */
public final class OfficerCertificates {

    /** How long the authority's CRL is valid: letters fetch a fresh one when signed. */
    static final Duration CRL_VALIDITY = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(OfficerCertificates.class);

    private final HubDatabase db;
    private final OfficeCa authority;

    public OfficerCertificates(HubDatabase db, OfficeCa authority) {
        this.db = db;
        this.authority = authority;
    }

    /** The certificate for {@code caller}'s key in {@code request}, then the office CA's: leaf first. */
    public List<X509Certificate> issue(Caller caller, PKCS10CertificationRequest request) throws SQLException {
        if (!caller.role().may(Permission.ISSUE_LETTER)) {
            throw HttpProblem.forbidden("a " + caller.role().name().toLowerCase(java.util.Locale.ROOT)
                    + " issues no letters and is given no signing certificate").withCode("NOT_A_SIGNER");
        }
        String displayName = commonName(request.getSubject());
        X500Name subject = subject(displayName.isEmpty() ? caller.username() : displayName, caller.username(),
                caller.officeCode(), caller.role().name());
        X509Certificate certificate;
        certificate = authority.issue(provenKey(request), subject, CertificateProfile.DOCUMENT_SIGNING, List.of(),
                CertificateProfile.DOCUMENT_SIGNING.longest());
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO officer_certificate (serial, officer_id, office_code,"
                     + " role, device_id, not_before, not_after) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, certificate.getSerialNumber().toString(16));
            ps.setObject(2, caller.officerId());
            ps.setString(3, caller.officeCode());
            ps.setString(4, caller.role().name());
            ps.setObject(5, caller.deviceId());
            ps.setTimestamp(6, Timestamp.from(certificate.getNotBefore().toInstant()));
            ps.setTimestamp(7, Timestamp.from(certificate.getNotAfter().toInstant()));
            ps.executeUpdate();
        }
        LOG.info("event=hub.officer_certificate_issued role={}", caller.role());
        return List.of(certificate, authority.certificate());
    }

    /** How an officer's certificate is named: O=Redress, OU the office, T the role, UID the account, CN the name. */
    public static X500Name subject(String displayName, String username, String officeCode, String role) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "Redress")
                .addRDN(BCStyle.OU, officeCode)
                .addRDN(BCStyle.T, role)
                .addRDN(BCStyle.UID, username)
                .addRDN(BCStyle.CN, displayName)
                .build();
    }

    /** Revokes every certificate of {@code officerId} (an account closed or a key lost); returns how many. */
    public int revokeAll(java.util.UUID officerId) throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE officer_certificate SET revoked_at = now() WHERE officer_id = ? AND revoked_at IS NULL")) {
            ps.setObject(1, officerId);
            return ps.executeUpdate();
        }
    }

    /** A certificate the hub issued to an officer, as it keeps it. */
    public record Issued(String serial, String username, String officeCode, String role, Instant notAfter,
                         Instant issuedAt, @org.jspecify.annotations.Nullable Instant revokedAt) {
    }

    /**
     * Revokes every certificate the office CA issued to {@code username} and has not revoked yet (a key
     * lost, an account closed, a role changed): the CRL lists them from now on, and workstations that
     * read it refuse to sign with them. Needs only the hub's database. Returns how many were revoked now.
     */
    public static int revoke(HubDatabase db, String username) throws SQLException {
        int revoked;
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("UPDATE officer_certificate SET revoked_at = now()"
                     + " WHERE revoked_at IS NULL AND officer_id = (SELECT id FROM officer WHERE username = ?)")) {
            ps.setString(1, username);
            revoked = ps.executeUpdate();
        }
        LOG.info("event=hub.officer_certificates_revoked count={}", revoked);
        return revoked;
    }

    /** Every certificate the office CA issued to {@code username}, newest first. */
    public static List<Issued> list(HubDatabase db, String username) throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT k.serial, o.username, k.office_code, k.role, k.not_after,"
                     + " k.issued_at, k.revoked_at FROM officer_certificate k JOIN officer o ON o.id = k.officer_id"
                     + " WHERE o.username = ? ORDER BY k.issued_at DESC, k.serial")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                List<Issued> issued = new java.util.ArrayList<>();
                while (rs.next()) {
                    Timestamp revoked = rs.getTimestamp(7);
                    issued.add(new Issued(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
                            revoked == null ? null : revoked.toInstant()));
                }
                return issued;
            }
        }
    }

    /** The office CA's CRL as of now, listing every revoked officer certificate. */
    public X509CRL crl() throws SQLException {
        Map<BigInteger, Instant> revoked = new HashMap<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT serial, revoked_at FROM officer_certificate WHERE revoked_at IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                revoked.put(new BigInteger(rs.getString(1), 16), rs.getTimestamp(2).toInstant());
            }
        }
        return authority.crl(revoked, CRL_VALIDITY);
    }

    public OfficeCa authority() {
        return authority;
    }

    /** The request's common name, trimmed to 64 characters; empty when it has none. */
    static String commonName(X500Name name) {
        RDN[] rdns = name.getRDNs(BCStyle.CN);
        if (rdns.length == 0) {
            return "";
        }
        String cn = IETFUtils.valueToString(rdns[0].getFirst().getValue()).strip();
        cn = cn.replaceAll("\\p{Cntrl}", "");
        return cn.length() > 64 ? cn.substring(0, 64) : cn;
    }

    /** The request's public key once its signature proves the requester holds the private key; 400 otherwise. */
    static java.security.PublicKey provenKey(PKCS10CertificationRequest request) {
        try {
            if (!request.isSignatureValid(new org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder()
                    .build(request.getSubjectPublicKeyInfo()))) {
                throw HttpProblem.badRequest("the certificate request's signature does not verify");
            }
            return new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest(request).getPublicKey();
        } catch (org.bouncycastle.operator.OperatorCreationException | org.bouncycastle.pkcs.PKCSException
                 | java.security.GeneralSecurityException e) {
            throw HttpProblem.badRequest("the certificate request cannot be read: " + e.getMessage());
        }
    }

    /** A request from DER bytes, or 400. */
    public static PKCS10CertificationRequest request(byte[] der) {
        try {
            return new PKCS10CertificationRequest(der);
        } catch (IOException | RuntimeException e) {
            throw HttpProblem.badRequest("the body is not a PKCS#10 certificate request (DER)");
        }
    }
}
