package org.redress.letters.sign;

import java.io.IOException;

/**
 * What the office's hub gives a signature (issue 16, item 3): an RFC 3161 time-stamp on it
 * (PAdES B-T) and the office CA's current CRL for the validation data letters carry (B-LT).
 * The hub client's {@code HubOfficeServices} asks the hub over HTTPS; tests answer in-process.
 */
public interface OfficeServices {

    /** The DER time-stamp response to a DER RFC 3161 request. */
    byte[] timeStamp(byte[] request) throws IOException;

    /** The office CA's current CRL, DER. */
    byte[] crl() throws IOException;
}
