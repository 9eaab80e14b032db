package org.redress.letters.sign;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.jspecify.annotations.Nullable;
import org.redress.letters.LetterException;
import org.redress.letters.LetterSigner;
import org.redress.platform.PrivateFiles;
import org.redress.store.Database;
import org.redress.vault.SealedFiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Officers' letter-signing keys on this workstation (issue 16, item 3). {@link #enrol} makes a
 * P-256 key pair here, sends only a PKCS#10 request to the hub, and keeps the certificate the
 * office CA returns with the key: {@code keys/signing/<username>.key} (PKCS#8, sealed with the
 * workspace key like every letter and evidence file when the workspace is encrypted, and
 * owner-only) and {@code <username>.crt}; the office CA's certificate goes to {@link OfficeCaFile}
 * the first time, and a hub whose CA differs from it later is refused.
 */
public final class OfficerKeys {

    static final String FOLDER = "keys/signing";

    private final Database database;

    public OfficerKeys(Database database) {
        this.database = database;
    }

    /** Enrols a new signing key for {@code username} (named {@code displayName}); returns its certificate. */
    public X509Certificate enrol(String username, String displayName, OfficeCa hub, Instant now) throws IOException {
        KeyPair pair;
        byte[] csr;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            pair = generator.generateKeyPair();
            csr = new JcaPKCS10CertificationRequestBuilder(new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, displayName).build(), pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("every JDK makes P-256 keys", e);
        }
        var chain = hub.certify(csr);
        X509Certificate certificate = chain.getFirst();
        X509Certificate ca = chain.getLast();
        if (!Arrays.equals(certificate.getPublicKey().getEncoded(), pair.getPublic().getEncoded())) {
            throw new LetterException("the hub certified another key than the one this workstation sent");
        }
        X509Certificate known = OfficeCaFile.read(database.workspace());
        if (known != null && !known.equals(ca)) {
            throw new LetterException("the hub's certificate authority is not the one this workspace knows ("
                    + OfficeCaFile.FILE + "); letters are signed under the office's CA only");
        }
        SignerCheck.Named named = SignerCheck.officeCertificate(certificate, ca, now);
        if (!named.username().equals(username)) {
            throw new LetterException("the hub certified " + named.username() + ", not " + username);
        }
        if (known == null) {
            OfficeCaFile.write(database.workspace(), ca);
        }
        Path folder = PrivateFiles.createFolders(database.workspace().root().resolve(FOLDER));
        Path keyFile = folder.resolve(username + ".key");
        Files.deleteIfExists(keyFile);
        SealedFiles.of(database).write(keyFile, pair.getPrivate().getEncoded());
        PrivateFiles.tighten(keyFile);
        try {
            Files.write(folder.resolve(username + ".crt"), certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IOException(e);
        }
        return certificate;
    }

    /** The signer for {@code username}'s enrolled key, checked against the office CA; empty when none is enrolled. */
    public Optional<LetterSigner> signer(String username, @Nullable OfficeServices office, Instant now) throws IOException {
        Path folder = database.workspace().root().resolve(FOLDER);
        Path keyFile = folder.resolve(username + ".key");
        Path certFile = folder.resolve(username + ".crt");
        X509Certificate ca = OfficeCaFile.read(database.workspace());
        if (!Files.exists(keyFile) || !Files.exists(certFile) || ca == null) {
            return Optional.empty();
        }
        try {
            byte[] pkcs8 = SealedFiles.of(database).read(keyFile);
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(certFile)));
            return Optional.of(LetterSigner.forOffice(key, certificate, ca, office, now));
        } catch (GeneralSecurityException e) {
            throw new IOException("the signing key of " + username + " cannot be read: " + e.getMessage(), e);
        }
    }
}
