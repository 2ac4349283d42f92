package vn.ocop.plan.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Tokens;

/**
 * Idempotency-Key on a creating POST of the plan service (adding an indicator): a retry replays the
 * first answer and writes nothing.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class IdempotentIndicatorTest {
  private static final String PATH = "/api/plan/v1/indicators";

  private static String indicator(String code) {
    return "{\"code\":\""
        + code
        + "\",\"nameVi\":\"Số sản phẩm thực phẩm đạt 5 sao\",\"nameEn\":\"Food products rated"
        + " 5 stars\",\"measure\":\"CERTIFIED_PRODUCTS\",\"minStarClass\":5,\"maxStarClass\":5,"
        + "\"productGroups\":[1]}";
  }

  private static String code() {
    return "IDEM_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  private static ExtractableResponse<Response> add(String token, String key, String body) {
    return Api.as(token)
        .contentType("application/json")
        .header("Idempotency-Key", key)
        .body(body)
        .post(PATH)
        .then()
        .extract();
  }

  private static long indicators(String code) {
    return Tables.count("select count(*) from indicator where code = ?", code);
  }

  private static long writes() {
    return Tables.count(
        "select (select count(*) from indicator) + (select count(*) from outbox_event)"
            + " + (select count(*) from audit_entry)");
  }

  @Test
  void aRetryReplaysTheFirstAnswerAndAnotherBodyIsRefused() {
    String code = code();
    String key = UUID.randomUUID().toString();

    ExtractableResponse<Response> first = add(Tokens.admin(), key, indicator(code));
    long writes = writes();
    ExtractableResponse<Response> retry = add(Tokens.admin(), key, indicator(code));

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.header("Location")).isEqualTo(first.header("Location")).endsWith(code);
    assertThat(retry.body().asString()).isEqualTo(first.body().asString());
    assertThat(indicators(code)).isEqualTo(1);
    assertThat(
            Tables.count(
                "select count(*) from audit_entry where record_id = ? and action = 'CREATE'", code))
        .isEqualTo(1);
    assertThat(writes()).isEqualTo(writes);

    String other = code();
    ExtractableResponse<Response> reused = add(Tokens.admin(), key, indicator(other));

    assertThat(reused.statusCode()).isEqualTo(422);
    assertThat(reused.<String>path("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(reused.<String>path("errors[0].field")).isEqualTo("Idempotency-Key");
    assertThat(indicators(other)).isZero();
    assertThat(writes()).isEqualTo(writes);
  }

  @Test
  void anotherCallersKeyIsIndependent() {
    String key = UUID.randomUUID().toString();
    String mine = code();
    String theirs = code();

    assertThat(add(Tokens.admin(), key, indicator(mine)).statusCode()).isEqualTo(201);
    ExtractableResponse<Response> other =
        add(TestTokens.admin("quan-tri-2"), key, indicator(theirs));

    assertThat(other.statusCode()).isEqualTo(201);
    assertThat(other.header("Idempotent-Replayed")).isNull();
    assertThat(indicators(mine)).isEqualTo(1);
    assertThat(indicators(theirs)).isEqualTo(1);
  }

  @Test
  void eightConcurrentRequestsWithOneKeyAddOneIndicator() throws Exception {
    String code = code();
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
                  return add(Tokens.admin(), key, indicator(code));
                }));
      }
      start.countDown();
      int executed = 0;
      for (Future<ExtractableResponse<Response>> answer : answers) {
        ExtractableResponse<Response> response = answer.get(2, TimeUnit.MINUTES);
        if (response.statusCode() == 201) {
          assertThat(response.<String>path("code")).isEqualTo(code);
          if (response.header("Idempotent-Replayed") == null) {
            executed++;
          }
        } else {
          assertThat(response.<String>path("code")).isEqualTo("IDEMPOTENCY_KEY_IN_PROGRESS");
        }
      }
      assertThat(executed).isEqualTo(1);
      assertThat(indicators(code)).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anInvalidKeyIsABadRequestNamingTheHeader() {
    String code = code();
    ExtractableResponse<Response> refused = add(Tokens.admin(), "k".repeat(256), indicator(code));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.<String>path("errors[0].field")).isEqualTo("Idempotency-Key");
    assertThat(refused.<String>path("errors[0].rule")).isEqualTo("Size");
    assertThat(indicators(code)).isZero();
  }
}
