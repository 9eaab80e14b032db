package org.redress.letters.pdf;

/** How a run of text looks: weight, size in points, colour as sRGB components 0..1. */
public record TextStyle(boolean bold, float size, float red, float green, float blue) {

    public static TextStyle regular(float size) {
        return new TextStyle(false, size, 0.1f, 0.1f, 0.1f);
    }

    public static TextStyle bold(float size) {
        return new TextStyle(true, size, 0.1f, 0.1f, 0.1f);
    }

    /** Grey, for the English beneath Chinese and for small print. */
    public TextStyle muted() {
        return new TextStyle(bold, size, 0.33f, 0.33f, 0.36f);
    }

    public TextStyle sized(float newSize) {
        return new TextStyle(bold, newSize, red, green, blue);
    }

    /** Height of one line of this style, leading included. */
    public float lineHeight() {
        return size * 1.5f;
    }
}
