import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The source of the application icon: a score dial whose lost part (amber) is handed back by a
 * check mark, on the workstation's navy. Drawn with Java2D so the picture is reproducible with
 * nothing but a JDK:
 *
 * <pre>java installer/icons/RedressIcon.java installer/icons</pre>
 *
 * writes redress.png (256 px, Linux), redress.ico (Windows: 16–256 px) and redress.icns (macOS:
 * 16–1024 px), all PNG-encoded inside.
 */
public final class RedressIcon {

    private static final Color NAVY_TOP = new Color(0x24, 0x4A, 0x73);
    private static final Color NAVY_BOTTOM = new Color(0x14, 0x2B, 0x47);
    private static final Color DIAL = new Color(0xF4, 0xF7, 0xFA);
    private static final Color LOST = new Color(0xF2, 0xA3, 0x3A);
    private static final Color CHECK = new Color(0x5C, 0xD6, 0x8D);

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(folder);
        Files.write(folder.resolve("redress.png"), png(256));
        writeIco(folder.resolve("redress.ico"), new int[] {16, 24, 32, 48, 64, 128, 256});
        writeIcns(folder.resolve("redress.icns"));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 256.0, size / 256.0);

        // Background: a rounded square with a little margin, as desktop icon themes expect.
        g.setPaint(new GradientPaint(0, 8, NAVY_TOP, 0, 248, NAVY_BOTTOM));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        // The dial: 240° of a score range; the amber tail is the deduction under appeal.
        float width = 22f;
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Arc2D.Double whole = new Arc2D.Double(48, 52, 160, 160, 0, 0, Arc2D.OPEN);
        g.setColor(DIAL);
        whole.setAngleStart(-30 + 70);
        whole.setAngleExtent(170);
        g.draw(whole);
        g.setColor(LOST);
        whole.setAngleStart(-30);
        whole.setAngleExtent(52);
        g.draw(whole);

        // The check mark in the dial's middle: the appeal put right.
        Path2D.Double check = new Path2D.Double();
        check.moveTo(92, 138);
        check.lineTo(119, 164);
        check.lineTo(168, 110);
        g.setColor(CHECK);
        g.setStroke(new BasicStroke(24f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(check);
        g.dispose();
        return image;
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(draw(size), "png", bytes)) {
            throw new IOException("no PNG writer");
        }
        return bytes.toByteArray();
    }

    /** ICO with PNG entries (Windows Vista and later read them; jpackage passes the file on). */
    static void writeIco(Path file, int[] sizes) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int size : sizes) {
            images.add(png(size));
        }
        ByteBuffer header = ByteBuffer.allocate(6 + 16 * sizes.length).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = header.capacity();
        for (int i = 0; i < sizes.length; i++) {
            int size = sizes[i];
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header.array());
            for (byte[] image : images) {
                out.write(image);
            }
        }
    }

    /** ICNS with PNG entries: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024. */
    static void writeIcns(Path file) throws IOException {
        String[] types = {"icp4", "icp5", "icp6", "ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {16, 32, 64, 128, 256, 512, 1024};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream entries = new DataOutputStream(body);
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(sizes[i]);
            entries.writeBytes(types[i]);
            entries.writeInt(8 + image.length);
            entries.write(image);
        }
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeBytes("icns");
            out.writeInt(8 + body.size());
            body.writeTo(out);
        }
    }
}
