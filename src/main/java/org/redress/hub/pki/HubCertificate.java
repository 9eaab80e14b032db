package org.redress.hub.pki;

import org.redress.platform.PrivateFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Where the hub's TLS identity comes from: the office PKI the hub keeps itself (made on first
 * start), or the office's own certificate and key (PEM files or a PKCS#12 file). A key file anyone
 * but its owner can read is refused.
 */
public sealed interface HubCertificate {

    /** The key and chain, loaded (or, for the office PKI, made or renewed). */
    ServerIdentity load() throws IOException;

    /** The hub's own office PKI in {@code folder}, its certificate naming each of {@code names}. */
    static HubCertificate officePki(Path folder, Set<String> names) {
        return new OfficeAuthority(folder, names);
    }

    /**
     * The names a hub's own certificate carries unless told more: {@code localhost}, the loopback
     * addresses and this machine's host name. Workstations pin the key, not a name; the names serve
     * other clients (curl, a browser given the office CA).
     */
    static Set<String> defaultNames() {
        Set<String> names = new java.util.TreeSet<>(List.of("localhost", "127.0.0.1", "::1"));
        try {
            String host = java.net.InetAddress.getLocalHost().getHostName();
            if (host.matches("[A-Za-z0-9.-]{1,253}")) {
                names.add(host.toLowerCase(java.util.Locale.ROOT));
            }
        } catch (IOException e) {
            // no host name: the loopback names are enough
        }
        return names;
    }

    /** The office's certificate chain (leaf first) and its unencrypted private key, as PEM files. */
    static HubCertificate pem(Path chain, Path key) {
        return new PemPair(chain, key);
    }

    /** The office's PKCS#12 file (its first key entry) and its password. */
    static HubCertificate pkcs12(Path file, char[] password) {
        return new Pkcs12(file, password.clone());
    }

    record OfficeAuthority(Path folder, Set<String> names) implements HubCertificate {
        public OfficeAuthority {
            names = Set.copyOf(names);
        }

        @Override
        public ServerIdentity load() throws IOException {
            List<String> sorted = new ArrayList<>(names);
            Collections.sort(sorted);
            return OfficePki.open(folder, Clock.systemUTC()).serverIdentity(sorted);
        }
    }

    record PemPair(Path chain, Path key) implements HubCertificate {
        @Override
        public ServerIdentity load() throws IOException {
            refuseExposed(key);
            List<X509Certificate> certificates = PemFiles.readCertificates(chain);
            PrivateKey privateKey = PemFiles.readPrivateKey(key);
            if (!matches(privateKey, certificates.getFirst().getPublicKey())) {
                throw new IOException(key + " is not the key of the first certificate in " + chain
                        + " (the hub's own certificate comes first, then the ones that issued it)");
            }
            return new ServerIdentity(privateKey, certificates);
        }
    }

    record Pkcs12(Path file, char[] password) implements HubCertificate {
        @Override
        public ServerIdentity load() throws IOException {
            refuseExposed(file);
            try (InputStream in = Files.newInputStream(file)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, password);
                for (String alias : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(alias)) {
                        PrivateKey key = (PrivateKey) store.getKey(alias, password);
                        List<X509Certificate> chain = new ArrayList<>();
                        for (Certificate c : store.getCertificateChain(alias)) {
                            chain.add((X509Certificate) c);
                        }
                        return new ServerIdentity(key, chain);
                    }
                }
                throw new IOException(file + " holds no private key with its certificate");
            } catch (GeneralSecurityException e) {
                throw new IOException(file + " cannot be opened as PKCS#12 with the password given (" + e.getMessage() + ")", e);
            }
        }

        @Override
        public String toString() {
            return "Pkcs12[file=" + file + "]";
        }
    }

    private static void refuseExposed(Path keyFile) throws IOException {
        if (!Files.isRegularFile(keyFile)) {
            throw new IOException(keyFile + " does not exist");
        }
        if (PrivateFiles.exposed(keyFile)) {
            throw new IOException(keyFile + " can be read by other users of this machine; the hub refuses a private key "
                    + "that others can read: chmod 600 " + keyFile + " (and replace the key if it may have been copied)");
        }
    }

    /** Whether {@code key} is the private half of {@code publicKey} (a signature by one verifies with the other). */
    static boolean matches(PrivateKey key, PublicKey publicKey) {
        // With BouncyCastle registered as a provider (the EU DSS validator does so in the tests), keys read
        // from PEM may call themselves "ECDSA" where the JDK says "EC": the same keys.
        String keyAlgorithm = "ECDSA".equals(key.getAlgorithm()) ? "EC" : key.getAlgorithm();
        String publicAlgorithm = "ECDSA".equals(publicKey.getAlgorithm()) ? "EC" : publicKey.getAlgorithm();
        String algorithm = switch (keyAlgorithm) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            case "Ed448" -> "Ed448";
            default -> null;
        };
        if (algorithm == null || !keyAlgorithm.equals(publicAlgorithm)
                && !(keyAlgorithm.startsWith("Ed") && publicAlgorithm.startsWith("Ed"))) {
            return false;
        }
        try {
            byte[] probe = new byte[32];
            new SecureRandom().nextBytes(probe);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
