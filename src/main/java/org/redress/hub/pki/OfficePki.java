package org.redress.hub.pki;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.redress.platform.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The office PKI in a folder of the hub's data (0700): the office certificate authority
 * ({@value #CA_KEY}, {@value #CA_CERT}) made on first use, and the hub's TLS key and certificate
 * ({@value #HUB_KEY}, {@value #HUB_CERT}) issued by it. Private keys are 0600. The hub's key is
 * kept for good (workstations pin it); its certificate is issued again over the same key when it
 * nears its end or lacks a name the hub is now reached by.
 */
public final class OfficePki {

    public static final String CA_KEY = "office-ca.key";
    public static final String CA_CERT = "office-ca.crt";
    public static final String HUB_KEY = "hub.key";
    public static final String HUB_CERT = "hub.crt";
    public static final String TSA_KEY = "tsa.key";
    public static final String TSA_CERT = "tsa.crt";
    static final Duration RENEW_BEFORE = Duration.ofDays(60);

    private static final Logger LOG = LoggerFactory.getLogger(OfficePki.class);

    private final Path folder;
    private final OfficeCa authority;
    private final Clock clock;

    private OfficePki(Path folder, OfficeCa authority, Clock clock) {
        this.folder = folder;
        this.authority = authority;
        this.clock = clock;
    }

    /** The PKI in {@code folder}: its authority loaded, or made (and written) when the folder has none. */
    public static synchronized OfficePki open(Path folder, Clock clock) throws IOException {
        PrivateFiles.folder(folder);
        Path keyFile = folder.resolve(CA_KEY);
        Path certFile = folder.resolve(CA_CERT);
        OfficeCa authority;
        if (Files.exists(keyFile) && Files.exists(certFile)) {
            guard(keyFile);
            PrivateKey key = PemFiles.readPrivateKey(keyFile);
            X509Certificate certificate = PemFiles.readCertificates(certFile).getFirst();
            if (!HubCertificate.matches(key, certificate.getPublicKey())) {
                throw new IOException(keyFile + " is not the key of " + certFile + "; restore both from the same backup");
            }
            authority = new OfficeCa(key, certificate, clock);
        } else if (Files.exists(keyFile) || Files.exists(certFile)) {
            throw new IOException("the office certificate authority in " + folder + " is incomplete (" + CA_KEY + " and "
                    + CA_CERT + " go together); restore both from a backup, or move the folder away to make a new one "
                    + "(every workstation will then have to trust the new hub certificate)");
        } else {
            authority = OfficeCa.create(label(), clock);
            PemFiles.writePrivateKey(keyFile, authority.privateKey());
            PemFiles.writeCertificates(certFile, List.of(authority.certificate()));
            LOG.info("event=hub.pki_authority_created");
        }
        return new OfficePki(folder, authority, clock);
    }

    public Path folder() {
        return folder;
    }

    /** The office certificate authority, which issues the hub's certificate (and later officers' and devices'). */
    public OfficeCa authority() {
        return authority;
    }

    /**
     * The hub's TLS identity: its key (made once), and a certificate by the authority naming every
     * one of {@code names}, valid for at least {@link #RENEW_BEFORE} more (issued again otherwise).
     */
    public synchronized ServerIdentity serverIdentity(Collection<String> names) throws IOException {
        Path keyFile = folder.resolve(HUB_KEY);
        Path certFile = folder.resolve(HUB_CERT);
        PrivateKey key = null;
        X509Certificate current = null;
        if (Files.exists(keyFile) && Files.exists(certFile)) {
            guard(keyFile);
            key = PemFiles.readPrivateKey(keyFile);
            current = PemFiles.readCertificates(certFile).getFirst();
            if (!HubCertificate.matches(key, current.getPublicKey())) {
                LOG.warn("event=hub.pki_server_key_replaced reason=mismatch");
                key = null;
                current = null;
            }
        }
        List<String> wanted = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().toList();
        Set<String> canonical = new HashSet<>();
        wanted.forEach(n -> canonical.add(canonical(n)));
        if (key != null && current != null && authority.issued(current) && fresh(current)
                && names(current).containsAll(canonical)) {
            return new ServerIdentity(key, List.of(current, authority.certificate()));
        }
        java.security.PublicKey publicKey;
        if (key != null && current != null) {
            publicKey = current.getPublicKey();
        } else {
            KeyPair pair = OfficeCa.newKeyPair();
            key = pair.getPrivate();
            publicKey = pair.getPublic();
            PemFiles.writePrivateKey(keyFile, key);
            LOG.info("event=hub.pki_server_key_created");
        }
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Redress")
                .addRDN(BCStyle.CN, "Redress hub " + label()).build();
        X509Certificate issued = authority.issue(publicKey, subject, CertificateProfile.TLS_SERVER, wanted,
                CertificateProfile.TLS_SERVER.longest());
        PemFiles.writeCertificates(certFile, List.of(issued));
        LOG.info("event=hub.pki_server_certificate_issued names={}", wanted.size());
        return new ServerIdentity(key, List.of(issued, authority.certificate()));
    }

    /**
     * The office's time-stamp authority (RFC 3161): its key ({@value #TSA_KEY}, made once) and a
     * certificate by the authority ({@value #TSA_CERT}) with the critical {@code timeStamping} usage,
     * issued again over the same key when it nears its end.
     */
    public synchronized ServerIdentity timeStampIdentity() throws IOException {
        Path keyFile = folder.resolve(TSA_KEY);
        Path certFile = folder.resolve(TSA_CERT);
        if (Files.exists(keyFile) && Files.exists(certFile)) {
            guard(keyFile);
            PrivateKey key = PemFiles.readPrivateKey(keyFile);
            X509Certificate current = PemFiles.readCertificates(certFile).getFirst();
            if (HubCertificate.matches(key, current.getPublicKey()) && authority.issued(current) && fresh(current)) {
                return new ServerIdentity(key, List.of(current, authority.certificate()));
            }
        }
        PrivateKey key;
        java.security.PublicKey publicKey;
        if (Files.exists(keyFile) && Files.exists(certFile)
                && HubCertificate.matches(PemFiles.readPrivateKey(keyFile), PemFiles.readCertificates(certFile).getFirst().getPublicKey())) {
            key = PemFiles.readPrivateKey(keyFile);
            publicKey = PemFiles.readCertificates(certFile).getFirst().getPublicKey();
        } else {
            KeyPair pair = OfficeCa.newKeyPair();
            key = pair.getPrivate();
            publicKey = pair.getPublic();
            PemFiles.writePrivateKey(keyFile, key);
            LOG.info("event=hub.pki_tsa_key_created");
        }
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Redress")
                .addRDN(BCStyle.CN, "Redress time-stamp authority " + label()).build();
        X509Certificate issued = authority.issue(publicKey, subject, CertificateProfile.TIME_STAMPING, List.of(),
                CertificateProfile.TIME_STAMPING.longest());
        PemFiles.writeCertificates(certFile, List.of(issued));
        LOG.info("event=hub.pki_tsa_certificate_issued");
        return new ServerIdentity(key, List.of(issued, authority.certificate()));
    }

    private boolean fresh(X509Certificate certificate) {
        Instant now = clock.instant();
        return certificate.getNotBefore().toInstant().isBefore(now)
                && certificate.getNotAfter().toInstant().isAfter(now.plus(RENEW_BEFORE));
    }

    private static Set<String> names(X509Certificate certificate) {
        Set<String> names = new HashSet<>();
        try {
            var alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> entry : alternatives) {
                    names.add(canonical(String.valueOf(entry.get(1))));
                }
            }
        } catch (CertificateParsingException e) {
            return Set.of();
        }
        return names;
    }

    /** A name as certificates compare it: lower case, and an address in one spelling ({@code ::1} and {@code 0:0:…:1} alike). */
    private static String canonical(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return OfficeCa.isAddress(lower) ? java.net.InetAddress.ofLiteral(lower).getHostAddress() : lower;
    }

    /** A private key file someone else could read is narrowed to 0600, and said so (it may have been copied). */
    private static void guard(Path keyFile) throws IOException {
        if (PrivateFiles.exposed(keyFile)) {
            LOG.warn("event=hub.pki_key_exposed file={} action=narrowed_to_0600", keyFile.getFileName());
            PrivateFiles.narrow(keyFile);
        }
    }

    private static String label() {
        try {
            String host = java.net.InetAddress.getLocalHost().getHostName();
            return host.length() > 40 ? host.substring(0, 40) : host;
        } catch (IOException e) {
            return "hub";
        }
    }
}
