package org.redress.letters;

import org.redress.hub.ca.OfficerCertificates;
import org.redress.hub.pki.CertificateProfile;
import org.redress.hub.pki.OfficePki;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A signer for the fixtures' deciding officer li.na of office RD, certified by an office CA in {@code folder} (B-B). */
final class OfficeSigners {

    private OfficeSigners() {
    }

    static LetterSigner liNa(Path folder) throws Exception {
        OfficePki pki = OfficePki.open(folder, Clock.systemUTC());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = pki.authority().issue(pair.getPublic(),
                OfficerCertificates.subject("李娜", "li.na", "RD", "OFFICER"), CertificateProfile.DOCUMENT_SIGNING, List.of(),
                Duration.ofDays(365));
        // Signed at the fixtures' fixed time, which precedes the certificate: accepted as of the certificate's start.
        return LetterSigner.forOffice(pair.getPrivate(), certificate, pki.authority().certificate(), null,
                certificate.getNotBefore().toInstant().plusSeconds(1));
    }
}
