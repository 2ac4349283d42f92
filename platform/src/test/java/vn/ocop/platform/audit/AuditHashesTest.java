package vn.ocop.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditHashesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(text);
  }

  private static AuditEntry entry(JsonNode after, String prevHash) {
    return new AuditEntry(
        UUID.fromString("7d4c2f1e-0000-4000-8000-000000000001"),
        Instant.parse("2026-03-01T02:03:04.123456Z"),
        "rating-service",
        "member.a",
        List.of("council-member"),
        "req-12345678",
        "POST submitMyScoreSheet",
        "ScoreSheet",
        "42",
        AuditAction.CREATE,
        null,
        after,
        "66",
        3L,
        prevHash,
        null);
  }

  private static AuditEntry entry(JsonNode after, String prevHash, String hash) {
    AuditEntry e = entry(after, prevHash);
    return new AuditEntry(
        e.id(),
        e.occurredAt(),
        e.service(),
        e.actor(),
        e.actorRoles(),
        e.requestId(),
        e.operation(),
        e.recordType(),
        e.recordId(),
        e.action(),
        e.before(),
        e.after(),
        e.provinceCode(),
        e.chainSeq(),
        e.prevHash(),
        hash);
  }

  @Test
  void theHashSurvivesJsonbReorderingKeysAndRewritingNumbers() throws Exception {
    // As written by the service, and as PostgreSQL's jsonb gives it back.
    JsonNode written =
        json("{\"total\": 80.50, \"partA\": 1E+1, \"name\": \"Cà phê\", \"z\": [1, 2]}");
    JsonNode stored = json("{\"z\": [1, 2], \"name\": \"Cà phê\", \"total\": 80.5, \"partA\": 10}");
    assertThat(AuditHashes.hash(entry(written, "ab")))
        .isEqualTo(AuditHashes.hash(entry(stored, "ab")));
  }

  @Test
  void anyChangeOfContentOrLinkChangesTheHash() throws Exception {
    String original = AuditHashes.hash(entry(json("{\"total\": 80.5}"), "ab"));
    assertThat(AuditHashes.hash(entry(json("{\"total\": 80.6}"), "ab"))).isNotEqualTo(original);
    assertThat(AuditHashes.hash(entry(json("{\"total\": 80.5}"), "ac"))).isNotEqualTo(original);
    assertThat(AuditHashes.hash(entry(json("{\"total\": 80.5}"), null))).isNotEqualTo(original);
    assertThat(original).hasSize(64).matches("[0-9a-f]{64}");
  }

  @Test
  void theCanonicalFormSortsKeysAndLeavesNoSpace() throws Exception {
    String canonical =
        AuditHashes.canonical(
            entry(json("{\"b\": {\"y\": 1, \"x\": \"\\\"q\"}, \"a\": null}"), null));
    assertThat(canonical)
        .contains("\"after\":{\"a\":null,\"b\":{\"x\":\"\\\"q\",\"y\":1}}")
        .doesNotContain(" :")
        .startsWith("{\"action\":\"CREATE\",\"actor\":\"member.a\"");
  }

  @Test
  void aLinkedEntryCarriesTheHashOfItsContentAndPredecessor() throws Exception {
    AuditEntry linked = entry(json("{\"total\": 80.5}"), null).chained(3, "ab");
    assertThat(linked.chainSeq()).isEqualTo(3);
    assertThat(linked.prevHash()).isEqualTo("ab");
    assertThat(linked.hash()).isEqualTo(AuditHashes.hash(entry(json("{\"total\": 80.5}"), "ab")));
    assertThat(AuditHashes.hash(entry(json("{\"total\": 80.5}"), "ab", linked.hash())))
        .as("the stored hash is not part of what is hashed")
        .isEqualTo(linked.hash());
  }
}
