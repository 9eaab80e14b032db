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
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
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
 * <p>
 * Revocation: {@link #signer} asks the hub for the office CA's CRL when it can; a certificate the
 * CRL lists is remembered here ({@code <username>.revoked}, the serial and the revocation time) so
 * that the workstation refuses the key offline too, before any letter takes a number. Enrolling
 * again replaces key, certificate and the note.
 */
public final class OfficerKeys {

    static final String FOLDER = "keys/signing";
    private static final String REVOKED = ".revoked";

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
        Files.deleteIfExists(folder.resolve(username + REVOKED));
        SealedFiles.of(database).write(keyFile, pair.getPrivate().getEncoded());
        PrivateFiles.tighten(keyFile);
        try {
            Files.write(folder.resolve(username + ".crt"), certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IOException(e);
        }
        return certificate;
    }

    /** The certificate of {@code username}'s enrolled key on this workstation; empty when none is enrolled. */
    public Optional<X509Certificate> certificate(String username) throws IOException {
        Path folder = database.workspace().root().resolve(FOLDER);
        Path certFile = folder.resolve(username + ".crt");
        if (!Files.exists(certFile) || !Files.exists(folder.resolve(username + ".key"))) {
            return Optional.empty();
        }
        try {
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(certFile))));
        } catch (GeneralSecurityException e) {
            throw new IOException("the signing certificate of " + username + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** When the office revoked {@code username}'s enrolled certificate, as this workstation last learnt; empty when not. */
    public Optional<Instant> revoked(String username) throws IOException {
        Path note = database.workspace().root().resolve(FOLDER).resolve(username + REVOKED);
        Optional<X509Certificate> certificate = certificate(username);
        if (!Files.exists(note) || certificate.isEmpty()) {
            return Optional.empty();
        }
        String[] fields = Files.readString(note).strip().split(" ");
        if (fields.length != 2 || !fields[0].equals(certificate.get().getSerialNumber().toString(16))) {
            return Optional.empty();
        }
        return Optional.of(Instant.parse(fields[1]));
    }

    /**
     * Asks the office CA's CRL ({@code office}) whether {@code username}'s certificate was revoked and
     * remembers it when so; returns when it was revoked, as far as this workstation knows. A hub that
     * cannot be reached leaves what the workstation learnt before.
     */
    public Optional<Instant> checkRevocation(String username, @Nullable OfficeServices office) throws IOException {
        Optional<Instant> known = revoked(username);
        Optional<X509Certificate> certificate = certificate(username);
        X509Certificate ca = OfficeCaFile.read(database.workspace());
        if (known.isPresent() || office == null || certificate.isEmpty() || ca == null) {
            return known;
        }
        X509CRL crl;
        try {
            crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(office.crl()));
            crl.verify(ca.getPublicKey());
        } catch (IOException offline) {
            return known;
        } catch (GeneralSecurityException e) {
            throw new LetterException("the hub's revocation list is not the office CA's: " + e.getMessage(), e);
        }
        X509CRLEntry entry = crl.getRevokedCertificate(certificate.get());
        if (entry == null) {
            return Optional.empty();
        }
        Instant when = entry.getRevocationDate().toInstant();
        Files.writeString(database.workspace().root().resolve(FOLDER).resolve(username + REVOKED),
                certificate.get().getSerialNumber().toString(16) + " " + when + "\n");
        return Optional.of(when);
    }

    /**
     * The signer for {@code username}'s enrolled key, checked against the office CA; empty when none is
     * enrolled. Refused ({@link Revoked}) when the office revoked the certificate: asked of the hub's
     * CRL when {@code office} answers, else as this workstation last learnt it.
     */
    public Optional<LetterSigner> signer(String username, @Nullable OfficeServices office, Instant now) throws IOException {
        Path folder = database.workspace().root().resolve(FOLDER);
        Path keyFile = folder.resolve(username + ".key");
        Path certFile = folder.resolve(username + ".crt");
        X509Certificate ca = OfficeCaFile.read(database.workspace());
        if (!Files.exists(keyFile) || !Files.exists(certFile) || ca == null) {
            return Optional.empty();
        }
        Optional<Instant> revoked = checkRevocation(username, office);
        if (revoked.isPresent()) {
            throw new Revoked(username, revoked.get());
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

    /** The officer's signing certificate was revoked by the office: the key signs nothing more. */
    public static final class Revoked extends LetterException {

        private final Instant when;

        Revoked(String username, Instant when) {
            super("the office revoked the signing certificate of " + username + " (" + when + "); it signs no more"
                    + " letters: enrol a new key (redress officer enrol --renew, or Settings, Signing key)");
            this.when = when;
        }

        public Instant when() {
            return when;
        }
    }
}
