package vn.ocop.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.problem.ProblemException;

class IdempotencyUnitTest {
  private final RequestFingerprint fingerprint = new RequestFingerprint(new ObjectMapper());

  @Path("/api/x/v1/things")
  static class Things {
    @POST
    @Path("{id}/parts")
    public void addPart(@PathParam("id") String id, Map<String, Object> body) {}
  }

  @Test
  void keysOf1To255PrintableAsciiCharactersAreAccepted() {
    assertThatCode(() -> IdempotencyProblems.requireValid("a")).doesNotThrowAnyException();
    assertThatCode(() -> IdempotencyProblems.requireValid("k ~".repeat(85)))
        .doesNotThrowAnyException();
    assertRule("", "Size");
    assertRule("k".repeat(256), "Size");
    assertRule("khóa", "Pattern");
    assertRule("a\tb", "Pattern");
  }

  private static void assertRule(String key, String rule) {
    assertThatThrownBy(() -> IdempotencyProblems.requireValid(key))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.errors().get(0).field()).isEqualTo("Idempotency-Key");
              assertThat(e.errors().get(0).rule()).isEqualTo(rule);
            });
  }

  @Test
  void theOperationIsTheMethodAndRouteTemplate() throws Exception {
    assertThat(
            IdempotencyInterceptor.operationOf(
                Things.class.getMethod("addPart", String.class, Map.class)))
        .isEqualTo("POST /api/x/v1/things/{id}/parts");
  }

  @Test
  void jsonBodiesHashTheSameWhateverTheirKeyOrderAndDifferentlyWhenAValueDiffers() {
    Annotation[][] annotations = {{}};
    String a = hash(annotations, Map.of("name", "HTX Ea Tu", "star", 4));
    String b = hash(annotations, new java.util.TreeMap<>(Map.of("star", 4, "name", "HTX Ea Tu")));
    String c = hash(annotations, Map.of("name", "HTX Ea Tu", "star", 5));

    assertThat(a).isEqualTo(b).hasSize(64);
    assertThat(c).isNotEqualTo(a);
  }

  @Test
  void aStreamBodyIsHashedAndHandedOnUnread() throws Exception {
    Object[] parameters = {new ByteArrayInputStream("a,b\n1,2".getBytes(StandardCharsets.UTF_8))};
    String hash =
        fingerprint.of(
            "POST /i",
            new MultivaluedHashMap<>(),
            query("dryRun", "false"),
            new Annotation[][] {{}},
            parameters);

    assertThat(((InputStream) parameters[0]).readAllBytes())
        .isEqualTo("a,b\n1,2".getBytes(StandardCharsets.UTF_8));
    Object[] again = {new ByteArrayInputStream("a,b\n1,2".getBytes(StandardCharsets.UTF_8))};
    assertThat(
            fingerprint.of(
                "POST /i",
                new MultivaluedHashMap<>(),
                query("dryRun", "true"),
                new Annotation[][] {{}},
                again))
        .as("another query is another request")
        .isNotEqualTo(hash);
  }

  private String hash(Annotation[][] annotations, Object body) {
    return fingerprint.of(
        "POST /t",
        new MultivaluedHashMap<>(),
        new MultivaluedHashMap<>(),
        annotations,
        new Object[] {body});
  }

  private static MultivaluedHashMap<String, String> query(String name, String value) {
    MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
    query.add(name, value);
    return query;
  }
}
