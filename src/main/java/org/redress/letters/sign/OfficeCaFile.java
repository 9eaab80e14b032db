package org.redress.letters.sign;

import org.jspecify.annotations.Nullable;
import org.redress.store.Workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * The office CA's certificate as this workspace knows it ({@value #FILE}, PEM): written when an
 * officer's signing key is enrolled over the pinned connection to the hub, read to accept a
 * signing key. A public certificate: not sealed.
 */
public final class OfficeCaFile {

    public static final String FILE = "keys/office-ca.pem";

    private OfficeCaFile() {
    }

    public static @Nullable X509Certificate read(Workspace workspace) throws IOException {
        Path file = workspace.root().resolve(FILE);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(file)));
        } catch (CertificateException e) {
            throw new IOException(FILE + " is not a certificate: " + e.getMessage(), e);
        }
    }

    public static void write(Workspace workspace, X509Certificate certificate) throws IOException {
        Path file = workspace.root().resolve(FILE);
        Files.createDirectories(file.getParent());
        try {
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IOException(e);
        }
    }
}
