package org.redress.hub.pki;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.redress.platform.PrivateFiles;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** PEM files of certificates and private keys (PKCS#8, or OpenSSL's EC/RSA forms when reading). */
final class PemFiles {

    private PemFiles() {
    }

    /** Every certificate in {@code file}, in order (leaf first, as servers send them). */
    static List<X509Certificate> readCertificates(Path file) throws IOException {
        List<X509Certificate> certificates = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser parser = new PEMParser(reader)) {
            Object item;
            while ((item = parser.readObject()) != null) {
                if (item instanceof X509CertificateHolder holder) {
                    certificates.add(new JcaX509CertificateConverter().getCertificate(holder));
                }
            }
        } catch (CertificateException e) {
            throw new IOException(file + " holds a certificate that cannot be read: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new IOException(file + " holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
        }
        return certificates;
    }

    /** The one private key in {@code file}; encrypted keys are refused with words. */
    static PrivateKey readPrivateKey(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser parser = new PEMParser(reader)) {
            Object item;
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            while ((item = parser.readObject()) != null) {
                switch (item) {
                    case PrivateKeyInfo info -> {
                        return converter.getPrivateKey(info);
                    }
                    case PEMKeyPair pair -> {
                        return converter.getPrivateKey(pair.getPrivateKeyInfo());
                    }
                    case PEMEncryptedKeyPair ignored -> throw encrypted(file);
                    case PKCS8EncryptedPrivateKeyInfo ignored -> throw encrypted(file);
                    default -> {
                        // parameters, certificates: look further
                    }
                }
            }
        }
        throw new IOException(file + " holds no PEM private key (-----BEGIN PRIVATE KEY-----)");
    }

    private static IOException encrypted(Path file) {
        return new IOException(file + " holds an encrypted private key; give it unencrypted in a file only the hub's "
                + "user can read (openssl pkey -in encrypted.pem -out key.pem), or use a PKCS#12 file with --tls-pkcs12");
    }

    /** Writes {@code key} as PKCS#8 PEM, readable by its owner only. */
    static void writePrivateKey(Path file, PrivateKey key) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(new JcaPKCS8Generator(key, null));
        }
        PrivateFiles.write(file, text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes certificates as PEM (public, but kept beside the keys with the same permissions). */
    static void writeCertificates(Path file, List<X509Certificate> certificates) throws IOException {
        PrivateFiles.write(file, pem(certificates).getBytes(StandardCharsets.US_ASCII));
    }

    static String pem(List<X509Certificate> certificates) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (X509Certificate certificate : certificates) {
                writer.writeObject(certificate);
            }
        }
        return text.toString();
    }
}
