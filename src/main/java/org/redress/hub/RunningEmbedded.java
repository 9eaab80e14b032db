package org.redress.hub;

import org.redress.hub.pki.HubCertificate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL an embedded hub is running on a data folder, found without touching it: the
 * folder's {@code postmaster.pid} names a live postgres process whose command line names this
 * folder, and the port it listens on; the password is the one kept beside the data. Admin
 * commands ({@code redress hub add-officer}, {@code add-office}, {@code add-agency}, {@code devices})
 * connect to it as one more client instead of starting (and then stopping) a PostgreSQL of their
 * own on a folder a live hub serves, which once took the live hub's database down.
 */
public final class RunningEmbedded {

    private RunningEmbedded() {
    }

    /** The config of the live PostgreSQL on {@code dataDir}, or empty when none runs there. */
    public static Optional<HubConfig> find(Path dataDir) {
        Path data = dataDir.toAbsolutePath().normalize();
        Path pidFile = data.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            if (lines.size() < 4 || !lines.get(0).strip().matches("\\d+") || !lines.get(3).strip().matches("\\d+")) {
                return Optional.empty();
            }
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
            if (process.isEmpty() || !process.get().isAlive()) {
                return Optional.empty();
            }
            String command = process.get().info().commandLine().orElse("");
            if (!command.contains("postgres") || !command.contains(data.toString())) {
                return Optional.empty();
            }
            Path passwordFile = data.resolve(PostgresAuth.FOLDER).resolve(PostgresAuth.PASSWORD_FILE);
            String password = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip();
            int port = Integer.parseInt(lines.get(3).strip());
            String url = "jdbc:postgresql://localhost:" + port + "/postgres";
            return Optional.of(HubConfig.of(url, "postgres", password).withTls(HubCertificate.officePki(
                    data.resolve(PostgresAuth.FOLDER).resolve("tls"), HubCertificate.defaultNames())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
