package org.redress.hub;

import org.redress.hub.verify.OfficeLetterKeys;
import org.redress.hub.verify.VerifyPage;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.jspecify.annotations.Nullable;
import org.redress.hub.accounts.Caller;
import org.redress.hub.audit.AuditHeads;
import org.redress.hub.accounts.HubAccounts;
import org.redress.hub.blobs.BlobRoutes;
import org.redress.hub.blobs.BlobStore;
import org.redress.hub.conflicts.ConflictQueue;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.intake.HubIntake;
import org.redress.hub.numbers.NumberLeases;
import org.redress.catalog.SchemeCatalog;
import org.redress.domain.access.Permission;
import org.redress.domain.access.Role;
import java.time.Clock;
import org.redress.hub.db.ServerEpoch;
import org.redress.hub.db.Transience;
import org.redress.hub.http.Bodies;
import org.redress.hub.http.HttpProblem;
import org.redress.hub.http.HubJson;
import org.redress.hub.pull.PullService;
import org.redress.hub.push.PushService;
import org.redress.sync.protocol.AuditHeadReport;
import org.redress.sync.protocol.Endpoints;
import org.redress.sync.protocol.LeaseRequest;
import org.redress.sync.protocol.ProtocolLimits;
import org.redress.sync.protocol.PushRequest;
import org.redress.sync.protocol.SignInRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The hub's endpoints: each authenticates (but health and sign-in), bounds its body, then delegates. */
final class HubRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(HubRoutes.class);

    private final HubDatabase db;
    private final HubAccounts accounts;
    private final PushService push;
    private final PullService pull;
    private final BlobRoutes blobs;
    private final ConflictQueue conflicts;
    private final HubIntake intake;
    private final AuditHeads auditHeads;
    private final NumberLeases numbers;
    private final org.redress.hub.ca.CaRoutes ca;
    private final OfficeLetterKeys letterKeys;
    private final VerifyPage verifyPage;

    HubRoutes(HubDatabase db, HubAccounts accounts) {
        this(db, accounts, null);
    }

    /** {@code pki}: the office PKI the hub keeps (its CA issues officers' certificates and time-stamps), or null. */
    HubRoutes(HubDatabase db, HubAccounts accounts, org.redress.hub.pki.@Nullable OfficePki pki) {
        this.db = db;
        this.accounts = accounts;
        var catalog = SchemeCatalog.loadDefault();
        this.push = new PushService(db, catalog);
        this.pull = new PullService(db);
        this.blobs = new BlobRoutes(new BlobStore(db));
        this.conflicts = new ConflictQueue(db);
        this.intake = new HubIntake(db, catalog, Clock.systemUTC());
        this.auditHeads = new AuditHeads(db);
        this.numbers = new NumberLeases(db, Clock.systemUTC());
        this.ca = new org.redress.hub.ca.CaRoutes(db, pki, Clock.systemUTC());
        this.letterKeys = new OfficeLetterKeys(db, Clock.systemUTC());
        this.verifyPage = new VerifyPage(db, letterKeys, Clock.systemUTC());
    }

    long largestBody() {
        return Math.max(ProtocolLimits.MAX_JSON_BODY_BYTES, ProtocolLimits.MAX_CHUNK_BYTES) + 1;
    }

    void install(RoutesConfig routes) {
        routes.get(Endpoints.HEALTH, this::health);
        routes.post(Endpoints.CHALLENGE, ctx -> json(ctx, 200, accounts.challenge()));
        routes.post(Endpoints.SIGN_IN, ctx -> {
            SignInRequest request = HubJson.read(Bodies.read(ctx, 16 * 1024), SignInRequest.class);
            json(ctx, 200, accounts.signIn(request, ctx.req().getRemoteAddr()));
        });
        routes.post(Endpoints.SIGN_OUT, ctx -> {
            accounts.signOut(ctx.header("Authorization"));
            ctx.status(204);
        });
        installDevices(routes);
        routes.post(Endpoints.PUSH, ctx -> {
            Caller caller = caller(ctx);
            PushRequest request = HubJson.read(Bodies.read(ctx, ProtocolLimits.MAX_JSON_BODY_BYTES), PushRequest.class);
            json(ctx, 200, push.push(caller, request));
        });
        routes.get(Endpoints.PULL, ctx -> {
            Caller caller = caller(ctx);
            requireCaseData(caller, Permission.READ_CASES);
            String clientId = ctx.queryParam("clientId");
            if (clientId != null && !clientId.equals(caller.deviceId().toString())) {
                throw HttpProblem.forbidden("the token belongs to another device");
            }
            PullService.Page page = pull.page(caller, ctx.queryParam("cursor"), limit(ctx.queryParam("limit")));
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(64 * 1024);
            PullService.write(page, body);
            ctx.status(200).contentType("application/json").result(body.toByteArray());
        });
        // <sha256> takes slashes too, so that path-like names reach the name check (400), not a 404.
        String blob = Endpoints.BLOBS + "<sha256>";
        routes.head(blob, ctx -> blobs.head(ctx, requireCaseData(caller(ctx), Permission.READ_CASES)));
        routes.patch(blob, ctx -> blobs.patch(ctx, requireCaseData(caller(ctx), Permission.ADD_NOTE)));
        routes.get(blob, ctx -> blobs.get(ctx, requireCaseData(caller(ctx), Permission.READ_CASES)));
        routes.post(Endpoints.INTAKE, ctx -> {
            Caller caller = caller(ctx);
            byte[] body = Bodies.read(ctx, ProtocolLimits.MAX_JSON_BODY_BYTES);
            String type = ctx.contentType() == null ? "" : ctx.contentType();
            boolean json = type.contains("json") || (!type.contains("csv") && body.length > 0 && body[0] == '{');
            json(ctx, 200, intake.take(caller, body, json));
        });
        routes.get(Endpoints.CONFLICTS, ctx -> {
            Caller caller = caller(ctx);
            String office = ctx.queryParam("office");
            if (office != null && !office.equals(caller.officeCode())) {
                throw HttpProblem.forbidden("another office's conflicts are not yours to see");
            }
            json(ctx, 200, conflicts.open(caller));
        });
        installAuditHead(routes);
        new org.redress.hub.agency.AgencyRoutes(db).install(routes);
        routes.post(Endpoints.NUMBER_LEASES, ctx -> {
            Caller caller = caller(ctx);
            LeaseRequest request = HubJson.read(Bodies.read(ctx, 16 * 1024), LeaseRequest.class);
            json(ctx, 200, numbers.lease(caller, request));
        });
        installLetterSigner(routes);
        ca.install(routes, this::caller);
        verifyPage.install(routes);
    }

    /**
     * An approved workstation's endorsement to sign letters' QR payloads for its office (issue #16,
     * item 2): {@code officeCode}, {@code officeKey} (X.509, base64) and {@code endorsement} (base64).
     */
    private void installLetterSigner(RoutesConfig routes) {
        routes.get(Endpoints.LETTER_SIGNER, ctx -> {
            Caller caller = requireCaseData(caller(ctx), Permission.READ_CASES);
            OfficeLetterKeys.Grant grant = letterKeys.endorse(caller.officeCode(), caller.deviceId());
            if (grant == null) {
                throw HttpProblem.forbidden("this device is not an approved device of the office");
            }
            json(ctx, 200, Map.of("officeCode", grant.officeCode(),
                    "officeKey", java.util.Base64.getEncoder().encodeToString(grant.officeKey().getEncoded()),
                    "endorsement", java.util.Base64.getEncoder().encodeToString(grant.endorsement().encode())));
        });
    }

    /**
     * Case data (pulled changes, evidence) goes only to roles that read cases (the role matrix of
     * {@link Role#may}): an administrator's token gets none (403 {@code NO_CASE_DATA}); uploading
     * evidence is adding to a case file (officers and supervisors).
     */
    static Caller requireCaseData(Caller caller, Permission needed) {
        if (!caller.role().may(needed)) {
            throw HttpProblem.forbidden(caller.role() == Role.ADMINISTRATOR
                    ? "an administrator runs the office's accounts and devices and is given no case data"
                    : "this role may not " + (needed == Permission.ADD_NOTE ? "add evidence" : "read cases"))
                    .withCode("NO_CASE_DATA");
        }
        return caller;
    }

    /** The office's devices, for its supervisors and administrators (a screen later; the CLI works on the database). */
    private void installDevices(RoutesConfig routes) {
        routes.get(Endpoints.DEVICES, ctx -> {
            Caller caller = caller(ctx);
            if (caller.role() != Role.SUPERVISOR && caller.role() != Role.ADMINISTRATOR) {
                throw HttpProblem.forbidden("only a supervisor or an administrator sees the office's devices");
            }
            json(ctx, 200, accounts.devices().list(caller.officeCode()));
        });
        routes.post(Endpoints.DEVICES + "/{id}/approve", ctx -> {
            Caller caller = caller(ctx);
            json(ctx, 200, accounts.devices().approve(ctx.pathParam("id"), caller.username(), caller));
        });
        routes.post(Endpoints.DEVICES + "/{id}/revoke", ctx -> {
            Caller caller = caller(ctx);
            json(ctx, 200, accounts.devices().revoke(ctx.pathParam("id"), caller.username(), caller));
        });
    }

    private void installAuditHead(RoutesConfig routes) {
        routes.get(Endpoints.AUDIT_HEAD, ctx -> {
            Caller caller = caller(ctx);
            UUID clientId = uuid(ctx.queryParam("clientId"));
            var head = auditHeads.recorded(caller, clientId);
            if (head.isEmpty()) {
                throw new HttpProblem(404, "no audit head recorded for this device yet");
            }
            json(ctx, 200, head.get());
        });
        routes.post(Endpoints.AUDIT_HEAD, ctx -> {
            Caller caller = caller(ctx);
            AuditHeadReport report = HubJson.read(Bodies.read(ctx, 4 * 1024), AuditHeadReport.class);
            json(ctx, 200, auditHeads.report(caller, report));
        });
    }

    private static UUID uuid(@Nullable String text) {
        try {
            return UUID.fromString(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("clientId is a UUID");
        }
    }

    Caller caller(Context ctx) throws SQLException {
        return accounts.authenticate(ctx.header("Authorization"));
    }

    private void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version());
        try (Connection c = db.connection()) {
            body.put("status", "ok");
            body.put("database", "reachable");
            body.put("epoch", ServerEpoch.current(c));
            json(ctx, 200, body);
        } catch (SQLException e) {
            LOG.warn("event=hub.health database=unreachable sqlState={}", e.getSQLState());
            body.put("status", "degraded");
            body.put("database", "unreachable");
            json(ctx, 503, body);
        }
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return PullService.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit < 1) {
                throw HttpProblem.badRequest("limit is at least 1");
            }
            return Math.min(limit, ProtocolLimits.MAX_PULL_LIMIT);
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("limit is a number");
        }
    }

    static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(HubJson.bytes(body));
    }

    static void problem(Context ctx, int status, String message) {
        json(ctx, status, Map.of("error", message));
    }

    static void problem(Context ctx, HttpProblem problem) {
        if (problem.retryAfterSeconds() >= 0) {
            ctx.header("Retry-After", Long.toString(problem.retryAfterSeconds()));
        }
        json(ctx, problem.status(), problem.body());
    }

    static void unexpected(Context ctx, Exception e) {
        if (e instanceof SQLException sql && Transience.isTransient(sql)) {
            LOG.warn("event=hub.transient path={} sqlState={}", ctx.path(), sql.getSQLState());
            ctx.header("Retry-After", "1");
            problem(ctx, 503, "the hub's database is busy or unreachable; try again");
            return;
        }
        LOG.error("event=hub.failure path={} error={}", ctx.path(), e.getClass().getSimpleName(), e);
        problem(ctx, 500, "the hub failed; try again (what it took is kept and answered as DUPLICATE)");
    }

    private static String version() {
        try (var in = HubRoutes.class.getResourceAsStream("/redress-version.properties")) {
            if (in == null) {
                return "dev";
            }
            var props = new java.util.Properties();
            props.load(in);
            return props.getProperty("version", "dev");
        } catch (java.io.IOException e) {
            return "dev";
        }
    }
}
