package org.redress.sync;

import org.redress.letters.sign.OfficeCa;
import org.redress.letters.sign.OfficeServices;
import org.redress.sync.protocol.Endpoints;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * The office CA's services at the hub, over the signed-in, key-pinned {@link HubClient}: certifying
 * an officer's key, time-stamps (RFC 3161), the CA's CRL. A hub that cannot be reached is an
 * {@link IOException} ({@link HubException}), which signing takes as "offline: B-B".
 */
public final class HubOfficeServices implements OfficeServices, OfficeCa {

    private final HubClient hub;

    public HubOfficeServices(HubClient hub) {
        this.hub = hub;
    }

    @Override
    public byte[] timeStamp(byte[] request) throws IOException {
        try {
            return hub.postBytes(Endpoints.TSA, "application/timestamp-query", request, "time-stamp a letter's signature");
        } catch (HubException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public byte[] crl() throws IOException {
        try {
            return hub.getBytes(Endpoints.CA_CRL, "fetch the office CA's revocation list");
        } catch (HubException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The certificate the office CA issued for the key of {@code csr} (DER), then the CA's: leaf first. */
    @Override
    public List<X509Certificate> certify(byte[] csr) throws IOException {
        byte[] pem;
        try {
            pem = hub.postBytes(Endpoints.OFFICER_CERTIFICATES, "application/pkcs10", csr,
                    "have the officer's signing key certified by the office CA");
        } catch (HubException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            List<X509Certificate> chain = new ArrayList<>();
            for (var certificate : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem))) {
                chain.add((X509Certificate) certificate);
            }
            if (chain.size() < 2) {
                throw new IOException("the hub answered with " + chain.size() + " certificate(s); expected the officer's"
                        + " and the office CA's");
            }
            return chain;
        } catch (CertificateException e) {
            throw new IOException("the hub's answer is not a certificate chain: " + e.getMessage(), e);
        }
    }
}
