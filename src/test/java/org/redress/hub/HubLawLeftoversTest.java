package org.redress.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.ReasonCode;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.MutationResult;
import org.redress.sync.protocol.MutationStatus;
import org.redress.sync.protocol.ReasonCodes;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.hub.HubClient.json;
import static org.redress.hub.HubClient.mutation;

/**
 * The hub's law, the parts that landed after {@link HostileClientTest}: letters are state-gated
 * ({@code LetterGate}), legacy creations are judged instead of kept as claimed, and four eyes samples
 * at the office's own rate. A raw HTTPS client with a valid token tries each; each refusal stores
 * nothing and replicates nothing (the office's change log, letters and cases unchanged), and an
 * honest control shows the same path taking what the rules allow.
 */
class HubLawLeftoversTest {

    private static final Map<HubClient, AtomicLong> SEQ = new IdentityHashMap<>();
    private static final Random RANDOM = new Random();

    private static String office;
    private static String alice;
    private static HubClient aliceWs;
    private static HubClient auditor;
    private static String agencyOfficer;

    @BeforeAll
    static void office() {
        office = TestHub.newOffice();
        alice = TestHub.newOfficer(office, Role.OFFICER);
        aliceWs = TestHub.client().signIn(alice);
        auditor = TestHub.client().signIn(TestHub.newOfficer(office, Role.AUDITOR));
        agencyOfficer = TestHub.newOfficer(office, Role.OFFICER, "RC-COURT");
    }

    // --- letters ---

    @Test
    void a_letter_for_a_case_with_no_ruling_is_refused_and_one_for_a_decided_case_is_taken() {
        long refusedLetters = 0;
        for (CaseStatus open : List.of(CaseStatus.RECEIVED, CaseStatus.IN_REVIEW, CaseStatus.DECISION_DRAFTED,
                CaseStatus.AWAITING_APPROVAL)) {
            String kase = seeded(open, open == CaseStatus.RECEIVED ? null : alice);
            long changes = Rows.changes(office);
            String before = row(kase);

            MutationResult r = send(aliceWs, MutationKind.LETTER_ISSUE, kase, letter());

            assertThat(r.status()).as(open + ": " + r.reason()).isEqualTo(MutationStatus.REJECTED);
            assertThat(r.code()).isEqualTo(ReasonCode.NOT_DECIDED.name());
            assertThat(r.detail().path("arguments").size()).isEqualTo(1);
            assertThat(Rows.changes(office)).as("nothing replicated").isEqualTo(changes);
            assertThat(row(kase)).isEqualTo(before);
            assertThat(Rows.count("SELECT count(*) FROM hub_letter WHERE case_id = ?::uuid", kase)).isEqualTo(refusedLetters);
        }
        String decided = seeded(CaseStatus.DECIDED, alice);
        MutationResult byAuditor = send(auditor, MutationKind.LETTER_ISSUE, decided, letter());
        assertThat(byAuditor.status()).isEqualTo(MutationStatus.REJECTED);
        assertThat(Rows.count("SELECT count(*) FROM hub_letter WHERE case_id = ?::uuid", decided)).isZero();

        // The control: a decided case takes its letter and moves on; issued again, the new letter supersedes it.
        MutationResult taken = send(aliceWs, MutationKind.LETTER_ISSUE, decided, letter());
        assertThat(taken.status()).as(taken.reason()).isEqualTo(MutationStatus.APPLIED);
        assertThat(Rows.text("SELECT status FROM hub_case WHERE case_id = ?::uuid", decided)).isEqualTo("LETTER_ISSUED");
        assertThat(send(aliceWs, MutationKind.LETTER_ISSUE, decided, letter()).status()).isEqualTo(MutationStatus.APPLIED);
        assertThat(Rows.count("SELECT count(*) FROM hub_letter WHERE case_id = ?::uuid AND superseded_by IS NULL", decided))
                .isEqualTo(1);
    }

    // --- legacy creations ---

    @Test
    void a_legacy_creation_claiming_what_the_hub_cannot_check_is_refused_with_nothing_stored() {
        record Claim(String status, String assignee, String code) {
        }
        List<Claim> claims = List.of(
                new Claim("DECIDED", alice, ReasonCodes.CASE_CREATE_INVALID),
                new Claim("LETTER_ISSUED", alice, ReasonCodes.CASE_CREATE_INVALID),
                new Claim("AWAITING_APPROVAL", alice, ReasonCodes.CASE_CREATE_INVALID),
                new Claim("CLOSED", null, ReasonCodes.CASE_CREATE_INVALID),
                new Claim("IN_REVIEW", null, ReasonCodes.CASE_CREATE_INVALID),
                new Claim("RECEIVED", alice, ReasonCodes.CASE_CREATE_INVALID),
                new Claim("IN_REVIEW", "nobody-" + UUID.randomUUID(), ReasonCodes.ASSIGNEE_UNKNOWN),
                new Claim("ASSIGNED", agencyOfficer, ReasonCode.RECUSED.name()));
        for (Claim claim : claims) {
            UUID id = UUID.randomUUID();
            String caseNo = legacyNumber();
            ObjectNode p = legacy(id, caseNo, claim.status(), claim.assignee());
            long changes = Rows.changes(office);

            MutationResult r = send(aliceWs, MutationKind.CASE_CREATE, id.toString(), p);

            assertThat(r.status()).as(claim + ": " + r.reason()).isEqualTo(MutationStatus.REJECTED);
            assertThat(r.code()).as(claim + ": " + r.reason()).isEqualTo(claim.code());
            assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE case_id = ? OR case_no = ?", id, caseNo)).isZero();
            assertThat(Rows.changes(office)).as("nothing replicated").isEqualTo(changes);
        }
    }

