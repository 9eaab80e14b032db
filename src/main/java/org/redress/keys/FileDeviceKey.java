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
import java.util.Optional;

/**
 * A device key kept in an owner-only file ({@code 0600}, never written through a symbolic link), the
 * Ed25519 private key (PKCS#8) and its public key (X.509) as PEM blocks — the layout the hub
 * enrolment code keeps the workspace's {@code device.key} in, so both read the same key:
 * <pre>
 * -----BEGIN PRIVATE KEY-----  …  -----END PRIVATE KEY-----
 * -----BEGIN PUBLIC KEY-----   …  -----END PUBLIC KEY-----
 * </pre>
 * The private half is in the clear: anyone who can read the file (the owner of the workspace, or
 * root) can sign as the device. Wrapping it under the officers' passwords is the encryption step's.
 */
public final class FileDeviceKey implements DeviceKey {

    private static final java.util.regex.Pattern BLOCK =
            java.util.regex.Pattern.compile("-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)-----END \\1-----");

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
            String text = pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded());
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
            return Optional.of(publicOf(text(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static FileDeviceKey load(Path file) throws IOException {
        String text = text(file);
        try {
            PublicKey publicKey = publicOf(text);
            PrivateKey privateKey = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(block(text, "PRIVATE KEY")));
            return new FileDeviceKey(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(file.getFileName() + " is not a device key", e);
        }
    }

    private static String text(Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            throw new IOException(file.getFileName() + " is a symbolic link, not a key");
        }
        return Files.readString(file, StandardCharsets.US_ASCII);
    }

    private static PublicKey publicOf(String text) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(block(text, "PUBLIC KEY")));
    }

    private static byte[] block(String text, String type) {
        java.util.regex.Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(type)) {
                return Base64.getMimeDecoder().decode(m.group(2));
            }
        }
        throw new IllegalArgumentException("no " + type + " block");
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
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
