package vn.ocop.registry.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.registry.support.Fixtures.BUON_MA_THUOT;
import static vn.ocop.registry.support.Fixtures.DAK_LAK;
import static vn.ocop.registry.support.Fixtures.NATIONAL;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.as;
import static vn.ocop.registry.support.Fixtures.cooperative;
import static vn.ocop.registry.support.Fixtures.taxCode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.registry.support.Db;

/**
 * Idempotency-Key on the registry's creating POSTs: a retry replays the first answer and writes
 * nothing (no second subject, outbox event or audit entry).
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class IdempotentRegistrationTest {
  private static final String SUBJECTS = "/api/registry/v1/subjects";

  private static ExtractableResponse<Response> register(String token, String key, String body) {
    return as(token).header("Idempotency-Key", key).body(body).post(SUBJECTS).then().extract();
  }

  private static long subjectsWith(String identifier) {
    return Db.count("select count(*) from subject where identifier = ?", identifier);
  }

  private static long eventsOf(String id) {
    return Db.count("select count(*) from outbox_event where message_key = ?", id);
  }

  private static long createdEntriesOf(String id) {
    return Db.count(
        "select count(*) from audit_entry where record_id = ? and action = 'CREATE'", id);
  }

  @Test
  void aRetryWithTheSameKeyReplaysTheFirstAnswerAndWritesNothing() {
    String tax = taxCode();
    String key = UUID.randomUUID().toString();
    String body = cooperative(tax, null, BUON_MA_THUOT);

    ExtractableResponse<Response> first = register(OFFICER_66, key, body);
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isNull();
    String id = first.path("id");
    long writes = Db.writes();

    // The same request again, its JSON spaced and ordered differently: the same request.
    String respaced = body.replace(",", " ,\n ");
    ExtractableResponse<Response> retry = register(OFFICER_66, key, respaced);

    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.<String>path("id")).isEqualTo(id);
    assertThat(retry.header("Location")).isEqualTo(first.header("Location")).endsWith(id);
    assertThat(retry.body().asString()).isEqualTo(first.body().asString());
    assertThat(subjectsWith(tax)).isEqualTo(1);
    assertThat(eventsOf(id)).isEqualTo(1);
    assertThat(createdEntriesOf(id)).isEqualTo(1);
    assertThat(Db.writes()).isEqualTo(writes);
    assertThat(
            Db.count(
                "select count(*) from idempotency_key where idempotency_key = ? and status = 201",
                key))
        .isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefusedAndWritesNothing() {
    String key = UUID.randomUUID().toString();
    assertThat(register(OFFICER_66, key, cooperative(taxCode(), null, BUON_MA_THUOT)).statusCode())
        .isEqualTo(201);
    long writes = Db.writes();
    String other = taxCode();

    ExtractableResponse<Response> reused =
        register(OFFICER_66, key, cooperative(other, null, BUON_MA_THUOT));

    assertThat(reused.statusCode()).isEqualTo(422);
    assertThat(reused.contentType()).startsWith("application/problem+json");
    assertThat(reused.<String>path("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(reused.<String>path("errors[0].field")).isEqualTo("Idempotency-Key");
    assertThat(reused.<String>path("errors[0].rule")).isEqualTo("sameRequest");
    assertThat(subjectsWith(other)).isZero();
    assertThat(Db.writes()).isEqualTo(writes);
  }

  @Test
  void keysAreTheCallersOwn() {
    String key = UUID.randomUUID().toString();
    String taxOfOfficer = taxCode();
    String taxOfNational = taxCode();

    ExtractableResponse<Response> officer =
        register(OFFICER_66, key, cooperative(taxOfOfficer, null, BUON_MA_THUOT));
    ExtractableResponse<Response> national =
        register(NATIONAL, key, cooperative(taxOfNational, DAK_LAK, BUON_MA_THUOT));

    assertThat(officer.statusCode()).isEqualTo(201);
    assertThat(national.statusCode()).isEqualTo(201);
    assertThat(national.header("Idempotent-Replayed")).isNull();
    assertThat(national.<String>path("id")).isNotEqualTo(officer.<String>path("id"));
    assertThat(subjectsWith(taxOfOfficer)).isEqualTo(1);
    assertThat(subjectsWith(taxOfNational)).isEqualTo(1);
  }

  @Test
  void concurrentRequestsWithOneKeyCreateOnce() throws Exception {
    String tax = taxCode();
    String key = UUID.randomUUID().toString();
    String body = cooperative(tax, null, BUON_MA_THUOT);
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return register(OFFICER_66, key, body);
                }));
      }
      start.countDown();
      Set<String> ids = new HashSet<>();
      int created = 0;
      int replayed = 0;
      for (Future<ExtractableResponse<Response>> answer : answers) {
        ExtractableResponse<Response> response = answer.get(2, TimeUnit.MINUTES);
        if (response.statusCode() == 201) {
          ids.add(response.path("id"));
          if ("true".equals(response.header("Idempotent-Replayed"))) {
            replayed++;
          } else {
            created++;
          }
        } else {
          assertThat(response.statusCode()).isEqualTo(409);
          assertThat(response.<String>path("code")).isEqualTo("IDEMPOTENCY_KEY_IN_PROGRESS");
        }
      }
      assertThat(created).isEqualTo(1);
      assertThat(ids).hasSize(1);
      assertThat(created + replayed).isGreaterThanOrEqualTo(1);
      String id = ids.iterator().next();
      assertThat(subjectsWith(tax)).isEqualTo(1);
      assertThat(eventsOf(id)).isEqualTo(1);
      assertThat(createdEntriesOf(id)).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedRequestKeepsNoKeySoItsRetryRunsAgain() {
    String tax = taxCode();
    assertThat(
            register(
                    OFFICER_66, UUID.randomUUID().toString(), cooperative(tax, null, BUON_MA_THUOT))
                .statusCode())
        .isEqualTo(201);
    String key = UUID.randomUUID().toString();

    ExtractableResponse<Response> taken =
        register(OFFICER_66, key, cooperative(tax, null, BUON_MA_THUOT));

    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(taken.<String>path("code")).isEqualTo("SUBJECT_IDENTIFIER_TAKEN");
    assertThat(Db.count("select count(*) from idempotency_key where idempotency_key = ?", key))
        .isZero();
    assertThat(
            register(OFFICER_66, key, cooperative(tax, null, BUON_MA_THUOT)).<String>path("code"))
        .as("run again, not replayed")
        .isEqualTo("SUBJECT_IDENTIFIER_TAKEN");
  }

  @Test
  void anInvalidKeyIsABadRequestNamingTheHeader() {
    long writes = Db.writes();
    for (String key : List.of("x".repeat(256), "tab\tinside")) {
      ExtractableResponse<Response> refused =
          register(OFFICER_66, key, cooperative(taxCode(), null, BUON_MA_THUOT));

      assertThat(refused.statusCode()).as(key).isEqualTo(400);
      assertThat(refused.<String>path("code")).isEqualTo("VALIDATION_FAILED");
      assertThat(refused.<String>path("errors[0].field")).isEqualTo("Idempotency-Key");
      assertThat(refused.<String>path("errors[0].rule")).isIn("Size", "Pattern");
    }
    assertThat(Db.writes()).isEqualTo(writes);
  }
}
