package vn.ocop.rating.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.Tables;

/**
 * Idempotency-Key on a creating POST of the rating service (opening a cycle): a retry replays the
 * first answer and writes nothing.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class IdempotentCycleTest {
  private static final String CYCLES = "/api/rating/v1/cycles";

  private static ExtractableResponse<Response> open(
      String token, String key, Map<String, Object> body) {
    return Api.as(token).header("Idempotency-Key", key).body(body).post(CYCLES).then().extract();
  }

  private static long cycles(String province, Map<String, Object> slot) {
    return Tables.count(
        "select count(*) from cycle where province_code = ? and year = ? and round = ?",
        List.of(province, slot.get("year"), slot.get("round")));
  }

  private static long eventsOf(String id) {
    return Tables.count("select count(*) from outbox_event where message_key = ?", List.of(id));
  }

  private static long createdEntriesOf(String id) {
    return Tables.count(
        "select count(*) from audit_entry where record_id = ? and action = 'CREATE'", List.of(id));
  }

  @Test
  void aRetryReplaysTheFirstAnswerAndAnotherBodyIsRefused() {
    Map<String, Object> slot = Fixtures.nextSlot();
    String officer = Api.officer(Api.DAK_LAK);
    String key = UUID.randomUUID().toString();

    ExtractableResponse<Response> first = open(officer, key, slot);
    ExtractableResponse<Response> retry = open(officer, key, slot);

    assertThat(first.statusCode()).isEqualTo(201);
    String id = first.path("id");
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.<String>path("id")).isEqualTo(id);
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.body().asString()).isEqualTo(first.body().asString());
    assertThat(cycles(Api.DAK_LAK, slot)).isEqualTo(1);
    assertThat(eventsOf(id)).isEqualTo(1);
    assertThat(createdEntriesOf(id)).isEqualTo(1);

    Map<String, Object> otherSlot = Fixtures.nextSlot();
    Map<String, Long> before = Tables.snapshot();
    ExtractableResponse<Response> reused = open(officer, key, otherSlot);

    assertThat(reused.statusCode()).isEqualTo(422);
    assertThat(reused.<String>path("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(reused.<String>path("errors[0].field")).isEqualTo("Idempotency-Key");
    assertThat(cycles(Api.DAK_LAK, otherSlot)).isZero();
    assertThat(Tables.snapshot()).isEqualTo(before);
  }

  @Test
  void anotherCallersKeyIsIndependent() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> slot = Fixtures.nextSlot();

    ExtractableResponse<Response> dakLak = open(Api.officer(Api.DAK_LAK), key, slot);
    ExtractableResponse<Response> haTinh = open(Api.officer(Api.HA_TINH), key, slot);

    assertThat(dakLak.statusCode()).isEqualTo(201);
    assertThat(haTinh.statusCode()).isEqualTo(201);
    assertThat(haTinh.header("Idempotent-Replayed")).isNull();
    assertThat(haTinh.<String>path("id")).isNotEqualTo(dakLak.<String>path("id"));
    assertThat(cycles(Api.DAK_LAK, slot)).isEqualTo(1);
    assertThat(cycles(Api.HA_TINH, slot)).isEqualTo(1);
  }

  @Test
  void eightConcurrentRequestsWithOneKeyOpenOneCycle() throws Exception {
    Map<String, Object> slot = Fixtures.nextSlot();
    String officer = Api.officer(Api.DAK_LAK);
    String key = UUID.randomUUID().toString();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return open(officer, key, slot);
                }));
      }
      start.countDown();
      Set<String> ids = new HashSet<>();
      int executed = 0;
      for (Future<ExtractableResponse<Response>> answer : answers) {
        ExtractableResponse<Response> response = answer.get(2, TimeUnit.MINUTES);
        if (response.statusCode() == 201) {
          ids.add(response.path("id"));
          if (response.header("Idempotent-Replayed") == null) {
            executed++;
          }
        } else {
          assertThat(response.<String>path("code")).isEqualTo("IDEMPOTENCY_KEY_IN_PROGRESS");
        }
      }
      assertThat(executed).isEqualTo(1);
      assertThat(ids).hasSize(1);
      assertThat(cycles(Api.DAK_LAK, slot)).isEqualTo(1);
      assertThat(eventsOf(ids.iterator().next())).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anInvalidKeyIsABadRequestNamingTheHeader() {
    Map<String, Object> slot = Fixtures.nextSlot();
    ExtractableResponse<Response> refused = open(Api.officer(Api.DAK_LAK), "k".repeat(256), slot);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.<String>path("errors[0].field")).isEqualTo("Idempotency-Key");
    assertThat(refused.<String>path("errors[0].rule")).isEqualTo("Size");
    assertThat(cycles(Api.DAK_LAK, slot)).isZero();
  }
}
