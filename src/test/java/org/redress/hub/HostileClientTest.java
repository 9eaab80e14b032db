package org.redress.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStateMachine;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.ReasonCode;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Endpoints;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.MutationResult;
import org.redress.sync.protocol.MutationStatus;
import org.redress.sync.protocol.ProtocolLimits;
import org.redress.sync.protocol.PushRequest;
import org.redress.sync.protocol.ReasonCodes;

import java.net.URI;
import java.net.http.HttpRequest;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.hub.HubClient.json;
import static org.redress.hub.HubClient.mutation;

/**
 * A workstation that lies (TRUST.md, rule 1): a raw HTTP client holding a valid officer's token
 * tries every forbidden change — each row of the role matrix, each illegal move of the state
 * machine, review by a non-assignee, self-approval, deciding alone what needs approval, a recused
 * officer's decision and note (by agency, by imposition and by declaration), invalid decisions,
 * another office's case and evidence, forged creations and another device's id — and each is
 * REJECTED with the domain's reason code, with nothing stored and nothing replicated (the office's
 * change log, decisions, notes and field conflicts unchanged). Honest controls show the same
 * paths apply when the rules allow it. One PostgreSQL for every hub test class ({@link TestHub}).
 */
class HostileClientTest {

    private static final Map<HubClient, AtomicLong> SEQ = new IdentityHashMap<>();
    private static final Set<CaseAction> OWN_KINDS = EnumSet.of(CaseAction.ASSIGN, CaseAction.REASSIGN,
            CaseAction.APPROVE, CaseAction.RETURN_DRAFT, CaseAction.DRAFT_DECISION);

    private static String office;
    private static String alice;
    private static HubClient aliceWs;
    private static HubClient bob;
    private static String sam;
    private static HubClient samWs;
    private static HubClient sue;
    private static HubClient auditor;
    private static HubClient admin;
    private static String agencyOfficer;
    private static HubClient agencyWs;

    @BeforeAll
    static void office() {
        office = TestHub.newOffice();
        alice = TestHub.newOfficer(office, Role.OFFICER);
        aliceWs = TestHub.client().signIn(alice);
        bob = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        sam = TestHub.newOfficer(office, Role.SUPERVISOR);
        samWs = TestHub.client().signIn(sam);
        sue = TestHub.client().signIn(TestHub.newOfficer(office, Role.SUPERVISOR));
        auditor = TestHub.client().signIn(TestHub.newOfficer(office, Role.AUDITOR));
        admin = TestHub.client().signIn(TestHub.newOfficer(office, Role.ADMINISTRATOR));
        agencyOfficer = TestHub.newOfficer(office, Role.OFFICER, "RC-COURT");
        agencyWs = TestHub.client().signIn(agencyOfficer);
    }

    @Test
    void each_role_without_the_right_is_refused_every_kind_of_change() {
        String kase = TestHub.caseInReview(office, "M-1", alice);
        String blob = "ab".repeat(32);
        List<Attempt> attempts = new ArrayList<>();
        for (HubClient who : List.of(auditor, admin)) {
            String code = who == auditor ? ReasonCode.AUDITOR_READ_ONLY.name() : ReasonCode.ADMINISTRATOR_NOT_CASEWORKER.name();
            UUID newCase = UUID.randomUUID();
            attempts.add(new Attempt(who, MutationKind.CASE_CREATE, newCase.toString(),
                    CaseIdentityTest.newCase(newCase, "P"), code));
            attempts.add(new Attempt(who, MutationKind.NOTE_ADD, kase, json("body", "x"), code));
            attempts.add(new Attempt(who, MutationKind.ATTACHMENT_ADD, kase, json("sha256", blob), code));
            attempts.add(new Attempt(who, MutationKind.DECISION_RECORD, kase, TestHub.decision("M-1", "REVERSED"), code));
            attempts.add(new Attempt(who, MutationKind.CASE_ASSIGN, kase, json("assignee", alice), code));
            attempts.add(new Attempt(who, MutationKind.CASE_ACTION, kase, json("action", "WITHDRAW"), code));
            attempts.add(new Attempt(who, MutationKind.APPROVAL_GIVE, kase, approval(UUID.randomUUID(), true), code));
            attempts.add(new Attempt(who, MutationKind.CONFLICT_RESOLVE, UUID.randomUUID().toString(),
                    json("conflictId", UUID.randomUUID().toString()), code));
            attempts.add(new Attempt(who, MutationKind.RECUSAL_DECLARE, kase, declaration(), code));
        }
        String onlySupervisors = ReasonCode.ONLY_SUPERVISOR_APPROVES.name();
        attempts.add(new Attempt(bob, MutationKind.APPROVAL_GIVE, kase, approval(UUID.randomUUID(), true), onlySupervisors));
        attempts.add(new Attempt(bob, MutationKind.APPROVAL_GIVE, kase, approval(UUID.randomUUID(), false), onlySupervisors));
        attempts.add(new Attempt(bob, MutationKind.CONFLICT_RESOLVE, UUID.randomUUID().toString(),
                json("conflictId", UUID.randomUUID().toString()), onlySupervisors));

        assertAllRefused(attempts, kase);
    }

