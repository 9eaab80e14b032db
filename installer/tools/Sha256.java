import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@code java installer/tools/Sha256.java FILE}: the file's SHA-256 in hex (no sha256sum on every runner). */
public final class Sha256 {
    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(Path.of(args[0])), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        System.out.println(HexFormat.of().formatHex(digest.digest()));
    }
}
