package org.redress.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCanonicalTest {

    @Test
    void the_hash_is_sha256_of_the_length_prefixed_fields_as_computed_independently() {
        // Expected values computed with Python's hashlib over the encoding docs/integrity.md describes.
        assertThat(AuditCanonical.hash(1, "2026-11-27T02:00:00Z", 7L, "note.add", "case", "RD-2026-000001",
                "{\"noteId\":5}", AuditCanonical.GENESIS))
                .isEqualTo("b37339c8f22312482da29b5b5bd8652086c40ecf190852be4309b218bdfbc1d8");
        assertThat(AuditCanonical.hash(2, "2026-11-27T02:00:01Z", null, "signin.failure", "account", "unknown",
                "{\"reason\":\"unknown-account\",\"名\":\"张\"}", "a".repeat(64)))
                .isEqualTo("a01656919347a92be1779233e8545fae0b4b76b676a263a9297115fc34f47b4d");
    }

    @Test
    void moving_text_between_fields_changes_the_hash() {
        String a = AuditCanonical.hash(1, "t", null, "ab", "c", "d", "{}", AuditCanonical.GENESIS);
        String b = AuditCanonical.hash(1, "t", null, "a", "bc", "d", "{}", AuditCanonical.GENESIS);

        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void free_text_is_withheld_from_payloads_and_the_kinds_codes_and_numbers_are_kept() throws Exception {
        ObjectNode change = (ObjectNode) new ObjectMapper().readTree("""
                {"action":"RETURN_DRAFT","detail":"张三's bank letter is forged","noteId":5,"body":"called 张三",
                 "toStatus":"IN_REVIEW","subjectId":12,"reasons":"Zhang San paid"}""");

        String kept = AuditPayloads.allowed("approval.give", change).toString();

        assertThat(kept).doesNotContain("张三").doesNotContain("Zhang San")
                .contains("\"action\":\"RETURN_DRAFT\"").contains("\"toStatus\":\"IN_REVIEW\"")
                .contains("\"withheld\":[\"body\",\"detail\",\"noteId\",\"reasons\",\"subjectId\"]");
    }

    @Test
    void a_decisions_outcomes_keep_their_codes_and_lose_the_remedy_text() throws Exception {
        ObjectNode change = (ObjectNode) new ObjectMapper().readTree("""
                {"decisionId":7,"reasons":"Zhang San paid","outcomes":[{"ledgerEventId":9,"kind":"REVERSED",
                 "remedy":"restore for 张三","newPoints":null}]}""");

        String kept = AuditPayloads.allowed("decision.record", change).toString();

        assertThat(kept).doesNotContain("张三").doesNotContain("Zhang San").contains("\"decisionId\":7")
                .contains("{\"ledgerEventId\":9,\"kind\":\"REVERSED\",\"newPoints\":null}")
                .contains("\"withheld\":[\"reasons\"]");
    }

    @Test
    void a_code_field_holding_an_identifier_or_prose_is_withheld_and_an_unknown_kind_keeps_nothing() throws Exception {
        ObjectNode change = (ObjectNode) new ObjectMapper().readTree("""
                {"action":"110105199001011234","toStatus":"Zhang San","fromStatus":"IN_REVIEW"}""");

        assertThat(AuditPayloads.allowed("case.action", change).toString()).doesNotContain("110105199001011234")
                .doesNotContain("Zhang San").contains("\"fromStatus\":\"IN_REVIEW\"");
        assertThat(AuditPayloads.allowed("some.new.kind", change).toString())
                .isEqualTo("{\"withheld\":[\"action\",\"fromStatus\",\"toStatus\"]}");
    }
}