    @Test
    void every_illegal_move_of_the_state_machine_is_refused() {
        List<Attempt> attempts = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        for (CaseStatus status : CaseStatus.values()) {
            String caseNo = "SM-" + status.name();
            String kase = seeded(caseNo, status, alice, "T-" + caseNo);
            cases.add(kase);
            for (CaseAction action : CaseAction.values()) {
                if (OWN_KINDS.contains(action) || CaseStateMachine.legalActions(status, false).contains(action)) {
                    continue;
                }
                String code = CaseStateMachine.check(status, action, false, null).refusal().orElseThrow().code().name();
                attempts.add(new Attempt(aliceWs, MutationKind.CASE_ACTION, kase, json("action", action.name()), code));
            }
        }
        // A status no single move reaches, named without an action.
        attempts.add(new Attempt(aliceWs, MutationKind.CASE_ACTION, cases.get(CaseStatus.IN_REVIEW.ordinal()),
                json("status", "DECIDED"), ReasonCode.ACTION_NOT_ALLOWED.name()));
        assertThat(attempts).hasSizeGreaterThan(60);

        assertAllRefused(attempts, cases.toArray(String[]::new));
    }

    @Test
    void only_the_assignee_reviews_and_drafts() {
        String assigned = seeded("NA-1", CaseStatus.ASSIGNED, alice, "T-NA-1");
        String inReview = TestHub.caseInReview(office, "NA-2", alice);

        assertAllRefused(List.of(
                new Attempt(bob, MutationKind.CASE_ACTION, assigned, json("action", "START_REVIEW"), ReasonCode.NOT_THE_ASSIGNEE.name()),
                new Attempt(bob, MutationKind.DECISION_RECORD, inReview, TestHub.decision("NA-2", "REVERSED"),
                        ReasonCode.NOT_THE_ASSIGNEE.name()),
                new Attempt(bob, MutationKind.CASE_ACTION, inReview, json("action", "REQUEST_INFORMATION"),
                        ReasonCode.NOT_THE_ASSIGNEE.name())), assigned, inReview);

        // The control: the assignee may.
        assertThat(send(aliceWs, MutationKind.CASE_ACTION, assigned, json("action", "START_REVIEW")).status())
                .isEqualTo(MutationStatus.APPLIED);
        assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE case_id = ?::uuid AND status = 'IN_REVIEW'", assigned)).isEqualTo(1);
    }

    @Test
    void nobody_approves_their_own_draft_and_a_draft_needing_approval_is_not_decided_alone() {
        String kase = TestHub.caseInReview(office, "FE-1", sam);
        MutationResult drafted = send(samWs, MutationKind.DECISION_RECORD, kase, TestHub.decision("FE-1", "REVERSED"));
        assertThat(drafted.status()).isEqualTo(MutationStatus.APPLIED);
        assertThat(send(samWs, MutationKind.CASE_ACTION, kase, json("action", "SUBMIT_FOR_APPROVAL")).status())
                .isEqualTo(MutationStatus.APPLIED);

        assertAllRefused(List.of(
                new Attempt(samWs, MutationKind.APPROVAL_GIVE, kase, approval(drafted.id(), true),
                        ReasonCode.DRAFTER_CANNOT_APPROVE.name()),
                new Attempt(samWs, MutationKind.APPROVAL_GIVE, kase, approval(drafted.id(), false),
                        ReasonCode.DRAFTER_CANNOT_APPROVE.name()),
                new Attempt(sue, MutationKind.APPROVAL_GIVE, kase, approval(UUID.randomUUID(), true),
                        ReasonCodes.DECISION_NOT_CURRENT)), kase);

        // A list entry removed needs a second officer (four eyes): its drafter may not decide it alone.
        ObjectNode listed = TestHub.content(UUID.randomUUID(), "FE-2");
        ((ObjectNode) listed.withArray("deductions").get(0)).put("kind", "LIST_ENTRY").put("points", 0)
                .put("publicationUntil", "2027-03-02");
        listed.put("status", "IN_REVIEW").put("assignee", alice);
        String list = TestHub.seed(office, listed);
        assertThat(send(aliceWs, MutationKind.DECISION_RECORD, list, TestHub.decision("FE-2", "REVERSED")).status())
                .isEqualTo(MutationStatus.APPLIED);
        assertAllRefused(List.of(new Attempt(aliceWs, MutationKind.CASE_ACTION, list, json("action", "DECIDE"),
                ReasonCode.APPROVAL_REQUIRED.name())), list);

        // The control: another supervisor approves, and the case is decided.
        MutationResult approved = send(sue, MutationKind.APPROVAL_GIVE, kase, approval(drafted.id(), true));
        assertThat(approved.status()).isEqualTo(MutationStatus.APPLIED);
        assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE case_id = ?::uuid AND status = 'DECIDED'", kase)).isEqualTo(1);
    }

