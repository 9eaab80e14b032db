package org.redress.hub.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.LocalizedText;
import org.redress.hub.accounts.Caller;
import org.redress.hub.http.HttpProblem;
import org.redress.hub.http.HubJson;
import org.redress.reports.Figure;
import org.redress.reports.FigureId;
import org.redress.reports.Interval;
import org.redress.reports.Measure;
import org.redress.reports.Report;
import org.redress.reports.ReportCsv;
import org.redress.reports.ReportName;
import org.redress.reports.ReportRequest;
import org.redress.reports.Row;
import org.redress.reports.Suppression;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/reports}: the reports and their figures; {@code GET /v1/reports/{name}?from=&to=
 * &scheme=&agency=&office=&format=json|csv}: one report over the caller's offices (or the one named).
 * JSON carries every count as the workstation's screen shows it; CSV is an export, with small
 * cells suppressed as the workstation's exports are.
 */
public final class ReportRoutes {

    public static final String REPORTS = "/v1/reports";

    /** Who is calling (the hub's token check). */
    public interface Authenticator {
        Caller caller(Context ctx) throws SQLException;
    }

    private final HubReports reports;

    public ReportRoutes(HubReports reports) {
        this.reports = reports;
    }

    public void install(RoutesConfig routes, Authenticator authenticate) {
        routes.get(REPORTS, ctx -> {
            reports.offices(authenticate.caller(ctx), null);
            ArrayNode list = HubJson.MAPPER.createArrayNode();
            for (ReportName name : ReportName.values()) {
                ObjectNode n = list.addObject().put("name", name.id());
                ArrayNode figures = n.putArray("figures");
                name.figures().forEach(f -> figures.add(f.key()));
            }
            ctx.status(200).contentType("application/json").result(HubJson.bytes(list));
        });
        routes.get(REPORTS + "/{name}", ctx -> {
            Caller caller = authenticate.caller(ctx);
            List<String> offices = reports.offices(caller, ctx.queryParam("office"));
            ReportName name = ReportName.byId(ctx.pathParam("name"))
                    .orElseThrow(() -> new HttpProblem(404, "no report named " + ctx.pathParam("name")));
            Report report = reports.report(offices, name, request(ctx));
            String format = ctx.queryParam("format");
            if ("csv".equalsIgnoreCase(format)) {
                ctx.status(200).contentType("text/csv; charset=utf-8")
                        .result(ReportCsv.render(Suppression.apply(report)).getBytes(StandardCharsets.UTF_8));
            } else if (format == null || "json".equalsIgnoreCase(format)) {
                ctx.status(200).contentType("application/json").result(HubJson.bytes(json(report)));
            } else {
                throw HttpProblem.badRequest("format is json or csv");
            }
        });
    }

    private ReportRequest request(Context ctx) {
        LocalDate today = reports.today();
        LocalDate to = date(ctx.queryParam("to"), "to", today);
        LocalDate from = date(ctx.queryParam("from"), "from", to.minusYears(1).plusDays(1));
        try {
            return new ReportRequest(from, to, ctx.queryParam("scheme"), ctx.queryParam("agency"));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
    }

    private static LocalDate date(@Nullable String text, String name, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw HttpProblem.badRequest(name + " is a day, YYYY-MM-DD");
        }
    }

    /** The report as JSON: its request, scope and every figure's rows, values, intervals and flags. */
    static ObjectNode json(Report report) {
        ObjectNode n = HubJson.object();
        n.put("name", report.name().id());
        n.put("from", report.request().from().toString());
        n.put("to", report.request().to().toString());
        n.put("scheme", report.request().scheme());
        n.put("agency", report.request().agency());
        ArrayNode offices = n.putArray("offices");
        for (int i = 0; i < report.scope().offices().size(); i++) {
            offices.addObject().put("code", report.scope().offices().get(i))
                    .set("name", text(report.scope().officeNames().get(i)));
        }
        n.put("today", report.today().toString());
        n.put("generatedAt", report.generatedAt().toString());
        ObjectNode thresholds = n.putObject("thresholds");
        thresholds.put("policyReview", report.thresholds().policyReview());
        thresholds.put("discrepancy", report.thresholds().discrepancy());
        ArrayNode figures = n.putArray("figures");
        for (Figure f : report.figures()) {
            figures.add(figure(f));
        }
        return n;
    }

    private static ObjectNode figure(Figure f) {
        ObjectNode n = HubJson.object();
        FigureId id = f.id();
        n.put("id", id.key());
        n.put("available", f.available());
        ArrayNode notes = n.putArray("notes");
        f.notes().forEach(note -> notes.add(text(note)));
        n.set("summary", values(f.summary()));
        interval(n, "summaryInterval", f.summaryInterval());
        ArrayNode rows = n.putArray("rows");
        for (Row r : f.rows()) {
            ObjectNode row = rows.addObject();
            row.put("key", r.key());
            row.set("label", text(r.label()));
            row.set("values", values(r.values()));
            interval(row, "interval", r.interval());
            row.put("rag", r.rag() == null ? null : r.rag().name());
            row.put("review", r.review());
        }
        return n;
    }

    private static ObjectNode values(Map<Measure, Double> values) {
        ObjectNode n = HubJson.object();
        values.forEach((m, v) -> {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                n.put(m.name().toLowerCase(java.util.Locale.ROOT), v.longValue());
            } else {
                n.put(m.name().toLowerCase(java.util.Locale.ROOT), v);
            }
        });
        return n;
    }

    private static void interval(ObjectNode into, String field, @Nullable Interval interval) {
        if (interval == null) {
            into.putNull(field);
        } else {
            into.putObject(field).put("low", interval.low()).put("high", interval.high());
        }
    }

    private static ObjectNode text(LocalizedText t) {
        return HubJson.object().put("en", t.en()).put("zh", t.zh());
    }
}
