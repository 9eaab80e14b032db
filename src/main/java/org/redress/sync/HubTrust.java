package org.redress.sync;

import org.jspecify.annotations.Nullable;
import org.redress.sync.protocol.KeyFingerprint;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Which hub this workstation trusts: the fingerprint of the hub certificate's public key, pinned
 * when the workstation enrolled (or given by the officer). A TLS handshake with any other key
 * fails, whatever authority signed it and whatever name it carries — the pin replaces the web's
 * certificate authorities and host-name checks, as an SSH host key does. Before anything is pinned
 * every key is accepted and remembered ({@link #lastPresented()}), so that the first sign-in can
 * pin the key it met; nothing secret is sent before that.
 */
public final class HubTrust {

    /** A hub showed another key than the pinned one. */
    public static final class Mismatch extends CertificateException {
        private final String expected;
        private final String presented;

        Mismatch(String expected, String presented) {
            super("the hub's certificate key " + presented + " is not the pinned " + expected);
            this.expected = expected;
            this.presented = presented;
        }

        public String expected() {
            return expected;
        }

        public String presented() {
            return presented;
        }
    }

    private final AtomicReference<@Nullable String> pinned;
    private final AtomicReference<@Nullable String> presented = new AtomicReference<>();
    private final AtomicReference<@Nullable Mismatch> lastMismatch = new AtomicReference<>();
    private final SSLContext context;

    public HubTrust(@Nullable String pinnedFingerprint) {
        this.pinned = new AtomicReference<>(pinnedFingerprint);
        try {
            context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new Pinning()}, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK speaks TLS", e);
        }
    }

    public SSLContext sslContext() {
        return context;
    }

    /** The pinned fingerprint (64 hex digits), or null before the first sign-in. */
    public @Nullable String pinned() {
        return pinned.get();
    }

    public void pin(String fingerprint) {
        pinned.set(fingerprint);
    }

    /** The fingerprint of the key the hub showed at the last handshake, or null before any. */
    public @Nullable String lastPresented() {
        return presented.get();
    }

    /** The mismatch of the last failed handshake (cleared by a good one), for telling the officer. */
    @Nullable Mismatch lastMismatch() {
        return lastMismatch.get();
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the hub showed no certificate");
        }
        String fingerprint = KeyFingerprint.of(chain[0].getPublicKey());
        presented.set(fingerprint);
        String pin = pinned.get();
        if (pin != null && !pin.equals(fingerprint)) {
            Mismatch mismatch = new Mismatch(pin, fingerprint);
            lastMismatch.set(mismatch);
            throw mismatch;
        }
        lastMismatch.set(null);
    }

    private final class Pinning extends X509ExtendedTrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            throw new CertificateException("a workstation is no server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            throw new CertificateException("a workstation is no server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a workstation is no server");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