    @Test
    void an_officer_who_must_stand_aside_is_refused_by_agency_imposition_and_declaration() {
        // An officer of the agency that issued the disputed entry.
        String byAgency = TestHub.caseInReview(office, "RE-1", agencyOfficer);
        // An officer recorded as having imposed the entry.
        ObjectNode imposed = TestHub.content(UUID.randomUUID(), "RE-2");
        ((ObjectNode) imposed.withArray("deductions").get(0)).put("imposedBy", alice);
        imposed.put("status", "IN_REVIEW").put("assignee", alice);
        String byImposition = TestHub.seed(office, imposed);
        // A declared relation to the subject: bars every case of that subject.
        String declared = seeded("RE-3", CaseStatus.IN_REVIEW, alice, "SUBJECT-RE");
        String sameSubject = seeded("RE-4", CaseStatus.IN_REVIEW, alice, "SUBJECT-RE");
        assertThat(send(aliceWs, MutationKind.RECUSAL_DECLARE, declared, declaration()).status())
                .isEqualTo(MutationStatus.APPLIED);
        String free = TestHub.caseInReview(office, "RE-5", bob.username);

        String recused = ReasonCode.RECUSED.name();
        assertAllRefused(List.of(
                new Attempt(agencyWs, MutationKind.DECISION_RECORD, byAgency, TestHub.decision("RE-1", "REVERSED"), recused),
                new Attempt(agencyWs, MutationKind.NOTE_ADD, byAgency, json("body", "mine"), recused),
                new Attempt(agencyWs, MutationKind.CASE_ACTION, byAgency, json("action", "REQUEST_INFORMATION"), recused),
                new Attempt(aliceWs, MutationKind.DECISION_RECORD, byImposition, TestHub.decision("RE-2", "REVERSED"), recused),
                new Attempt(aliceWs, MutationKind.DECISION_RECORD, declared, TestHub.decision("RE-3", "REVERSED"), recused),
                new Attempt(aliceWs, MutationKind.ATTACHMENT_ADD, sameSubject, json("sha256", "cd".repeat(32)), recused),
                new Attempt(bob, MutationKind.CASE_ASSIGN, free, json("assignee", agencyOfficer, "action", "REASSIGN"), recused)),
                byAgency, byImposition, declared, sameSubject, free);
        assertThat(lastReason(agencyWs)).contains("works for RC-COURT");
    }

    @Test
    void an_invalid_decision_is_refused_with_the_validators_reason() {
        String kase = TestHub.caseInReview(office, "DV-1", alice);
        ObjectNode none = TestHub.decision("DV-1", "REVERSED");
        none.putArray("outcomes");
        ObjectNode stray = TestHub.decision("DV-1", "REVERSED");
        ((ObjectNode) stray.withArray("outcomes").get(0)).put("reference", "SOMEONE-ELSES");
        ObjectNode noReasons = TestHub.decision("DV-1", "REVERSED");
        noReasons.put("reasons", " ");
        ObjectNode mixed = TestHub.decision("DV-1", "UPHELD");
        mixed.withArray("outcomes").addObject().put("agencyCode", "RC-COURT").put("reference", "T-DV-1")
                .put("kind", "REVERSED").put("remedy", "");

        assertAllRefused(List.of(
                new Attempt(aliceWs, MutationKind.DECISION_RECORD, kase, none, ReasonCode.OUTCOME_MISSING.name()),
                new Attempt(aliceWs, MutationKind.DECISION_RECORD, kase, stray, ReasonCode.OUTCOME_NOT_DISPUTED.name()),
                new Attempt(aliceWs, MutationKind.DECISION_RECORD, kase, noReasons, ReasonCode.REASONS_REQUIRED.name()),
                new Attempt(aliceWs, MutationKind.DECISION_RECORD, kase, mixed, ReasonCode.OUTCOME_DUPLICATED.name())), kase);
    }

