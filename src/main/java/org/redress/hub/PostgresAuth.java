package org.redress.hub;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.jspecify.annotations.Nullable;
import org.redress.platform.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How the embedded PostgreSQL lets the hub in, and nobody else: its superuser has a random password
 * kept beside the data ({@value #FOLDER}/{@value #PASSWORD_FILE}, 0600 in a 0700 folder), every
 * connection must give it (SCRAM-SHA-256) and come over loopback TCP ({@link #HBA}; the server
 * listens on localhost only and opens no Unix socket). A new cluster gets its password from
 * {@code initdb}; one made by an earlier version with {@code trust} (or whose password file was
 * lost) gets a new one in single-user mode — either way before the server ever listens.
 */
final class PostgresAuth {

    /** The hub's own folder inside the data folder: the password, and the office PKI ({@code tls/}). */
    static final String FOLDER = "redress-hub";
    static final String PASSWORD_FILE = "postgres.password";
    static final String HBA = """
            # Redress embedded hub: a password (SCRAM-SHA-256) over loopback TCP, nothing else.
            # Written by the hub at every start; edits are replaced.
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;
    private static final Logger LOG = LoggerFactory.getLogger(PostgresAuth.class);

    private PostgresAuth() {
    }

    /** Makes a cluster as an earlier version did ({@code trust}), for tests of the upgrade. */
    static void initdb(PostgresHome.Prepared binaries, Path dataDir) throws IOException {
        PrivateFiles.folder(dataDir);
        run(binaries, "initdb", List.of("-A", "trust", "-U", "postgres", "-D", dataDir.toString(), "-E", "UTF-8"), null, null);
    }

    /**
     * Makes a new cluster in {@code dataDir} (0700) whose superuser has a new random password from
     * the start (SCRAM), and keeps the password beside the data; returns it.
     */
    static String initdbWithPassword(PostgresHome.Prepared binaries, Path dataDir, Path scratch) throws IOException {
        PrivateFiles.folder(dataDir);
        String password = randomPassword();
        Path passwordFile = PrivateFiles.folder(scratch).resolve("initdb-" + java.util.UUID.randomUUID() + ".pw");
        try {
            PrivateFiles.write(passwordFile, password.getBytes(StandardCharsets.US_ASCII));
            run(binaries, "initdb", List.of("-A", "scram-sha-256", "--pwfile=" + passwordFile, "-U", "postgres",
                    "-D", dataDir.toString(), "-E", "UTF-8"), null, null);
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        Path folder = PrivateFiles.folder(dataDir.resolve(FOLDER));
        PrivateFiles.write(folder.resolve(PASSWORD_FILE), password.getBytes(StandardCharsets.US_ASCII));
        PrivateFiles.write(dataDir.resolve("pg_hba.conf"), HBA.getBytes(StandardCharsets.UTF_8));
        return password;
    }

    private static String randomPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The superuser's password, set up as this class says (set anew when the file or the hba are not as they must be). */
    static String ensure(PostgresHome.Prepared binaries, Path dataDir) throws IOException {
        Path folder = PrivateFiles.folder(dataDir.resolve(FOLDER));
        Path file = folder.resolve(PASSWORD_FILE);
        boolean fresh = !Files.isRegularFile(file);
        String password;
        if (fresh) {
            password = randomPassword();
            PrivateFiles.write(file, password.getBytes(StandardCharsets.US_ASCII));
        } else {
            if (PrivateFiles.exposed(file)) {
                LOG.warn("event=hub.embedded_password_exposed action=narrowed_to_0600");
                PrivateFiles.narrow(file);
            }
            password = Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        Path hba = dataDir.resolve("pg_hba.conf");
        boolean hbaOurs = Files.isRegularFile(hba) && Files.readString(hba, StandardCharsets.UTF_8).equals(HBA);
        if (fresh || !hbaOurs) {
            run(binaries, "postgres", List.of("--single", "-D", dataDir.toString(), "-c", "listen_addresses=", "postgres"),
                    "SET password_encryption = 'scram-sha-256'\nALTER ROLE postgres WITH PASSWORD '" + password + "'\n",
                    password);
            PrivateFiles.write(hba, HBA.getBytes(StandardCharsets.UTF_8));
            LOG.info("event=hub.embedded_password_set");
        }
        return password;
    }

    /** Runs a PostgreSQL tool as zonky does (in a user namespace where {@code unshare} exists: PostgreSQL refuses root). */
    private static void run(PostgresHome.Prepared binaries, String tool, List<String> arguments, @Nullable String input,
                            @Nullable String secret) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(binaries.tool(tool).toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            if (input != null) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] output = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(tool + " did not finish in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while " + tool + " ran", e);
        }
        if (process.exitValue() != 0) {
            // PostgreSQL's own words, with the password (sent on standard input) blotted out should it echo it.
            String text = new String(output, StandardCharsets.UTF_8).strip();
            if (secret != null) {
                text = text.replace(secret, "********");
            }
            throw new IOException(tool + " failed (exit " + process.exitValue() + "): "
                    + (text.length() > 2_000 ? text.substring(text.length() - 2_000) : text));
        }
    }
}
