package org.redress.letters;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** Reads the verification QR code the way a phone would: from a picture of the page. */
public final class QrReading {

    private static final float DPI = 120f;
    private static final float FINER_DPI = 200f;

    private QrReading() {
    }

    /** The payload of the Redress QR code on the document's last page, if one is there and readable. */
    public static Optional<LetterVerification> lastPage(PDDocument document) throws IOException {
        if (document.getNumberOfPages() == 0) {
            return Optional.empty();
        }
        PDFRenderer renderer = new PDFRenderer(document);
        int last = document.getNumberOfPages() - 1;
        Optional<String> text = decode(renderer.renderImageWithDPI(last, DPI, ImageType.RGB));
        if (text.isEmpty()) {
            // A signed code (RDL2) has small modules; where they fall across pixels unluckily, a finer picture reads it.
            text = decode(renderer.renderImageWithDPI(last, FINER_DPI, ImageType.RGB));
        }
        return text.flatMap(LetterVerification::parse);
    }

    /** The text of the QR code in the image, if ZXing finds one. */
    public static Optional<String> decode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (ReaderException e) {
            return Optional.empty();
        }
    }
}
