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

    private QrReading() {
    }

    /** The payload of the Redress QR code on the document's last page, if one is there and readable. */
    public static Optional<LetterVerification> lastPage(PDDocument document) throws IOException {
        if (document.getNumberOfPages() == 0) {
            return Optional.empty();
        }
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, DPI,
                ImageType.RGB);
        return decode(image).flatMap(LetterVerification::parse);
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
