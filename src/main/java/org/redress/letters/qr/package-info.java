/**
 * Letters verifiable by anyone, offline (issue #16, item 2): the QR code's signed payload
 * ({@link org.redress.letters.qr.SignedPayload}, {@code RDL2}), the office's endorsement of the
 * workstation key that signs it ({@link org.redress.letters.qr.Endorsement}) and the offline check
 * with the office's public key alone ({@link org.redress.letters.qr.OfflineVerifier}).
 */
@NullMarked
package org.redress.letters.qr;

import org.jspecify.annotations.NullMarked;
