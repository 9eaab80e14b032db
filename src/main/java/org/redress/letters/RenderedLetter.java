package org.redress.letters;

import java.util.Objects;

/**
 * A letter as rendered: the PDF bytes, the decision record they embed and the verification that
 * binds the two, and where the visible signature goes. Arrays are shared, not copied: treat them as read-only.
 */
public record RenderedLetter(LetterContent content, byte[] pdf, byte[] recordJson, LetterVerification verification,
                             int pages, @org.jspecify.annotations.Nullable SignatureSlot signatureSlot) {

    public RenderedLetter(LetterContent content, byte[] pdf, byte[] recordJson, LetterVerification verification, int pages) {
        this(content, pdf, recordJson, verification, pages, null);
    }

    public RenderedLetter {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(recordJson, "recordJson");
        Objects.requireNonNull(verification, "verification");
    }

    public String sha256() {
        return DecisionRecord.sha256(pdf);
    }
}
