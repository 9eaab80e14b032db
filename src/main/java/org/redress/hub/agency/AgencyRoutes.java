package org.redress.hub.agency;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.redress.catalog.CalendarCatalog;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HttpProblem;
import org.redress.hub.http.HubJson;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The agencies' endpoints (issue 19, item 5), authenticated by an agency's API token
 * ({@code Authorization: Bearer agency_…}, made by {@code redress hub agency-token}); officers'
 * tokens do not open them, nor agency tokens the officers' endpoints.
 * <ul>
 *   <li>{@code GET /v1/agency/notices}: the agency's notices (made first, if due), unacknowledged first.</li>
 *   <li>{@code POST /v1/agency/notices/{id}/acknowledge}: 200 {@code {id, acknowledgedAt, first}};
 *       a second acknowledgement answers the first's time with {@code first: false}; 404 no such
 *       notice of this agency.</li>
 * </ul>
 */
public final class AgencyRoutes {

    public static final String NOTICES = "/v1/agency/notices";

    private final HubDatabase db;
    private final WorkingDayCalendar calendar = CalendarCatalog.fromClasspath();

    public AgencyRoutes(HubDatabase db) {
        this.db = db;
    }

    public void install(RoutesConfig routes) {
        routes.get(NOTICES, ctx -> {
            String agency = agency(ctx);
            db.inTransaction(c -> AgencyNotices.sweep(c, calendar));
            try (Connection c = db.connection()) {
                ctx.status(200).contentType("application/json").result(HubJson.bytes(AgencyNotices.list(c, agency)));
            }
        });
        routes.post(NOTICES + "/{id}/acknowledge", ctx -> {
            String agency = agency(ctx);
            UUID id;
            try {
                id = UUID.fromString(ctx.pathParam("id"));
            } catch (IllegalArgumentException e) {
                throw HttpProblem.badRequest("a notice id is a UUID");
            }
            var done = db.inTransaction(c -> AgencyNotices.acknowledge(c, agency, id, "API"));
            if (done == null) {
                throw new HttpProblem(404, "no such notice for this agency");
            }
            var body = HubJson.object().put("id", id.toString()).put("acknowledgedAt", done.at().toString())
                    .put("first", done.first());
            ctx.status(200).contentType("application/json").result(HubJson.bytes(body));
        });
    }

    private String agency(Context ctx) throws SQLException {
        try (Connection c = db.connection()) {
            String agency = AgencyTokens.agencyOf(c, ctx.header("Authorization"));
            if (agency == null) {
                throw HttpProblem.unauthorized("an agency's API token is needed (Authorization: Bearer agency_…)");
            }
            return agency;
        }
    }
}
