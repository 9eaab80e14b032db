package org.redress.hub.pki;

import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

import java.time.Duration;

/**
 * What a certificate the office authority issues may be used for. Each profile fixes the key
 * usages, the extended key usage and the longest validity; the authority puts nothing else in.
 * Only the hub's own TLS certificate exists today. Officers' signing certificates (for letters:
 * digitalSignature + nonRepudiation, email protection / document signing) and devices' client
 * certificates (clientAuth) are further constants here, issued from a PKCS#10 request through
 * {@link OfficeCa#issue(org.bouncycastle.pkcs.PKCS10CertificationRequest, CertificateProfile, java.util.List, Duration)}.
 * Only {@link #TLS_SERVER} carries {@code serverAuth}, so no certificate of an officer or device
 * can pose as the hub.
 */
public enum CertificateProfile {

    /** The hub's HTTPS certificate: a leaf, signature-only, {@code serverAuth}. */
    TLS_SERVER(Duration.ofDays(825), new KeyUsage(KeyUsage.digitalSignature), KeyPurposeId.id_kp_serverAuth);

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

    BasicConstraints basicConstraints() {
        return new BasicConstraints(false);
    }
}
