package org.redress.keys;

import org.redress.platform.PrivateFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A device key kept in an owner-only file ({@code 0600}, never written through a symbolic link):
 * <pre>
 * redress-device-key/1
 * algorithm: Ed25519
 * public: &lt;X.509, base64&gt;
 * private: &lt;PKCS#8, base64&gt;
 * </pre>
 * The private half is in the clear: anyone who can read the file (the owner of the workspace, or
 * root) can sign as the device. Wrapping it under the officers' passwords is the encryption step's.
 */
public final class FileDeviceKey implements DeviceKey {

    static final String HEADER = "redress-device-key/1";

    private final PublicKey publicKey;
    private final PrivateKey privateKey;

    private FileDeviceKey(PublicKey publicKey, PrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** What {@link #loadOrCreate} found. */
    public record Opened(FileDeviceKey key, boolean created) {
    }

    /** The key in {@code file}, made (and written owner-only) when there is none yet. */
    public static Opened loadOrCreate(Path file) {
        try {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return new Opened(load(file), false);
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            String text = HEADER + "\nalgorithm: " + ALGORITHM + "\npublic: "
                    + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\nprivate: "
                    + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n";
            try (OutputStream out = PrivateFiles.createNew(file)) {
                out.write(text.getBytes(StandardCharsets.US_ASCII));
            } catch (FileAlreadyExistsException raced) {
                return new Opened(load(file), false);
            }
            return new Opened(new FileDeviceKey(pair.getPublic(), pair.getPrivate()), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the device key at " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK 15+ makes Ed25519 keys", e);
        }
    }

    /** The public half of the key in {@code file}; empty when there is no such file or it is not a key. */
    public static Optional<PublicKey> readPublic(Path file) {
        try {
            return Optional.of(publicOf(lines(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static FileDeviceKey load(Path file) throws IOException {
        List<String> lines = lines(file);
        try {
            PublicKey publicKey = publicOf(lines);
            PrivateKey privateKey = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(field(lines, "private"))));
            return new FileDeviceKey(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(file.getFileName() + " is not a device key", e);
        }
    }

    private static List<String> lines(Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            throw new IOException(file.getFileName() + " is a symbolic link, not a key");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        if (lines.isEmpty() || !lines.getFirst().equals(HEADER)) {
            throw new IOException(file.getFileName() + " is not a device key");
        }
        return lines;
    }

    private static PublicKey publicOf(List<String> lines) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM)
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(field(lines, "public"))));
    }

    private static String field(List<String> lines, String name) {
        for (String line : lines) {
            if (line.startsWith(name + ": ")) {
                return line.substring(name.length() + 2).strip();
            }
        }
        throw new IllegalArgumentException("no " + name + " line");
    }

    @Override
    public PublicKey publicKey() {
        return publicKey;
    }

    @Override
    public byte[] sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the device key", e);
        }
    }
}
