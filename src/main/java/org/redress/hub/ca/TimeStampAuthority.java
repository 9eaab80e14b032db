package org.redress.hub.ca;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.redress.hub.http.HttpProblem;
import org.redress.hub.pki.ServerIdentity;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.Set;

/**
 * The office's RFC 3161 time-stamp authority: answers a time-stamp request with a token signed by
 * the TSA key the office CA certified ({@code timeStamping}, critical), SHA-256/384/512 imprints
 * only, the TSA certificate included when asked, times to the second. Thread-safe.
 */
public final class TimeStampAuthority {

    /**
     * The TSA policy: an OID under the UUID arc (X.667), as the office has no arc of its own. It
     * claims no ETSI policy: the office's hub is its own clock.
     */
    public static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier(
            "2.25." + new BigInteger("6a1b1c2e5d0f4e7a9b3c8d2e1f0a4b5c", 16));
    private static final Set<ASN1ObjectIdentifier> ACCEPTED = Set.of(TSPAlgorithms.SHA256, TSPAlgorithms.SHA384,
            TSPAlgorithms.SHA512);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeStampResponseGenerator responses;
    private final X509Certificate certificate;
    private final Clock clock;

    public TimeStampAuthority(ServerIdentity identity, Clock clock) {
        this.certificate = identity.certificate();
        this.clock = clock;
        try {
            DigestCalculator sha256 = new JcaDigestCalculatorProviderBuilder().build()
                    .get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256));
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                    .build("SHA256withECDSA", identity.key(), certificate), sha256, POLICY);
            tokens.addCertificates(new JcaCertStore(identity.chain()));
            this.responses = new TimeStampResponseGenerator(tokens, ACCEPTED);
        } catch (OperatorCreationException | GeneralSecurityException | TSPException e) {
            throw new IllegalStateException("the time-stamp authority could not start: " + e.getMessage(), e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The DER time-stamp response to a DER request: granted, or rejected with the reason (never an exception for a bad request). */
    public byte[] respond(byte[] requestDer) {
        TimeStampRequest request;
        try {
            request = new TimeStampRequest(requestDer);
        } catch (IOException | RuntimeException e) {
            throw HttpProblem.badRequest("the body is not an RFC 3161 time-stamp request");
        }
        try {
            TimeStampResponse response;
            synchronized (responses) {
                response = responses.generate(request, new BigInteger(63, RANDOM).add(BigInteger.ONE),
                        Date.from(clock.instant()));
            }
            return response.getEncoded();
        } catch (TSPException | IOException e) {
            throw new IllegalStateException("the time-stamp authority failed: " + e.getMessage(), e);
        }
    }
}