    @Test
    void another_offices_case_and_evidence_and_another_device_are_refused() throws Exception {
        String elsewhere = TestHub.newOffice();
        HubClient stranger = TestHub.client().signIn(TestHub.newOfficer(elsewhere, Role.OFFICER));
        String theirs = TestHub.caseInReview(elsewhere, "OO-1", stranger.username);
        byte[] file = "another office's evidence".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        var uploaded = stranger.send(HttpRequest.newBuilder(URI.create(stranger.base + Endpoints.BLOBS + sha))
                .header("Authorization", "Bearer " + stranger.token)
                .header(Endpoints.UPLOAD_OFFSET, "0").header(Endpoints.UPLOAD_LENGTH, Integer.toString(file.length))
                .header(Endpoints.CHUNK_SHA256, sha)
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(file)).build());
        assertThat(uploaded.statusCode()).isEqualTo(204);
        String ours = TestHub.caseInReview(office, "OO-2", alice);
        long theirChanges = Rows.changes(elsewhere);

        String other = ReasonCodes.OTHER_OFFICE;
        assertAllRefused(List.of(
                new Attempt(aliceWs, MutationKind.NOTE_ADD, theirs, json("body", "x"), other),
                new Attempt(aliceWs, MutationKind.DECISION_RECORD, theirs, TestHub.decision("OO-1", "REVERSED"), other),
                new Attempt(aliceWs, MutationKind.CASE_ASSIGN, theirs, json("assignee", alice), other),
                new Attempt(aliceWs, MutationKind.CASE_ACTION, theirs, json("action", "WITHDRAW"), other),
                new Attempt(aliceWs, MutationKind.RECUSAL_DECLARE, theirs, declaration(), other),
                new Attempt(aliceWs, MutationKind.ATTACHMENT_ADD, ours, json("sha256", sha), ReasonCodes.BLOB_OTHER_OFFICE)),
                ours);
        assertThat(Rows.changes(elsewhere)).isEqualTo(theirChanges);
        assertThat(aliceWs.send(HttpRequest.newBuilder(URI.create(aliceWs.base + Endpoints.BLOBS + sha))
                .header("Authorization", "Bearer " + aliceWs.token).GET().build()).statusCode()).isEqualTo(404);

