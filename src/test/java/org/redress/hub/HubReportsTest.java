package org.redress.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.ProvisionalCaseNumber;
import org.redress.hub.http.HubJson;
import org.redress.hub.reports.Regions;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.MutationResult;
import org.redress.sync.protocol.MutationStatus;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.redress.hub.HubClient.json;
import static org.redress.hub.HubClient.mutation;

/**
 * The hub's reports (issue 18, item 6) over the shared PostgreSQL of {@link TestHub}: cases of two
 * offices made, assigned, paused, decided and found not admissible through the real push path, then
 * each figure read from {@code GET /v1/reports/...} and checked against what the test itself sent
 * (a second computation, in {@link Expected}, that reads nothing from the hub); the aggregates the
 * triggers kept equal a recount from scratch; officers, administrators and other offices' supervisors
 * are refused; an account granted a region of both offices sees both.
 */
class HubReportsTest {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String SCHEME = "RONGCHENG_POINTS";
    private static final String[] AGENCIES = {"RC-COURT", "RC-TAX"};
    private static final String[] RULES = {"RC-FIN-03", "RC-FIN-01"};
    private static final String[] REGIONS = {"Rongcheng-East", "Rongcheng-West"};

    enum Plan { RECEIVED, ASSIGNED, WAITING, DECIDED, NOT_ADMISSIBLE }

    record Kase(String office, String officer, LocalDate received, LocalDate ackDeadline, LocalDate deadline,
                String agency, String rule, String region, Plan plan, String outcome) {
    }

    private static final Map<HubClient, AtomicLong> SEQ = new IdentityHashMap<>();
    private static final List<Kase> CASES = new ArrayList<>();
    private static LocalDate today;
    private static String officeA;
    private static String officeB;
    private static HubClient alice;
    private static HubClient supervisorA;
    private static HubClient auditorA;
    private static HubClient adminA;
    private static HubClient supervisorOther;
    private static HubClient head;

    @BeforeAll
    static void twoOfficesWithCases() throws Exception {
        today = LocalDate.now(OFFICE_ZONE);
        officeA = TestHub.newOffice();
        officeB = TestHub.newOffice();
        String other = TestHub.newOffice();
        TestHub.server().accounts().setFourEyesSampleRate(officeA, 0);
        TestHub.server().accounts().setFourEyesSampleRate(officeB, 0);
        String aliceName = TestHub.newOfficer(officeA, Role.OFFICER);
        alice = TestHub.client().signIn(aliceName);
        String bobName = TestHub.newOfficer(officeB, Role.OFFICER);
        HubClient bob = TestHub.client().signIn(bobName);
        supervisorA = TestHub.client().signIn(TestHub.newOfficer(officeA, Role.SUPERVISOR));
        HubClient supervisorB = TestHub.client().signIn(TestHub.newOfficer(officeB, Role.SUPERVISOR));
        auditorA = TestHub.client().signIn(TestHub.newOfficer(officeA, Role.AUDITOR));
        adminA = TestHub.client().signIn(TestHub.newOfficer(officeA, Role.ADMINISTRATOR));
        supervisorOther = TestHub.client().signIn(TestHub.newOfficer(other, Role.SUPERVISOR));
        String headName = TestHub.newOfficer(other, Role.AUDITOR);
        head = TestHub.client().signIn(headName);
        String region = "R-" + UUID.randomUUID().toString().substring(0, 6);
        Regions.define(TestHub.server().database(), region, "Test region", List.of(officeA, officeB));
        Regions.grant(TestHub.server().database(), headName, region, true);

        Random random = new Random(18);
        for (int i = 0; i < 14; i++) {
            make(random, officeA, alice, aliceName, supervisorA, Plan.values()[i % Plan.values().length]);
        }
        for (int i = 0; i < 9; i++) {
            make(random, officeB, bob, bobName, supervisorB, Plan.values()[(i + 2) % Plan.values().length]);
        }
    }

