package org.redress.hub.pki;

import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

import java.time.Duration;

/**
 * What a certificate the office authority issues may be used for. Each profile fixes the key
 * usages, the extended key usage and the longest validity; the authority puts nothing else in.
 * The hub's TLS certificate, officers' letter-signing certificates and the hub's time-stamp
 * authority; devices' client certificates (clientAuth) would be a further constant, issued from a
 * PKCS#10 request through
 * {@link OfficeCa#issue(org.bouncycastle.pkcs.PKCS10CertificationRequest, CertificateProfile, java.util.List, Duration)}.
 * Only {@link #TLS_SERVER} carries {@code serverAuth}, so no certificate of an officer or device
 * can pose as the hub.
 */
public enum CertificateProfile {

    /** The hub's HTTPS certificate: a leaf, signature-only, {@code serverAuth}. */
    TLS_SERVER(Duration.ofDays(825), new KeyUsage(KeyUsage.digitalSignature), KeyPurposeId.id_kp_serverAuth),

    /**
     * An officer's letter-signing certificate: a leaf for signatures that commit the signer
     * (digitalSignature + nonRepudiation), {@code emailProtection} (document signing in the sense
     * of the Adobe and EU validators), five years at most.
     */
    DOCUMENT_SIGNING(Duration.ofDays(5 * 365), new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation),
            KeyPurposeId.id_kp_emailProtection),

    /** The hub's RFC 3161 time-stamp authority: {@code timeStamping} only, critical, as RFC 3161 §2.3 wants. */
    TIME_STAMPING(Duration.ofDays(10 * 365), new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation),
            KeyPurposeId.id_kp_timeStamping);

    private final Duration longest;
    private final KeyUsage keyUsage;
    private final KeyPurposeId purpose;

    CertificateProfile(Duration longest, KeyUsage keyUsage, KeyPurposeId purpose) {
        this.longest = longest;
        this.keyUsage = keyUsage;
        this.purpose = purpose;
    }

    /** The longest validity a certificate of this profile gets. */
    public Duration longest() {
        return longest;
    }

    KeyUsage keyUsage() {
        return keyUsage;
    }

    ExtendedKeyUsage extendedKeyUsage() {
        return new ExtendedKeyUsage(purpose);
    }

    /** RFC 3161 wants a time-stamp authority's extended key usage critical; the others are not. */
    boolean extendedKeyUsageCritical() {
        return this == TIME_STAMPING;
    }

    BasicConstraints basicConstraints() {
        return new BasicConstraints(false);
    }
}
