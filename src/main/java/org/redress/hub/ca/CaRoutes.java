package org.redress.hub.ca;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.jspecify.annotations.Nullable;
import org.redress.hub.accounts.Caller;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.Bodies;
import org.redress.hub.http.HttpProblem;
import org.redress.hub.pki.OfficePki;
import org.redress.sync.protocol.Endpoints;

import java.io.IOException;
import java.io.StringWriter;
import java.security.cert.X509Certificate;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * The office CA's endpoints (issue 16, item 3): officers' signing certificates from a PKCS#10
 * request, the RFC 3161 time-stamp authority (both for a signed-in officer), and the CA's
 * certificate and CRL (public, as CRLs are). A hub that serves the office's own certificate rather
 * than keeping its PKI answers 503: its officers' certificates come from the office's CA.
 */
public final class CaRoutes {

    /** Requests and answers here are small: a CSR, a time-stamp query. */
    static final int MAX_BODY = 16 * 1024;

    /** Who the caller is (authenticated by the caller of this class). */
    public interface Authenticator {
        Caller caller(Context ctx) throws SQLException;
    }

    private final @Nullable OfficerCertificates officers;
    private final @Nullable TimeStampAuthority tsa;

    public CaRoutes(HubDatabase db, @Nullable OfficePki pki, Clock clock) {
        if (pki == null) {
            this.officers = null;
            this.tsa = null;
        } else {
            this.officers = new OfficerCertificates(db, pki.authority());
            try {
                this.tsa = new TimeStampAuthority(pki.timeStampIdentity(), clock);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("the time-stamp authority's key could not be read or made: "
                        + e.getMessage(), e);
            }
        }
    }

    public void install(RoutesConfig routes, Authenticator authenticate) {
        routes.post(Endpoints.OFFICER_CERTIFICATES, ctx -> {
            Caller caller = authenticate.caller(ctx);
            byte[] body = Bodies.read(ctx, MAX_BODY);
            List<X509Certificate> chain = officers().issue(caller, OfficerCertificates.request(body));
            ctx.status(200).contentType("application/pem-certificate-chain").result(pem(chain));
        });
        routes.post(Endpoints.TSA, ctx -> {
            authenticate.caller(ctx);
            if (tsa == null) {
                throw unavailable();
            }
            byte[] body = Bodies.read(ctx, MAX_BODY);
            ctx.status(200).contentType("application/timestamp-reply").result(tsa.respond(body));
        });
        routes.get(Endpoints.CA_CERTIFICATE, ctx -> ctx.status(200).contentType("application/x-pem-file")
                .result(pem(List.of(officers().authority().certificate()))));
        routes.get(Endpoints.CA_CRL, ctx -> ctx.status(200).contentType("application/pkix-crl")
                .result(officers().crl().getEncoded()));
    }

    private OfficerCertificates officers() {
        if (officers == null) {
            throw unavailable();
        }
        return officers;
    }

    private static HttpProblem unavailable() {
        return new HttpProblem(503, "this hub serves the office's own certificate and keeps no certificate authority;"
                + " officers' signing certificates and time-stamps come from the office's CA").withCode("NO_OFFICE_CA");
    }

    static String pem(List<X509Certificate> chain) throws IOException {
        StringWriter out = new StringWriter();
        try (var writer = new org.bouncycastle.openssl.jcajce.JcaPEMWriter(out)) {
            for (X509Certificate certificate : chain) {
                writer.writeObject(certificate);
            }
        }
        return out.toString();
    }
}
