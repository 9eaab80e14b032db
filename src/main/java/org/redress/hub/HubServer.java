package org.redress.hub;

import io.javalin.Javalin;
import org.redress.hub.accounts.HubAccounts;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HttpProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * The hub's HTTP service over one PostgreSQL database. Stateless: any number of instances may
 * serve the same database and behave as one. {@link #start} migrates the schema and listens
 * ({@code port} 0 = any free port, see {@link #port()}); {@link #close} stops taking requests,
 * lets running ones finish and closes the pool.
 */
public final class HubServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HubServer.class);

    private final HubDatabase db;
    private final HubAccounts accounts;
    private final Javalin app;

    private HubServer(HubDatabase db, HubAccounts accounts, Javalin app) {
        this.db = db;
        this.accounts = accounts;
        this.app = app;
    }

    public static HubServer start(HubConfig config) {
        long began = System.nanoTime();
        HubDatabase db = HubDatabase.open(config.jdbcUrl(), config.user(), config.password(), config.poolSize());
        try {
            HubAccounts accounts = new HubAccounts(db, config.tokenLifetime());
            HubRoutes routes = new HubRoutes(db, accounts);
            Javalin app = Javalin.create(cfg -> {
                cfg.jetty.host = config.host();
                cfg.jetty.port = config.port();
                cfg.http.maxRequestSize = routes.largestBody();
                cfg.startup.showJavalinBanner = false;
                cfg.jetty.modifyServer(server -> server.setStopTimeout(Duration.ofSeconds(10).toMillis()));
                routes.install(cfg.routes);
                // Method, path, status and time only: no query strings, bodies or names in the log.
                cfg.requestLogger.http((ctx, millis) -> LOG.debug("event=hub.request method={} path={} status={} millis={}",
                        ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis)));
                cfg.routes.exception(HttpProblem.class, (e, ctx) -> HubRoutes.problem(ctx, e.status(), e.getMessage()));
                cfg.routes.exception(Exception.class, (e, ctx) -> HubRoutes.unexpected(ctx, e));
            });
            app.start();
            HubServer server = new HubServer(db, accounts, app);
            LOG.info("event=hub.started port={} millis={}", server.port(), (System.nanoTime() - began) / 1_000_000);
            return server;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The port the hub listens on (the bound one when the config asked for 0). */
    public int port() {
        return app.port();
    }

    /** {@code http://127.0.0.1:<port>} (or the configured host), without a trailing slash. */
    public String baseUrl(String host) {
        return "http://" + host + ":" + port();
    }

    public String baseUrl() {
        return baseUrl("127.0.0.1");
    }

    public HubAccounts accounts() {
        return accounts;
    }

    public HubDatabase database() {
        return db;
    }

    @Override
    public void close() {
        app.stop();
        db.close();
        LOG.info("event=hub.stopped");
    }
}
