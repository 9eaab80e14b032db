package org.redress.hub;

import org.jspecify.annotations.Nullable;
import org.redress.hub.pki.HubCertificate;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the hub's PostgreSQL is and how the hub listens. {@code port} 0 takes any free port
 * ({@link HubServer#port()} reports the bound one). {@code tls} is where its certificate comes
 * from; without one the hub speaks plain HTTP, which it does on a loopback address only.
 */
public record HubConfig(String jdbcUrl, String user, String password, String host, int port,
                        int poolSize, Duration tokenLifetime, @Nullable HubCertificate tls) {

    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(12);
    public static final int DEFAULT_POOL_SIZE = 16;

    public HubConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (poolSize < 2) {
            throw new IllegalArgumentException("the pool needs at least 2 connections");
        }
    }

    /** Plain HTTP on loopback (give it a certificate with {@link #withTls}). */
    public static HubConfig of(String jdbcUrl, String user, String password) {
        return new HubConfig(jdbcUrl, user, password, "127.0.0.1", 0, DEFAULT_POOL_SIZE, DEFAULT_TOKEN_LIFETIME, null);
    }

    /**
     * From a libpq-style URL: {@code postgresql://user:password@host:5432/db} (or {@code postgres://}).
     */
    public static HubConfig fromDatabaseUrl(String url) {
        URI uri = URI.create(url.trim());
        String scheme = uri.getScheme();
        if (!"postgresql".equals(scheme) && !"postgres".equals(scheme)) {
            throw new IllegalArgumentException("expected postgresql://user:password@host:port/database");
        }
        String user = "postgres";
        String password = "";
        String info = uri.getRawUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? "" : decode(info.substring(colon + 1));
        }
        int dbPort = uri.getPort() < 0 ? 5432 : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().length() <= 1 ? "/postgres" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return of("jdbc:postgresql://" + uri.getHost() + ":" + dbPort + path + query, user, password);
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    public HubConfig withPort(int newPort) {
        return new HubConfig(jdbcUrl, user, password, host, newPort, poolSize, tokenLifetime, tls);
    }

    public HubConfig withHost(String newHost) {
        return new HubConfig(jdbcUrl, user, password, newHost, port, poolSize, tokenLifetime, tls);
    }

    public HubConfig withPoolSize(int size) {
        return new HubConfig(jdbcUrl, user, password, host, port, size, tokenLifetime, tls);
    }

    public HubConfig withTokenLifetime(Duration lifetime) {
        return new HubConfig(jdbcUrl, user, password, host, port, poolSize, lifetime, tls);
    }

    /** The same, serving HTTPS with the certificate of {@code certificate} (null: plain HTTP on loopback). */
    public HubConfig withTls(@Nullable HubCertificate certificate) {
        return new HubConfig(jdbcUrl, user, password, host, port, poolSize, tokenLifetime, certificate);
    }

    @Override
    public String toString() {
        return "HubConfig[jdbcUrl=" + jdbcUrl + ", user=" + user + ", host=" + host + ", port=" + port + ", tls="
                + (tls != null) + "]";
    }
}
