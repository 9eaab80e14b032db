package org.redress.letters;

/**
 * Where on the letter the officer's visible signature goes: a blank space the layout keeps under
 * "who decided" ({@code page} from 0, PDF user space, origin bottom left). Signing puts the
 * signature field's widget here with the signature block as its appearance; an unsigned letter
 * leaves the space for a hand signature or the office's seal.
 */
public record SignatureSlot(int page, float x, float y, float width, float height) {

    /** The height the layout keeps: four lines of the block with its frame. */
    public static final float HEIGHT = 62f;
    public static final float WIDTH = 250f;
}