        // Another device's id with a valid token: refused before anything is read.
        long changes = Rows.changes(office);
        byte[] body = HubJson.bytes(new PushRequest(stranger.deviceId, ProtocolLimits.SCHEMA_VERSION,
                List.of(mutation(1, MutationKind.NOTE_ADD, ours, 0, json("body", "as someone else")))));
        assertThat(aliceWs.post(Endpoints.PUSH, body, true).statusCode()).isEqualTo(403);
        assertThat(Rows.changes(office)).isEqualTo(changes);
        assertThat(Rows.count("SELECT count(*) FROM case_fact WHERE case_no = 'OO-2'")).isZero();
    }

    @Test
    void a_forged_creation_is_refused() {
        UUID id = UUID.randomUUID();
        ObjectNode decided = CaseIdentityTest.newCase(id, "P");
        decided.put("status", "DECIDED").put("assignee", alice);
        long before = Rows.changes(office);

        MutationResult r = send(aliceWs, MutationKind.CASE_CREATE, id.toString(), decided);

        assertThat(r.status()).isEqualTo(MutationStatus.REJECTED);
        assertThat(r.code()).isEqualTo(ReasonCodes.CASE_CREATE_INVALID);
        assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE case_id = ?", id)).isZero();
        assertThat(Rows.changes(office)).isEqualTo(before);
    }

    @Test
    void an_administrators_token_gets_no_case_data_and_an_auditors_reads() {
        var pulled = admin.get(Endpoints.PULL);
        var blob = admin.send(HttpRequest.newBuilder(URI.create(admin.base + Endpoints.BLOBS + "ab".repeat(32)))
                .header("Authorization", "Bearer " + admin.token).GET().build());

        assertThat(pulled.statusCode()).isEqualTo(403);
        assertThat(pulled.body()).contains("NO_CASE_DATA").doesNotContain("caseId");
        assertThat(blob.statusCode()).isEqualTo(403);
        assertThat(auditor.get(Endpoints.PULL).statusCode()).isEqualTo(200);
    }

    // --- helpers ---

    /** One forbidden change: who tries it, what, on which entity, and the reason code it must be refused with. */
    private record Attempt(HubClient who, String kind, String entity, JsonNode payload, String code) {
    }

    /** Sends each attempt (in order, per client in one push), asserts each REJECTED with its code and that nothing changed. */
    private static void assertAllRefused(List<Attempt> attempts, String... cases) {
        Snapshot before = snapshot(cases);
        Map<HubClient, List<Attempt>> byClient = new IdentityHashMap<>();
        attempts.forEach(a -> byClient.computeIfAbsent(a.who(), k -> new ArrayList<>()).add(a));
        for (var e : byClient.entrySet()) {
            List<Mutation> batch = new ArrayList<>();
            for (Attempt a : e.getValue()) {
                batch.add(mutation(next(e.getKey()), a.kind(), a.entity(), version(a.entity()), a.payload()));
            }
            List<MutationResult> results = e.getKey().push(batch).results();
            for (int i = 0; i < results.size(); i++) {
                Attempt a = e.getValue().get(i);
                assertThat(results.get(i).status()).as(a.kind() + " " + a.payload() + ": " + results.get(i).reason())
                        .isEqualTo(MutationStatus.REJECTED);
                assertThat(results.get(i).code()).as(a.kind() + " " + a.payload() + ": " + results.get(i).reason())
                        .isEqualTo(a.code());
            }
        }
        assertThat(snapshot(cases)).as("nothing stored, nothing replicated").isEqualTo(before);
    }

    /** What a refusal must leave as it was: the office's change log (what workstations pull), its records, the cases' rows. */
    private record Snapshot(long changes, long facts, long decisions, long fieldConflicts, long declarations, List<String> rows) {
    }

    private static Snapshot snapshot(String... cases) {
        List<String> rows = new ArrayList<>();
        for (String kase : cases) {
            rows.add(Rows.text("SELECT concat_ws('|', version, status, assignee, priority, decision_conflict) "
                    + "FROM hub_case WHERE case_id = ?::uuid", kase));
        }
        return new Snapshot(Rows.changes(office),
                Rows.count("SELECT count(*) FROM case_fact WHERE office_code = ?", office),
                Rows.count("SELECT count(*) FROM case_decision d JOIN hub_case k USING (case_no) WHERE k.office_code = ?", office),
                Rows.count("SELECT count(*) FROM field_conflict f JOIN hub_case k USING (case_no) WHERE k.office_code = ?", office),
                Rows.count("SELECT count(*) FROM recusal_declaration WHERE office_code = ?", office), rows);
    }

    private static MutationResult send(HubClient who, String kind, String entity, JsonNode payload) {
        return who.push(List.of(mutation(next(who), kind, entity, version(entity), payload))).results().getFirst();
    }

    private static synchronized long next(HubClient who) {
        return SEQ.computeIfAbsent(who, k -> new AtomicLong()).incrementAndGet();
    }

    private static String lastReason(HubClient who) {
        return Rows.text("SELECT result->>'reason' FROM applied_mutation WHERE client_id = ? ORDER BY seq DESC LIMIT 1",
                who.deviceId);
    }

    /** The hub's version of a case (what an up-to-date workstation names as its base), 0 for anything else. */
    private static long version(String entity) {
        try {
            UUID.fromString(entity);
        } catch (IllegalArgumentException e) {
            return 0;
        }
        return Rows.count("SELECT coalesce(max(version), 0) FROM hub_case WHERE case_id = ?::uuid", entity);
    }

    /** A case of the office in {@code status} assigned to {@code assignee}, its subject {@code identifier}. */
    private static String seeded(String caseNo, CaseStatus status, String assignee, String identifier) {
        ObjectNode content = TestHub.content(UUID.randomUUID(), caseNo + "-" + UUID.randomUUID().toString().substring(0, 4));
        ((ObjectNode) content.get("subject")).put("identifier", identifier);
        ((ObjectNode) content.withArray("deductions").get(0)).put("reference", "T-" + caseNo);
        content.put("status", status.name()).put("assignee", assignee);
        return TestHub.seed(office, content);
    }

    private static ObjectNode approval(UUID decisionId, boolean approved) {
        ObjectNode p = json("decisionId", decisionId.toString());
        p.put("approved", approved);
        return p;
    }

    private static ObjectNode declaration() {
        return json("relation", "cousin", "declaredAt", "2026-10-01T09:00:00Z");
    }
}
