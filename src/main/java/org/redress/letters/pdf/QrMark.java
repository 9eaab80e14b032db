package org.redress.letters.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A QR code drawn as vector rectangles (no image): crisp at any zoom, decodable from a 100 dpi
 * render. Each run of dark modules in a row is one rectangle, so a code is a few hundred operators.
 */
public final class QrMark {

    /** Light modules around the code that scanners need, in modules. */
    public static final int QUIET_ZONE = 4;

    private final ByteMatrix matrix;

    private QrMark(ByteMatrix matrix) {
        this.matrix = matrix;
    }

    public static QrMark of(String payload) {
        try {
            // A fixed mask: choosing the best of eight costs a tenth of a letter's time and buys
            // nothing a printed, vector-drawn code needs.
            return new QrMark(Encoder.encode(payload, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                            EncodeHintType.QR_MASK_PATTERN, 3,
                            // Mixed modes: a lower-case address in byte mode, the base32 payload after it alphanumeric.
                            EncodeHintType.QR_COMPACT, Boolean.TRUE)).getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code: " + e.getMessage(), e);
        }
    }

    /** Modules per side, quiet zone excluded. */
    public int modules() {
        return matrix.getWidth();
    }

    /** Draws the code with its top-left module at (x, top), each module {@code module} points wide. */
    public void draw(PDPageContentStream content, float x, float top, float module) {
        try {
            content.setNonStrokingColor(0f, 0f, 0f);
            int n = matrix.getWidth();
            for (int row = 0; row < n; row++) {
                int col = 0;
                while (col < n) {
                    if (matrix.get(col, row) != 1) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < n && matrix.get(col, row) == 1) {
                        col++;
                    }
                    content.addRect(x + start * module, top - (row + 1) * module, (col - start) * module, module);
                }
            }
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
