package org.redress.hub.pki;

import org.redress.sync.protocol.KeyFingerprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The hub's TLS identity: its private key and its certificate chain, leaf first. Workstations pin
 * {@link #fingerprint()}, the SHA-256 of the leaf's public key.
 */
public record ServerIdentity(PrivateKey key, List<X509Certificate> chain) {

    public ServerIdentity {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a server identity needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.getFirst();
    }

    /** What workstations pin: the leaf's public-key fingerprint (64 hex digits). */
    public String fingerprint() {
        return KeyFingerprint.of(certificate());
    }

    /** An in-memory PKCS#12 key store holding the key and chain under alias {@code hub}, protected by {@code password}. */
    public KeyStore keyStore(char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, password);
            store.setKeyEntry("hub", key, password, chain.toArray(new Certificate[0]));
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the hub's key and certificate cannot be put in a key store: " + e.getMessage(), e);
        }
    }

    /** The chain as PEM text, e.g. for {@code curl --cacert}. */
    public String chainPem() {
        try {
            return PemFiles.pem(chain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "ServerIdentity[subject=" + certificate().getSubjectX500Principal() + ", fingerprint=" + fingerprint() + "]";
    }
}
