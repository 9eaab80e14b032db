package org.redress.sync;

import org.redress.platform.PrivateFiles;
import org.redress.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where this workstation's device key lives: {@value #FILE} in the workspace folder, outside the
 * database, readable by its owner only (0600), holding the Ed25519 private key (PKCS#8) and its
 * public key (X.509) as PEM. The one place that reads and writes it, so that wrapping it under the
 * workspace key later changes this class alone. Copying a workspace copies its device: give a copy
 * a device of its own with {@link #replace}.
 */
public final class DeviceKeyFile {

    public static final String FILE = "device.key";
    private static final Logger LOG = LoggerFactory.getLogger(DeviceKeyFile.class);
    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)-----END \\1-----");

    private DeviceKeyFile() {
    }

    public static Path path(Workspace workspace) {
        return workspace.root().resolve(FILE);
    }

    /** The workspace's device key, made (and written) when it has none. */
    public static synchronized DeviceKey loadOrCreate(Workspace workspace) {
        return load(workspace).orElseGet(() -> replace(workspace));
    }

    /** The workspace's device key, or empty before its first sign-in to a hub. */
    public static synchronized Optional<DeviceKey> load(Workspace workspace) {
        Path file = path(workspace);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            if (PrivateFiles.exposed(file)) {
                LOG.warn("event=sync.device_key_exposed action=narrowed_to_0600");
                PrivateFiles.narrow(file);
            }
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            byte[] privateKey = null;
            byte[] publicKey = null;
            Matcher m = BLOCK.matcher(text);
            while (m.find()) {
                byte[] der = Base64.getMimeDecoder().decode(m.group(2));
                switch (m.group(1)) {
                    case "PRIVATE KEY" -> privateKey = der;
                    case "PUBLIC KEY" -> publicKey = der;
                    default -> {
                        // nothing else belongs here
                    }
                }
            }
            if (privateKey == null || publicKey == null) {
                throw new IOException(file + " lacks its private or public key");
            }
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            return Optional.of(new DeviceKey(new KeyPair(factory.generatePublic(new X509EncodedKeySpec(publicKey)),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))));
        } catch (IOException e) {
            throw new UncheckedIOException("this workstation's device key cannot be read: " + e.getMessage(), e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("this workstation's device key in " + file + " is damaged: " + e.getMessage(), e);
        }
    }

    /** A new key pair for the workspace, written over any old one (the device becomes a new device). */
    public static synchronized DeviceKey replace(Workspace workspace) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String text = pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded());
            Files.createDirectories(workspace.root());
            PrivateFiles.write(path(workspace), text.getBytes(StandardCharsets.US_ASCII));
            LOG.info("event=sync.device_key_created");
            return new DeviceKey(pair);
        } catch (IOException e) {
            throw new UncheckedIOException("this workstation's device key cannot be written: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK makes Ed25519 keys", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