    @Test
    void each_figure_of_an_office_is_what_its_cases_give() {
        JsonNode caseload = report(supervisorA, "caseload", "");
        Expected e = new Expected(CASES.stream().filter(k -> k.office().equals(officeA)).toList());
        assertThat(caseload.path("offices")).hasSize(1);
        assertThat(figure(caseload, "intake_weekly").path("rows").findValues("cases").stream()
                .mapToLong(JsonNode::asLong).sum()).isEqualTo(e.cases.size());
        assertThat(withoutZeros(counts(figure(caseload, "open_by_status"), "cases"))).isEqualTo(e.openByStatus());
        assertThat(counts(figure(caseload, "overdue_by_officer"), "cases")).isEqualTo(e.overdueByOfficer());
        assertThat(counts(figure(caseload, "decided_in_time"), "cases")).isEqualTo(e.decidedInTime());
        assertThat(withoutZeros(counts(figure(caseload, "acknowledged_in_time"), "cases"))).isEqualTo(e.acknowledged());

        JsonNode outcomes = report(auditorA, "outcomes", "");
        checkRates(figure(outcomes, "overturn_by_agency"), e.overturn(Kase::agency));
        checkRates(figure(outcomes, "overturn_by_region"), e.overturn(Kase::region));
        Map<String, long[]> byRule = new TreeMap<>();
        for (JsonNode row : figure(outcomes, "overturn_by_rule").path("rows")) {
            byRule.put(row.path("key").asText().split("/")[1], new long[] {
                    row.path("values").path("decided").asLong(), row.path("values").path("overturned").asLong()});
        }
        assertThat(byRule.keySet()).isEqualTo(e.overturn(Kase::rule).keySet());
        e.overturn(Kase::rule).forEach((rule, n) -> assertThat(byRule.get(rule)).containsExactly(n));
        assertThat(figure(outcomes, "nonfinancial_in_financial").path("available").asBoolean()).isFalse();

        JsonNode people = report(supervisorA, "people", "");
        Map<String, List<Long>> caseloads = new TreeMap<>();
        for (JsonNode row : figure(people, "officer_caseload").path("rows")) {
            JsonNode v = row.path("values");
            caseloads.put(row.path("key").asText(), List.of(v.path("assigned").asLong(), v.path("decided").asLong(),
                    v.path("overdue").asLong()));
        }
        assertThat(caseloads).isEqualTo(e.officerCaseload());
    }

