package org.redress.demo;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.random.RandomGenerator;

/**
 * Renders evidence text as a one-page PDF (standard Helvetica, no embedded fonts) or as a picture
 * of a paper, ticket, street or phone screen. Everything that could vary between runs — document
 * id, dates, fonts — is fixed, so the same inputs give the same bytes.
 */
final class EvidenceRenderer {

    // Standard 14 fonts are not embedded, so one instance serves every document (PDFBox warns
    // once per instance when the machine has no copy of Helvetica to render with).
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private EvidenceRenderer() {
    }

    static byte[] pdf(EvidenceText text, long documentId, LocalDate issued) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // Fixes the trailer /ID, which PDFBox otherwise derives from the clock.
            document.setDocumentId(documentId);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text.title());
            info.setAuthor(text.issuer());
            info.setProducer("Redress demo");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.ofHours(8)));
            created.clear();
            created.set(issued.getYear(), issued.getMonthValue() - 1, issued.getDayOfMonth(), 10, 0, 0);
            info.setCreationDate(created);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float top = page.getMediaBox().getHeight() - 72;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(0.1f, 0.2f, 0.45f);
                content.addRect(56, top - 14, page.getMediaBox().getWidth() - 112, 2);
                content.fill();
                content.setNonStrokingColor(0f, 0f, 0f);
                content.beginText();
                content.setFont(BOLD, 13);
                content.newLineAtOffset(56, top);
                content.showText(text.issuer());
                content.setFont(BOLD, 17);
                content.newLineAtOffset(0, -48);
                content.showText(text.title());
                content.setFont(REGULAR, 10.5f);
                content.newLineAtOffset(0, -34);
                for (String line : text.lines()) {
                    content.showText(line);
                    content.newLineAtOffset(0, -19);
                }
                content.endText();
                // A red seal: two concentric rings.
                content.setStrokingColor(0.8f, 0.1f, 0.1f);
                content.setLineWidth(2.5f);
                float cx = page.getMediaBox().getWidth() - 150;
                float cy = top - 110 - 19f * text.lines().size();
                circle(content, cx, cy, 48);
                circle(content, cx, cy, 42);
                content.stroke();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render a demo PDF", e);
        }
    }

    private static void circle(PDPageContentStream content, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r; // Bézier approximation of a quarter circle
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    }

    /** A picture for {@code kind}, encoded as PNG or JPEG. */
    static byte[] image(EvidenceKind kind, EvidenceText text, RandomGenerator random, boolean jpeg) {
        BufferedImage image = switch (kind) {
            case TICKET_PHOTO -> ticket(text, random);
            case SCENE_PHOTO -> scene(text, random);
            case REPAYMENT_SCREENSHOT -> screenshot(text);
            default -> paper(text, random);
        };
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, jpeg ? "jpg" : "png", out)) {
                throw new IllegalStateException("no image writer for " + (jpeg ? "JPEG" : "PNG"));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a demo image", e);
        }
    }

    /** A receipt lying slightly askew on a wooden desk, with a red stamp. */
    private static BufferedImage paper(EvidenceText text, RandomGenerator random) {
        BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.scale(600 / 720.0, 800 / 960.0);
        g.setColor(new Color(150 + random.nextInt(30), 105 + random.nextInt(25), 60 + random.nextInt(20)));
        g.fillRect(0, 0, 720, 960);
        grain(g, random, 720, 960);
        AffineTransform flat = g.getTransform();
        g.rotate(Math.toRadians(random.nextInt(-5, 6)), 360, 480);
        g.setColor(new Color(0, 0, 0, 60));
        g.fillRect(118, 118, 500, 700);
        g.setColor(new Color(250, 248, 240));
        g.fillRect(110, 110, 500, 700);
        g.setColor(new Color(40, 40, 60));
        BitmapFont.draw(g, text.issuer(), 130, 140, 2);
        BitmapFont.draw(g, text.title(), 130, 190, 4);
        int y = 260;
        for (String line : text.lines()) {
            BitmapFont.draw(g, line, 130, y, 2);
            y += 36;
        }
        g.setColor(new Color(200, 30, 30, 170));
        g.setStroke(new BasicStroke(6));
        int sx = 400 + random.nextInt(60);
        int sy = 600 + random.nextInt(80);
        g.drawOval(sx, sy, 150, 150);
        g.drawOval(sx + 14, sy + 14, 122, 122);
        BitmapFont.draw(g, "PAID", sx + 46, sy + 64, 3);
        g.setTransform(flat);
        g.dispose();
        return image;
    }

    private static BufferedImage ticket(EvidenceText text, RandomGenerator random) {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setColor(new Color(70 + random.nextInt(40), 70 + random.nextInt(40), 80));
        g.fillRect(0, 0, 800, 600);
        grain(g, random, 800, 600);
        g.rotate(Math.toRadians(random.nextInt(-7, 8)), 400, 300);
        g.setColor(random.nextBoolean() ? new Color(170, 210, 240) : new Color(245, 200, 210));
        g.fillRoundRect(110, 140, 580, 320, 24, 24);
        g.setColor(new Color(30, 40, 90));
        BitmapFont.draw(g, text.issuer(), 140, 165, 3);
        int y = 220;
        for (String line : text.lines()) {
            BitmapFont.draw(g, line, 140, y, 3);
            y += 44;
        }
        g.dispose();
        return image;
    }

    /** A street corner with a crossing and a traffic light, and the camera's time stamp. */
    private static BufferedImage scene(EvidenceText text, RandomGenerator random) {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.scale(800 / 960.0, 600 / 720.0);
        g.setColor(new Color(120 + random.nextInt(60), 170 + random.nextInt(50), 220));
        g.fillRect(0, 0, 960, 360);
        for (int i = 0; i < 6; i++) {
            g.setColor(new Color(150 + random.nextInt(80), 140 + random.nextInt(70), 130 + random.nextInt(60)));
            int w = 90 + random.nextInt(90);
            g.fillRect(i * 160 + random.nextInt(30), 360 - 120 - random.nextInt(180), w, 400);
        }
        g.setColor(new Color(70, 70, 75));
        g.fillRect(0, 400, 960, 320);
        g.setColor(new Color(235, 235, 235));
        for (int x = 80; x < 900; x += 70) {
            g.fillRect(x, 520, 40, 140);
        }
        g.setColor(new Color(40, 40, 40));
        g.fillRect(840, 150, 16, 300);
        g.fillRoundRect(815, 90, 66, 150, 20, 20);
        boolean red = random.nextBoolean();
        g.setColor(red ? new Color(230, 40, 40) : new Color(90, 40, 40));
        g.fillOval(828, 102, 40, 40);
        g.setColor(red ? new Color(40, 80, 40) : new Color(40, 220, 90));
        g.fillOval(828, 186, 40, 40);
        grain(g, random, 960, 720);
        g.setColor(new Color(255, 200, 0));
        int y = 20;
        for (String line : text.lines()) {
            BitmapFont.draw(g, line, 20, y, 3);
            y += 30;
        }
        g.dispose();
        return image;
    }

    private static BufferedImage screenshot(EvidenceText text) {
        BufferedImage image = new BufferedImage(540, 1170, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setColor(new Color(245, 246, 250));
        g.fillRect(0, 0, 540, 1170);
        g.setColor(new Color(20, 120, 220));
        g.fillRect(0, 0, 540, 150);
        g.setColor(Color.WHITE);
        BitmapFont.draw(g, "9:41", 24, 20, 2);
        BitmapFont.draw(g, text.issuer(), 24, 70, 3);
        BitmapFont.draw(g, text.title(), 24, 110, 3);
        int y = 190;
        for (String line : text.lines()) {
            g.setColor(Color.WHITE);
            g.fillRoundRect(16, y, 508, 110, 18, 18);
            g.setColor(line.endsWith("LATE") ? new Color(210, 60, 40) : new Color(30, 140, 70));
            BitmapFont.draw(g, line, 36, y + 44, 2);
            y += 130;
        }
        g.dispose();
        return image;
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    /** Speckles, so a photo does not look like a drawing. */
    private static void grain(Graphics2D g, RandomGenerator random, int width, int height) {
        for (int i = 0; i < 1_500; i++) {
            int shade = random.nextInt(256);
            g.setColor(new Color(shade, shade, shade, 25));
            g.fillRect(random.nextInt(width), random.nextInt(height), 2, 2);
        }
    }
}
