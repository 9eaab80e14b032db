package org.redress.hub.verify;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.jspecify.annotations.Nullable;
import org.redress.hub.db.HubDatabase;
import org.redress.letters.qr.Ed25519Keys;
import org.redress.letters.qr.SignedPayload;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The public verification page: plain HTML (no script, no sign-in, no cookies) that a phone opens
 * from the letter's QR code ({@code GET /v/RDL2…}) or where one pastes the QR code's text or types
 * the reference and the verification code ({@code GET /v}, {@code POST /v}). It says whether the
 * letter is genuine and whether it is in force or replaced, and by which letter; it shows nothing
 * about the person but what the QR code itself carries (the masked identifier). A reference alone
 * tells nothing: a check needs the signed payload or the record hash's first 64 bits, and each
 * address has {@link VerifyThrottle#PER_MINUTE} checks a minute. The offices' public letter keys are
 * at {@code /v/keys.pem}.
 */
public final class VerifyPage {

    public static final String PATH = "/v";
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    private final HubDatabase db;
    private final OfficeLetterKeys keys;
    private final VerifyThrottle throttle;

    public VerifyPage(HubDatabase db, OfficeLetterKeys keys, Clock clock) {
        this.db = db;
        this.keys = keys;
        this.throttle = new VerifyThrottle(clock);
    }

    public void install(RoutesConfig routes) {
        routes.get(PATH, ctx -> html(ctx, 200, form("", "", "")));
        routes.get(PATH + "/keys.pem", ctx -> {
            StringBuilder pem = new StringBuilder();
            for (Map.Entry<String, PublicKey> key : keys.published().entrySet()) {
                pem.append("# Redress office ").append(key.getKey()).append(": letter key (Ed25519)\n")
                        .append(Ed25519Keys.pem(key.getValue()));
            }
            ctx.status(200).contentType("application/x-pem-file").result(pem.toString());
        });
        routes.get(PATH + "/{code}", ctx -> answer(ctx, ctx.pathParam("code"), null, null));
        routes.post(PATH, ctx -> {
            String payload = ctx.formParam("payload");
            answer(ctx, payload == null ? "" : payload, ctx.formParam("reference"), ctx.formParam("code"));
        });
    }

    private void answer(Context ctx, String payload, @Nullable String reference, @Nullable String code)
            throws SQLException {
        if (!throttle.take(ctx.req().getRemoteAddr())) {
            ctx.header("Retry-After", "60");
            html(ctx, 429, PageWords.both("verdict bad", "verdict.busy") + form(payload, reference, code));
            return;
        }
        String body;
        if (!payload.isBlank()) {
            body = byPayload(payload);
        } else if (reference != null && !reference.isBlank() && code != null && !code.isBlank()) {
            body = byReference(reference.strip().toUpperCase(Locale.ROOT), code);
        } else {
            body = PageWords.both("verdict bad", "verdict.notACode");
        }
        html(ctx, 200, body + form("", "", ""));
    }

    private String byPayload(String text) throws SQLException {
        Optional<SignedPayload> parsed = SignedPayload.parse(text);
        if (parsed.isEmpty()) {
            return PageWords.both("verdict bad", "verdict.notACode");
        }
        SignedPayload p = parsed.get();
        String office = p.endorsement().officeCode();
        PublicKey officeKey = keys.published().get(office);
        if (officeKey == null || p.check(officeKey) != SignedPayload.Check.VALID) {
            return PageWords.both("verdict bad", "verdict.notGenuine");
        }
        String officeName = officeName(office);
        String facts = facts(p);
        Optional<LetterStanding> standing = LetterStanding.of(db, p.referenceNo());
        if (standing.isEmpty()) {
            return PageWords.both("verdict unsure", "verdict.notRecorded", officeName, p.referenceNo()) + facts;
        }
        if (!standing.get().recordSha256().equals(p.recordSha256())) {
            return PageWords.both("verdict bad", "verdict.otherLetter", p.referenceNo());
        }
        return genuine(standing.get(), officeName) + facts;
    }

    private String byReference(String reference, String code) throws SQLException {
        String hex = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        Optional<LetterStanding> standing = hex.matches("[0-9a-f]{16}") ? LetterStanding.of(db, reference)
                : Optional.empty();
        if (standing.isEmpty() || !standing.get().recordSha256().startsWith(hex)) {
            return PageWords.both("verdict bad", "verdict.noMatch");
        }
        return genuine(standing.get(), officeName(standing.get().officeCode()))
                + "<dl>" + row("field.reference", reference) + "</dl>\n";
    }

    private static String genuine(LetterStanding s, String officeName) {
        String verdict = PageWords.both("verdict good", "verdict.genuine", officeName);
        if (s.inForce()) {
            return verdict + PageWords.both("verdict good", "verdict.inForce");
        }
        String on = s.currentIssuedAt() == null ? "" : s.currentIssuedAt().atZone(OFFICE_ZONE).toLocalDate().toString();
        return verdict + PageWords.both("verdict replaced", "verdict.replaced", s.current(), on);
    }

    private static String facts(SignedPayload p) {
        return "<dl>" + row("field.reference", p.referenceNo()) + row("field.issuedOn", p.issuedOn().toString())
                + row("field.outcome", p.outcome().zh() + " / " + p.outcome().en())
                + row("field.subject", p.maskedSubject()) + "</dl>\n";
    }

    private static String row(String key, String value) {
        return "<dt>" + PageWords.label(key) + "</dt><dd>" + PageWords.escape(value) + "</dd>";
    }

    private String officeName(String code) throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT name FROM office WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) + " (" + code + ")" : code;
            }
        }
    }

    private static String form(@Nullable String payload, @Nullable String reference, @Nullable String code) {
        return """
                <form method="post" action="%s">
                <p><label for="payload">%s</label><br><textarea id="payload" name="payload" rows="4">%s</textarea></p>
                <p><label for="reference">%s</label><br><input id="reference" name="reference" value="%s" autocomplete="off"></p>
                <p><label for="code">%s</label><br><input id="code" name="code" value="%s" autocomplete="off"></p>
                <p><button type="submit">%s</button></p>
                </form>
                """.formatted(PATH, PageWords.label("form.payload"), PageWords.escape(payload == null ? "" : payload),
                PageWords.label("form.reference"), PageWords.escape(reference == null ? "" : reference),
                PageWords.label("form.code"), PageWords.escape(code == null ? "" : code), PageWords.label("form.check"));
    }

    private static void html(Context ctx, int status, String body) {
        String page = """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer">
                <title>%s · %s</title>
                <style>body{font-family:sans-serif;max-width:40em;margin:1em auto;padding:0 1em;line-height:1.5}
                .good{color:#0a5d1e;font-weight:bold}.bad{color:#a00;font-weight:bold}.replaced,.unsure{color:#8a4b00;font-weight:bold}
                textarea,input{width:100%%;box-sizing:border-box;font-size:1em}dt{color:#555}dd{margin:0 0 .5em 0}</style></head>
                <body>
                <h1>%s <span lang="en">%s</span></h1>
                %s%s%s</body></html>
                """.formatted(PageWords.escape(PageWords.zh("page.title")), PageWords.escape(PageWords.en("page.title")),
                PageWords.escape(PageWords.zh("page.title")), PageWords.escape(PageWords.en("page.title")),
                PageWords.both("intro", "page.intro"), body,
                PageWords.both("keys", "keys.note", PATH + "/keys.pem"));
        ctx.status(status).contentType("text/html; charset=utf-8").header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff").result(page);
    }
}