    @Test
    void a_scheme_or_agency_narrows_every_figure_and_csv_is_an_export_with_small_cells_hidden() {
        JsonNode narrowed = report(supervisorA, "caseload", "&agency=" + AGENCIES[1]);
        Expected e = new Expected(CASES.stream().filter(k -> k.office().equals(officeA) && k.agency().equals(AGENCIES[1]))
                .toList());
        assertThat(withoutZeros(counts(figure(narrowed, "open_by_status"), "cases"))).isEqualTo(e.openByStatus());
        assertThat(counts(figure(narrowed, "decided_in_time"), "cases")).isEqualTo(e.decidedInTime());
        assertThat(withoutZeros(counts(figure(report(supervisorA, "caseload", "&scheme=NO_SUCH_SCHEME"),
                "open_by_status"), "cases"))).isEmpty();

        HttpResponse<String> csv = supervisorA.get("/v1/reports/caseload?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("<5");
    }

    @Test
    void the_aggregates_the_triggers_kept_equal_a_recount_from_the_cases() throws Exception {
        String[] tables = {"report_agg_received", "report_agg_open", "report_agg_open_assignee", "report_agg_closed",
                "report_agg_decided", "report_agg_rule", "report_agg_region"};
        try (Connection c = TestHub.server().database().connection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String t : tables) {
                    st.execute("CREATE TEMP TABLE kept_" + t + " ON COMMIT DROP AS SELECT * FROM " + t
                            + " WHERE " + (t.endsWith("rule") || t.endsWith("region") ? "decided" : "cases") + " <> 0");
                }
                st.execute("SELECT report_reaggregate()");
                for (String t : tables) {
                    var rs = st.executeQuery("SELECT (SELECT count(*) FROM (SELECT * FROM kept_" + t + " EXCEPT ALL "
                            + "SELECT * FROM " + t + ") a), (SELECT count(*) FROM (SELECT * FROM " + t + " EXCEPT ALL "
                            + "SELECT * FROM kept_" + t + ") b)");
                    rs.next();
                    assertThat(new long[] {rs.getLong(1), rs.getLong(2)}).as(t).containsExactly(0, 0);
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    @Test
    void officers_administrators_and_other_offices_are_refused_and_a_region_sees_both_offices() {
        HttpResponse<String> officer = alice.get("/v1/reports/caseload");
        assertThat(officer.statusCode()).isEqualTo(403);
        assertThat(officer.body()).contains("NO_REPORTS").contains("supervisors and auditors");
        HttpResponse<String> admin = adminA.get("/v1/reports/caseload");
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(admin.body()).contains("administrator");
        assertThat(adminA.get("/v1/reports").statusCode()).isEqualTo(403);
        HttpResponse<String> another = supervisorOther.get("/v1/reports/caseload?office=" + officeA);
        assertThat(another.statusCode()).isEqualTo(403);
        assertThat(another.body()).contains("NOT_YOUR_OFFICE");
        assertThat(supervisorA.get("/v1/reports/caseload?office=" + officeB).statusCode()).isEqualTo(403);
        // Their own office holds none of these cases.
        JsonNode own = report(supervisorOther, "caseload", "");
        assertThat(withoutZeros(counts(figure(own, "open_by_status"), "cases"))).isEmpty();

        JsonNode both = report(head, "outcomes", "");
        assertThat(both.path("offices").findValuesAsText("code")).contains(officeA, officeB);
        checkRates(figure(both, "overturn_by_agency"), new Expected(CASES).overturn(Kase::agency));
        JsonNode onlyB = report(head, "caseload", "&office=" + officeB);
        assertThat(withoutZeros(counts(figure(onlyB, "open_by_status"), "cases"))).isEqualTo(
                new Expected(CASES.stream().filter(k -> k.office().equals(officeB)).toList()).openByStatus());

        JsonNode list = HubJson.tree(supervisorA.get("/v1/reports").body());
        assertThat(list.findValuesAsText("name")).containsExactly("caseload", "outcomes", "discrepancies", "people");
    }

    // ---------------------------------------------------------------------------------------------

    /** What the figures must be, from the cases as the test made them. */
    private record Expected(List<Kase> cases) {

        private static boolean open(Kase k) {
            return k.plan() == Plan.RECEIVED || k.plan() == Plan.ASSIGNED || k.plan() == Plan.WAITING;
        }

        Map<String, Long> openByStatus() {
            Map<String, Long> m = new TreeMap<>();
            for (Kase k : cases) {
                String status = switch (k.plan()) {
                    case RECEIVED -> "RECEIVED";
                    case ASSIGNED -> "ASSIGNED";
                    case WAITING -> "AWAITING_INFORMATION";
                    default -> null;
                };
                if (status != null) {
                    m.merge(status, 1L, Long::sum);
                }
            }
            return m;
        }

        Map<String, Long> overdueByOfficer() {
            Map<String, Long> m = new TreeMap<>();
            cases.stream().filter(k -> open(k) && k.deadline().isBefore(today))
                    .forEach(k -> m.merge(k.plan() == Plan.RECEIVED ? "unassigned" : k.officer(), 1L, Long::sum));
            return m;
        }

        Map<String, Long> decidedInTime() {
            long inTime = cases.stream().filter(k -> !open(k) && !today.isAfter(k.deadline())).count();
            long late = cases.stream().filter(k -> !open(k) && today.isAfter(k.deadline())).count();
            return new TreeMap<>(Map.of("in_time", inTime, "late", late));
        }

        Map<String, Long> acknowledged() {
            Map<String, Long> m = new TreeMap<>();
            for (Kase k : cases) {
                String row = k.plan() != Plan.RECEIVED ? (today.isAfter(k.ackDeadline()) ? "late" : "in_time")
                        : (k.ackDeadline().isBefore(today) ? "missing" : "pending");
                m.merge(row, 1L, Long::sum);
            }
            return m;
        }

        Map<String, long[]> overturn(java.util.function.Function<Kase, String> by) {
            Map<String, long[]> m = new TreeMap<>();
            for (Kase k : cases) {
                if (k.plan() == Plan.DECIDED) {
                    long[] n = m.computeIfAbsent(by.apply(k), x -> new long[2]);
                    n[0]++;
                    n[1] += k.outcome().equals("REVERSED") ? 1 : 0;
                }
            }
            return m;
        }

        Map<String, List<Long>> officerCaseload() {
            Map<String, long[]> m = new TreeMap<>();
            for (Kase k : cases) {
                if (k.plan() == Plan.RECEIVED) {
                    long[] n = m.computeIfAbsent("unassigned", x -> new long[3]);
                    n[0]++;
                    n[2] += k.deadline().isBefore(today) ? 1 : 0;
                    continue;
                }
                long[] n = m.computeIfAbsent(k.officer(), x -> new long[3]);
                if (open(k)) {
                    n[0]++;
                    n[2] += k.deadline().isBefore(today) ? 1 : 0;
                } else if (k.plan() == Plan.DECIDED) {
                    n[1]++;
                }
            }
            Map<String, List<Long>> out = new TreeMap<>();
            m.forEach((who, n) -> out.put(who, List.of(n[0], n[1], n[2])));
            return out;
        }
    }

    /** Rows of a rate figure: decided, overturned and the 95% Wilson interval, computed here again. */
    private static void checkRates(JsonNode figure, Map<String, long[]> expected) {
        Map<String, JsonNode> rows = new HashMap<>();
        figure.path("rows").forEach(r -> rows.put(r.path("key").asText(), r));
        assertThat(new TreeMap<>(rows).keySet()).isEqualTo(expected.keySet());
        expected.forEach((key, n) -> {
            JsonNode row = rows.get(key);
            assertThat(row.path("values").path("decided").asLong()).as(key).isEqualTo(n[0]);
            assertThat(row.path("values").path("overturned").asLong()).as(key).isEqualTo(n[1]);
            double z = 1.959963984540054;
            double p = (double) n[1] / n[0];
            double centre = (p + z * z / (2.0 * n[0])) / (1 + z * z / n[0]);
            double half = z / (1 + z * z / n[0]) * Math.sqrt(p * (1 - p) / n[0] + z * z / (4.0 * n[0] * n[0]));
            assertThat(row.path("interval").path("low").asDouble()).as(key).isCloseTo(Math.max(0, centre - half), within(1e-6));
            assertThat(row.path("interval").path("high").asDouble()).as(key).isCloseTo(Math.min(1, centre + half), within(1e-6));
        });
    }

    private static Map<String, Long> counts(JsonNode figure, String measure) {
        Map<String, Long> m = new TreeMap<>();
        figure.path("rows").forEach(r -> m.put(r.path("key").asText(), r.path("values").path(measure).asLong()));
        return m;
    }

    private static Map<String, Long> withoutZeros(Map<String, Long> m) {
        Map<String, Long> out = new TreeMap<>(m);
        out.values().removeIf(v -> v == 0);
        return out;
    }

    private static JsonNode figure(JsonNode report, String id) {
        for (JsonNode f : report.path("figures")) {
            if (f.path("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no figure " + id + " in " + report.path("name"));
    }

    private static JsonNode report(HubClient who, String name, String query) {
        HttpResponse<String> r = who.get("/v1/reports/" + name + "?from=" + today.minusYears(1).plusDays(1) + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return HubJson.tree(r.body());
    }

    /** One case made through the push path and moved along to {@code plan}. */
    private static void make(Random random, String office, HubClient officer, String officerName, HubClient supervisor,
                             Plan plan) {
        LocalDate received = today.minusDays(1 + random.nextInt(60));
        Kase k = new Kase(office, officerName, received, received.plusDays(random.nextBoolean() ? 5 : 80),
                received.plusDays(20 + random.nextInt(60)), AGENCIES[random.nextInt(2)], RULES[random.nextInt(2)],
                REGIONS[random.nextInt(2)], plan, random.nextInt(3) == 0 ? "UPHELD" : "REVERSED");
        UUID id = UUID.randomUUID();
        ObjectNode p = TestHub.content(id, ProvisionalCaseNumber.of("RD", 2026, id, 8).toString());
        p.remove("caseId");
        p.with("subject").put("identifier", "ID-" + id);
        ObjectNode entry = (ObjectNode) p.withArray("deductions").get(0);
        entry.put("agencyCode", k.agency()).put("ruleCode", k.rule()).put("reference", "T-" + id);
        p.put("schemeCode", SCHEME).put("agencyCode", k.agency()).put("region", k.region())
                .put("receivedOn", received.toString()).put("ackDeadlineOn", k.ackDeadline().toString())
                .put("deadlineOn", k.deadline().toString());
        String kase = id.toString();
        applied(officer, MutationKind.CASE_CREATE, kase, p);
        CASES.add(k);
        if (plan == Plan.RECEIVED) {
            return;
        }
        applied(officer, MutationKind.CASE_ASSIGN, kase, json("assignee", officerName));
        if (plan == Plan.ASSIGNED) {
            return;
        }
        applied(officer, MutationKind.CASE_ACTION, kase, json("action", "START_REVIEW"));
        switch (plan) {
            case WAITING -> applied(officer, MutationKind.CASE_ACTION, kase, json("action", "REQUEST_INFORMATION"));
            case NOT_ADMISSIBLE -> applied(officer, MutationKind.CASE_ACTION, kase, json("action", "MARK_NOT_ADMISSIBLE"));
            case DECIDED -> {
                ObjectNode decision = TestHub.decision("x", k.outcome());
                ((ObjectNode) decision.withArray("outcomes").get(0)).put("agencyCode", k.agency())
                        .put("reference", "T-" + id);
                Mutation drafted = next(officer, MutationKind.DECISION_RECORD, kase, decision);
                assertThat(officer.push(List.of(drafted)).results().getFirst().status()).isEqualTo(MutationStatus.APPLIED);
                if (send(officer, MutationKind.CASE_ACTION, kase, json("action", "DECIDE")).status() != MutationStatus.APPLIED) {
                    applied(officer, MutationKind.CASE_ACTION, kase, json("action", "SUBMIT_FOR_APPROVAL"));
                    ObjectNode approval = json("decisionId", drafted.id().toString());
                    approval.put("approved", true);
                    applied(supervisor, MutationKind.APPROVAL_GIVE, kase, approval);
                }
                assertThat(Rows.text("SELECT status FROM hub_case WHERE case_id = ?::uuid", kase)).isEqualTo("DECIDED");
            }
            default -> throw new IllegalStateException();
        }
    }

    private static void applied(HubClient who, String kind, String kase, ObjectNode payload) {
        MutationResult r = send(who, kind, kase, payload);
        assertThat(r.status()).as(kind + ": " + r.reason()).isEqualTo(MutationStatus.APPLIED);
    }

    private static MutationResult send(HubClient who, String kind, String kase, ObjectNode payload) {
        return who.push(List.of(next(who, kind, kase, payload))).results().getFirst();
    }

    private static Mutation next(HubClient who, String kind, String kase, ObjectNode payload) {
        long version = Rows.count("SELECT coalesce(max(version), 0) FROM hub_case WHERE case_id = ?::uuid", kase);
        long seq = SEQ.computeIfAbsent(who, k -> new AtomicLong()).incrementAndGet();
        return mutation(seq, kind, kase, version, payload);
    }
}