    @Test
    void a_legacy_creation_the_rules_allow_is_taken_as_announced() {
        UUID inReview = UUID.randomUUID();
        String inReviewNo = legacyNumber();
        UUID received = UUID.randomUUID();
        String receivedNo = legacyNumber();

        MutationResult r1 = send(aliceWs, MutationKind.CASE_CREATE, inReview.toString(),
                legacy(inReview, inReviewNo, "IN_REVIEW", alice));
        MutationResult r2 = send(aliceWs, MutationKind.CASE_CREATE, received.toString(),
                legacy(received, receivedNo, "RECEIVED", null));

        assertThat(r1.status()).as(r1.reason()).isEqualTo(MutationStatus.APPLIED);
        assertThat(r2.status()).as(r2.reason()).isEqualTo(MutationStatus.APPLIED);
        assertThat(Rows.text("SELECT concat_ws('|', case_no, status, assignee) FROM hub_case WHERE case_id = ?", inReview))
                .isEqualTo(inReviewNo + "|IN_REVIEW|" + alice);
        assertThat(Rows.text("SELECT concat_ws('|', case_no, status) FROM hub_case WHERE case_id = ?", received))
                .isEqualTo(receivedNo + "|RECEIVED");
    }

    // --- the office's four-eyes sample rate ---

