package org.redress.hub;

import io.javalin.Javalin;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.jspecify.annotations.Nullable;
import org.redress.hub.accounts.HubAccounts;
import org.redress.hub.accounts.SignInSettings;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HttpProblem;
import org.redress.sync.protocol.KeyFingerprint;
import org.redress.hub.pki.HubCertificate;
import org.redress.hub.pki.ServerIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * The hub's HTTPS service over one PostgreSQL database. Stateless: any number of instances may
 * serve the same database and behave as one (give them the same certificate). {@link #start}
 * migrates the schema and listens ({@code port} 0 = any free port, see {@link #port()}): HTTPS
 * (TLS 1.3 and 1.2) with the config's certificate, or plain HTTP — on a loopback address only.
 * {@link #close} stops taking requests, lets running ones finish and closes the pool.
 */
public final class HubServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HubServer.class);

    private final HubDatabase db;
    private final HubAccounts accounts;
    private final Javalin app;
    private final @Nullable ServerIdentity identity;
    /** Drops uploads abandoned for a week (at start, then every few hours). */
    private final org.redress.hub.blobs.AbandonedUploads uploadSweep;
    /** Makes agency notices not made yet (at start, then every few minutes). */
    private final org.redress.hub.db.Periodic agencyNoticeSweep;

    private HubServer(HubDatabase db, HubAccounts accounts, Javalin app, @Nullable ServerIdentity identity) {
        this.db = db;
        this.accounts = accounts;
        this.app = app;
        this.identity = identity;
        this.uploadSweep = org.redress.hub.blobs.AbandonedUploads.schedule(db,
                org.redress.hub.blobs.AbandonedUploads.DEFAULT_AGE, org.redress.hub.blobs.AbandonedUploads.DEFAULT_EVERY);
        this.agencyNoticeSweep = org.redress.hub.agency.AgencyNotices.schedule(db,
                org.redress.catalog.CalendarCatalog.fromClasspath());
    }

    /**
     * @throws IllegalArgumentException when the config has no certificate and a host that is not loopback
     * @throws UncheckedIOException when the certificate cannot be read or made
     */
    public static HubServer start(HubConfig config) {
        long began = System.nanoTime();
        if (config.tls() == null && !loopback(config.host())) {
            throw new IllegalArgumentException("the hub speaks plain HTTP on a loopback address only; to listen on "
                    + config.host() + " it needs its certificate (its own office PKI, or the office's with --tls-cert/--tls-key)");
        }
        ServerIdentity identity = loadIdentity(config);
        HubDatabase db = HubDatabase.open(config.jdbcUrl(), config.user(), config.password(), config.poolSize());
        try {
            HubAccounts accounts = new HubAccounts(db, SignInSettings.of(config.tokenLifetime()));
            HubRoutes routes = new HubRoutes(db, accounts, officePki(config));
            Javalin app = Javalin.create(cfg -> {
                cfg.jetty.host = config.host();
                cfg.jetty.port = config.port();
                cfg.http.maxRequestSize = routes.largestBody();
                cfg.startup.showJavalinBanner = false;
                cfg.jetty.modifyServer(server -> server.setStopTimeout(Duration.ofSeconds(10).toMillis()));
                if (identity != null) {
                    cfg.jetty.addConnector((server, http) -> tlsConnector(server, http, identity, config));
                }
                routes.install(cfg.routes);
                // Method, path, status and time only: no query strings, bodies or names in the log.
                cfg.requestLogger.http((ctx, millis) -> LOG.debug("event=hub.request method={} path={} status={} millis={}",
                        ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis)));
                cfg.routes.exception(HttpProblem.class, (e, ctx) -> HubRoutes.problem(ctx, e));
                cfg.routes.exception(Exception.class, (e, ctx) -> HubRoutes.unexpected(ctx, e));
            });
            app.start();
            HubServer server = new HubServer(db, accounts, app, identity);
            LOG.info("event=hub.started port={} tls={} millis={}", server.port(), identity != null,
                    (System.nanoTime() - began) / 1_000_000);
            return server;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The office PKI the hub keeps itself (its CA signs officers' certificates and time-stamps), or null. */
    private static org.redress.hub.pki.@Nullable OfficePki officePki(HubConfig config) {
        if (!(config.tls() instanceof HubCertificate.OfficeAuthority authority)) {
            return null;
        }
        try {
            return org.redress.hub.pki.OfficePki.open(authority.folder(), java.time.Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException("the office certificate authority could not be opened: " + e.getMessage(), e);
        }
    }

    private static @Nullable ServerIdentity loadIdentity(HubConfig config) {
        if (config.tls() == null) {
            return null;
        }
        try {
            return config.tls().load();
        } catch (IOException e) {
            throw new UncheckedIOException("the hub's certificate could not be loaded: " + e.getMessage(), e);
        }
    }

    private static ServerConnector tlsConnector(Server server, HttpConfiguration http, ServerIdentity identity, HubConfig config) {
        char[] password = storePassword();
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(identity.keyStore(password));
        ssl.setKeyStorePassword(new String(password));
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        // Workstations pin the hub's key and may reach it by any name or address: no name checks.
        ssl.setSniRequired(false);
        SecureRequestCustomizer secure = new SecureRequestCustomizer(false);
        secure.setSniRequired(false);
        http.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server,
                new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()), new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        return connector;
    }

    private static char[] storePassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random).toCharArray();
    }

    /** Whether {@code host} is a loopback address literal or {@code localhost} (never looked up in DNS). */
    public static boolean loopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return (h.matches("[0-9.]+") || h.contains(":")) && InetAddress.ofLiteral(h).isLoopbackAddress();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The port the hub listens on (the bound one when the config asked for 0). */
    public int port() {
        return app.port();
    }

    /** {@code https} when the hub serves TLS, else {@code http}. */
    public String scheme() {
        return identity != null ? "https" : "http";
    }

    /** {@code https://127.0.0.1:<port>} (or the given host), without a trailing slash. */
    public String baseUrl(String host) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return scheme() + "://" + h + ":" + port();
    }

    public String baseUrl() {
        return baseUrl("127.0.0.1");
    }

    /** The hub's TLS identity, or null when it speaks plain HTTP. */
    public @Nullable ServerIdentity identity() {
        return identity;
    }

    /** What workstations pin (the SHA-256 of the certificate's public key), or null without TLS. */
    public @Nullable String fingerprint() {
        return identity == null ? null : KeyFingerprint.of(identity.certificate());
    }

    public HubAccounts accounts() {
        return accounts;
    }

    public HubDatabase database() {
        return db;
    }

    @Override
    public void close() {
        uploadSweep.close();
        agencyNoticeSweep.close();
        app.stop();
        db.close();
        LOG.info("event=hub.stopped");
    }
}
