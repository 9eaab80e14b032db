package org.redress.hub.pki;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The office certificate authority: a P-256 key and its self-signed certificate. It issues
 * certificates under a {@link CertificateProfile} only, from a public key or from a PKCS#10
 * request whose signature proves the requester holds the key.
 */
public final class OfficeCa {

    static final Duration LIFETIME = Duration.ofDays(20 * 365);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final Clock clock;

    OfficeCa(PrivateKey key, X509Certificate certificate, Clock clock) {
        this.key = key;
        this.certificate = certificate;
        this.clock = clock;
    }

    /** A new authority named {@code label} (e.g. the hub's host name), valid 20 years. */
    static OfficeCa create(String label, Clock clock) {
        KeyPair pair = newKeyPair();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "Redress")
                .addRDN(BCStyle.CN, "Redress office CA " + label)
                .build();
        Instant now = clock.instant();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(LIFETIME)), name, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(pair.getPublic()));
            return new OfficeCa(pair.getPrivate(), sign(builder, pair.getPrivate()), clock);
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("the office certificate authority could not be made: " + e.getMessage(), e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    PrivateKey privateKey() {
        return key;
    }

    /**
     * A certificate for the key of {@code request} (its signature checked first) under
     * {@code profile}, naming the request's subject and {@code names} (host names or IP addresses).
     *
     * @throws IllegalArgumentException when the request's signature does not verify
     */
    public X509Certificate issue(PKCS10CertificationRequest request, CertificateProfile profile, List<String> names,
                                 Duration validity) {
        try {
            boolean valid = request.isSignatureValid(new JcaContentVerifierProviderBuilder()
                    .build(request.getSubjectPublicKeyInfo()));
            if (!valid) {
                throw new IllegalArgumentException("the certificate request's signature does not verify");
            }
            PublicKey publicKey = new JcaPKCS10CertificationRequest(request).getPublicKey();
            return issue(publicKey, request.getSubject(), profile, names, validity);
        } catch (OperatorCreationException | PKCSException | GeneralSecurityException e) {
            throw new IllegalArgumentException("the certificate request cannot be read: " + e.getMessage(), e);
        }
    }

    /** A certificate for {@code publicKey} named {@code subject} under {@code profile}, valid at most the profile's longest. */
    public X509Certificate issue(PublicKey publicKey, X500Name subject, CertificateProfile profile, List<String> names,
                                 Duration validity) {
        Duration lifetime = validity.compareTo(profile.longest()) > 0 ? profile.longest() : validity;
        Instant now = clock.instant();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial(),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(lifetime)), subject, publicKey)
                    .addExtension(Extension.basicConstraints, true, profile.basicConstraints())
                    .addExtension(Extension.keyUsage, true, profile.keyUsage())
                    .addExtension(Extension.extendedKeyUsage, profile.extendedKeyUsageCritical(), profile.extendedKeyUsage())
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(publicKey))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(certificate));
            if (!names.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false, generalNames(names));
            }
            return sign(builder, key);
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("the office certificate authority could not issue a certificate: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The authority's certificate revocation list: {@code revoked} (serial → when), issued now and
     * valid for {@code validity}. Letters carry it (PAdES B-LT) so that they verify without the hub.
     */
    public java.security.cert.X509CRL crl(java.util.Map<BigInteger, Instant> revoked, Duration validity) {
        Instant now = clock.instant();
        try {
            var builder = new org.bouncycastle.cert.X509v2CRLBuilder(
                    X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(validity)));
            revoked.forEach((serial, when) -> builder.addCRLEntry(serial, Date.from(when),
                    org.bouncycastle.asn1.x509.CRLReason.privilegeWithdrawn));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
            builder.addExtension(Extension.cRLNumber, false,
                    new org.bouncycastle.asn1.x509.CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(key);
            return new org.bouncycastle.cert.jcajce.JcaX509CRLConverter().getCRL(builder.build(signer));
        } catch (CertIOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("the office certificate authority could not issue its revocation list: "
                    + e.getMessage(), e);
        }
    }

    /** Whether {@code issued} carries this authority's signature. */
    boolean issued(X509Certificate issued) {
        try {
            issued.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK makes P-256 keys", e);
        }
    }

    private static GeneralNames generalNames(List<String> names) {
        List<GeneralName> out = new ArrayList<>();
        for (String name : names) {
            out.add(isAddress(name) ? new GeneralName(GeneralName.iPAddress, name) : new GeneralName(GeneralName.dNSName, name));
        }
        return new GeneralNames(out.toArray(new GeneralName[0]));
    }

    /** An IPv4 or IPv6 literal (never looked up in DNS). */
    static boolean isAddress(String name) {
        if (name.matches("\\d{1,3}(\\.\\d{1,3}){3}") || (name.contains(":") && name.matches("[0-9A-Fa-f:.]+"))) {
            try {
                InetAddress.ofLiteral(name);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signingKey) throws GeneralSecurityException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(signingKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
    }
}