    @Test
    void four_eyes_samples_at_the_offices_own_rate() throws SQLException {
        var accounts = TestHub.server().accounts();
        assertThat(accounts.fourEyesSampleRate(office)).isEqualTo(0.10);
        String everything = TestHub.newOffice();
        String nothing = TestHub.newOffice();
        accounts.setFourEyesSampleRate(everything, 1.0);
        accounts.setFourEyesSampleRate(nothing, 0.0);
        assertThatThrownBy(() -> accounts.setFourEyesSampleRate(nothing, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accounts.setFourEyesSampleRate("OF-NONE", 0.5)).isInstanceOf(IllegalArgumentException.class);

        // An office that samples every decision: its drafter may not decide alone, whatever the case.
        String sampler = TestHub.newOfficer(everything, Role.OFFICER);
        HubClient samplerWs = TestHub.client().signIn(sampler);
        String held = TestHub.caseInReview(everything, "FR-" + UUID.randomUUID().toString().substring(0, 6), sampler);
        String heldNo = Rows.text("SELECT case_no FROM hub_case WHERE case_id = ?::uuid", held);
        assertThat(send(samplerWs, MutationKind.DECISION_RECORD, held, decisionOn(heldNo)).status())
                .isEqualTo(MutationStatus.APPLIED);
        long changes = Rows.changes(everything);
        MutationResult alone = send(samplerWs, MutationKind.CASE_ACTION, held, json("action", "DECIDE"));
        assertThat(alone.status()).isEqualTo(MutationStatus.REJECTED);
        assertThat(alone.code()).isEqualTo(ReasonCode.APPROVAL_REQUIRED.name());
        assertThat(Rows.changes(everything)).isEqualTo(changes);
        assertThat(Rows.text("SELECT status FROM hub_case WHERE case_id = ?::uuid", held)).isEqualTo("DECISION_DRAFTED");

        // An office whose workspaces sample nothing: the same decision is decided alone (at 10 % some would not be).
        String free = TestHub.newOfficer(nothing, Role.OFFICER);
        HubClient freeWs = TestHub.client().signIn(free);
        int decidedAlone = 0;
        for (int i = 0; i < 12; i++) {
            String kase = TestHub.caseInReview(nothing, "FZ-" + UUID.randomUUID().toString().substring(0, 6), free);
            String no = Rows.text("SELECT case_no FROM hub_case WHERE case_id = ?::uuid", kase);
            assertThat(send(freeWs, MutationKind.DECISION_RECORD, kase, decisionOn(no)).status()).isEqualTo(MutationStatus.APPLIED);
            MutationResult r = send(freeWs, MutationKind.CASE_ACTION, kase, json("action", "DECIDE"));
            assertThat(r.status()).as(r.reason()).isEqualTo(MutationStatus.APPLIED);
            decidedAlone++;
        }
        assertThat(decidedAlone).isEqualTo(12);
    }

    @Test
    void four_eyes_uses_the_offices_own_threshold_for_a_scheme() throws SQLException {
        var accounts = TestHub.server().accounts();
        String strict = TestHub.newOffice();
        accounts.setFourEyesSampleRate(strict, 0.0);
        // The test case restores 20 points of RONGCHENG_POINTS, whose catalogue threshold is 50.
        accounts.setFourEyesThreshold(strict, "RONGCHENG_POINTS", 10);
        assertThatThrownBy(() -> accounts.setFourEyesThreshold("OF-NONE", "RONGCHENG_POINTS", 10))
                .isInstanceOf(IllegalArgumentException.class);
        String drafter = TestHub.newOfficer(strict, Role.OFFICER);
        HubClient ws = TestHub.client().signIn(drafter);
        String kase = TestHub.caseInReview(strict, "FT-" + UUID.randomUUID().toString().substring(0, 6), drafter);
        String no = Rows.text("SELECT case_no FROM hub_case WHERE case_id = ?::uuid", kase);
        assertThat(send(ws, MutationKind.DECISION_RECORD, kase, decisionOn(no)).status()).isEqualTo(MutationStatus.APPLIED);
        MutationResult alone = send(ws, MutationKind.CASE_ACTION, kase, json("action", "DECIDE"));
        assertThat(alone.status()).isEqualTo(MutationStatus.REJECTED);
        assertThat(alone.code()).isEqualTo(ReasonCode.APPROVAL_REQUIRED.name());

        // Raised back above the points restored: decided alone.
        accounts.setFourEyesThreshold(strict, "RONGCHENG_POINTS", 50);
        assertThat(send(ws, MutationKind.CASE_ACTION, kase, json("action", "DECIDE")).status())
                .isEqualTo(MutationStatus.APPLIED);
    }

    // --- helpers ---

    private static ObjectNode decisionOn(String caseNo) {
        return TestHub.decision(caseNo, "REVERSED");
    }

    /** A legacy announcement: a case of the time before sync, with the state it has on its workstation. */
    private static ObjectNode legacy(UUID id, String caseNo, String status, String assignee) {
        ObjectNode p = TestHub.content(id, caseNo);
        p.with("subject").put("identifier", "ID-" + id);
        p.remove("caseId");
        p.put("status", status);
        if (assignee != null) {
            p.put("assignee", assignee);
        }
        p.put("legacy", true);
        return p;
    }

    /** A final case number of a prefix of its own, never leased (a number from before leases). */
    private static String legacyNumber() {
        StringBuilder prefix = new StringBuilder("LG");
        for (int i = 0; i < 4; i++) {
            prefix.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return prefix + "-2025-" + String.format("%06d", 1 + RANDOM.nextInt(999_998));
    }

    private static ObjectNode letter() {
        StringBuilder prefix = new StringBuilder("LT");
        for (int i = 0; i < 4; i++) {
            prefix.append((char) ('A' + RANDOM.nextInt(26)));
        }
        ObjectNode p = json("letterId", UUID.randomUUID().toString(),
                "referenceNo", prefix + "-L-2026-" + String.format("%06d", 1 + RANDOM.nextInt(999_998)),
                "language", "EN", "issuedAt", "2026-10-02T09:00:00Z", "sha256", "ab".repeat(32),
                "recordSha256", "cd".repeat(32), "caseStatus", "LETTER_ISSUED");
        p.put("signed", false);
        return p;
    }

    /** A case of the office in {@code status}, assigned to {@code assignee} (null: nobody). */
    private static String seeded(CaseStatus status, String assignee) {
        String caseNo = "LW-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode content = TestHub.content(UUID.randomUUID(), caseNo);
        content.put("status", status.name());
        if (assignee != null) {
            content.put("assignee", assignee);
        }
        return TestHub.seed(office, content);
    }

    private static String row(String kase) {
        return Rows.text("SELECT concat_ws('|', version, status, assignee) FROM hub_case WHERE case_id = ?::uuid", kase);
    }

    private static MutationResult send(HubClient who, String kind, String entity, JsonNode payload) {
        return who.push(List.of(mutation(next(who), kind, entity, version(entity), payload))).results().getFirst();
    }

    private static synchronized long next(HubClient who) {
        return SEQ.computeIfAbsent(who, k -> new AtomicLong()).incrementAndGet();
    }

    private static long version(String entity) {
        try {
            UUID.fromString(entity);
        } catch (IllegalArgumentException e) {
            return 0;
        }
        return Rows.count("SELECT coalesce(max(version), 0) FROM hub_case WHERE case_id = ?::uuid", entity);
    }
}
