package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.devstack.Await;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.SheetAnswers;
import vn.ocop.rating.support.Tables;

/**
 * Members submitting at the same moment: optimistic locking on the dossier must neither lose a
 * sheet nor compute (and announce) the result twice.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class ConcurrentScoringTest {
  static final String DAK_LAK = Api.DAK_LAK;

  @Inject MeterRegistry metrics;
  @Inject AgroalDataSource dataSource;

  @RepeatedTest(3)
  void membersScoringAtOnceLoseNoSheetAndTheResultIsComputedOnce() throws Exception {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    List<String> totals = List.of("83", "78", "80");

    List<Response> responses = submitTogether(scoring, totals);

    assertThat(responses).extracting(Response::statusCode).containsOnly(200);
    assertThat(responses)
        .extracting(response -> response.path("dossierStatus").toString())
        .containsOnlyOnce("EVALUATED");
    List<Map<String, Object>> sheets =
        Tables.query(
            "select member_username, total from score_sheet where dossier_id = ?::uuid",
            List.of(scoring.dossierId()));
    assertThat(sheets)
        .extracting(row -> row.get("member_username"))
        .containsExactlyInAnyOrderElementsOf(scoring.members());
    Map<String, Object> dossier =
        Tables.query(
                "select status, average_score, star_class, score_sheet_count from dossier"
                    + " where id = ?::uuid",
                List.of(scoring.dossierId()))
            .get(0);
    assertThat(dossier.get("status")).isEqualTo("EVALUATED");
    assertThat((BigDecimal) dossier.get("average_score")).isEqualByComparingTo("80.33");
    assertThat(dossier.get("star_class")).isEqualTo(4);
    assertThat(dossier.get("score_sheet_count")).isEqualTo(3);
    assertThat(
            Tables.count(
                "select count(*) from outbox_event where event_type = ? and message_key = ?",
                List.of(EventTypes.EVALUATION_COMPLETED, scoring.dossierId())))
        .isEqualTo(1);
  }

  @Test
  void twoLastSheetsQueueOnTheDossierRowAreBothKeptAndNeitherRetries() throws Exception {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    Fixtures.Scoring lastTwo =
        new Fixtures.Scoring(
            scoring.cycleId(),
            scoring.councilId(),
            scoring.dossierId(),
            scoring.product(),
            scoring.members().subList(1, 3));
    Api.as(Api.member(scoring.members().get(0), DAK_LAK))
        .body(Fixtures.sheet(SheetAnswers.forTotal(Fixtures.PRODUCT_SET, 83)))
        .put("/api/rating/v1/dossiers/{id}/score-sheets/mine", scoring.dossierId())
        .then()
        .statusCode(200);
    double retriesBefore = metrics.counter("ocop.rating.score.sheet.retries").count();

    // Hold the dossier row so that both requests queue on its lock; then let them go. Each takes
    // the row lock with fresh state in turn, so neither fails a version check.
    List<Response> responses;
    try (Connection lock = dataSource.getConnection()) {
      lock.setAutoCommit(false);
      try (PreparedStatement select =
          lock.prepareStatement("select version from dossier where id = ?::uuid for update")) {
        select.setString(1, scoring.dossierId());
        select.executeQuery().close();
      }
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<List<Response>> racing =
            pool.submit(() -> submitTogether(lastTwo, List.of("78", "80")));
        Await.untilTrue(
            "both sheets waiting on the dossier row",
            () ->
                Tables.count(
                        "select count(*) from pg_stat_activity where datname = 'rating'"
                            + " and wait_event_type = 'Lock'",
                        List.of())
                    >= 2);
        lock.commit();
        responses = racing.get(60, TimeUnit.SECONDS);
      } finally {
        pool.shutdownNow();
      }
    }

    assertThat(responses).extracting(Response::statusCode).containsOnly(200);
    assertThat(responses)
        .extracting(response -> response.path("dossierStatus").toString())
        .containsExactlyInAnyOrder("IN_EVALUATION", "EVALUATED");
    assertThat(metrics.counter("ocop.rating.score.sheet.retries").count()).isEqualTo(retriesBefore);
    assertThat(
            Tables.count(
                "select count(*) from score_sheet where dossier_id = ?::uuid",
                List.of(scoring.dossierId())))
        .isEqualTo(3);
    Map<String, Object> dossier =
        Tables.query(
                "select status, average_score from dossier where id = ?::uuid",
                List.of(scoring.dossierId()))
            .get(0);
    assertThat(dossier.get("status")).isEqualTo("EVALUATED");
    assertThat((BigDecimal) dossier.get("average_score")).isEqualByComparingTo("80.33");
    assertThat(
            Tables.count(
                "select count(*) from outbox_event where event_type = ? and message_key = ?",
                List.of(EventTypes.EVALUATION_COMPLETED, scoring.dossierId())))
        .isEqualTo(1);
  }

  @RepeatedTest(2)
  void theSameMemberSubmittingTwiceAtOnceKeepsOneSheetAndRefusesTheOther() throws Exception {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    String chair = scoring.members().get(0);
    Fixtures.Scoring twice =
        new Fixtures.Scoring(
            scoring.cycleId(),
            scoring.councilId(),
            scoring.dossierId(),
            scoring.product(),
            List.of(chair, chair));

    List<Response> responses = submitTogether(twice, List.of("60", "61"));

    assertThat(responses).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
    Response refused = responses.stream().filter(r -> r.statusCode() == 409).findFirst().get();
    assertThat(refused.<String>path("code")).isEqualTo("SCORE_SHEET_ALREADY_SUBMITTED");
    BigDecimal kept =
        new BigDecimal(
            responses.stream()
                .filter(r -> r.statusCode() == 200)
                .findFirst()
                .get()
                .path("total")
                .toString());
    List<Map<String, Object>> sheets =
        Tables.query(
            "select member_username, total from score_sheet where dossier_id = ?::uuid",
            List.of(scoring.dossierId()));
    assertThat(sheets)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("member_username")).isEqualTo(chair);
              assertThat((BigDecimal) row.get("total")).isEqualByComparingTo(kept);
            });
  }

  /** Each member's sheet from its own thread, released at the same instant. */
  private static List<Response> submitTogether(Fixtures.Scoring scoring, List<String> totals)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(totals.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Response>> futures = new ArrayList<>();
      for (int i = 0; i < totals.size(); i++) {
        String token = Api.member(scoring.members().get(i), DAK_LAK);
        Map<String, Object> body =
            Fixtures.sheet(
                SheetAnswers.forTotal(Fixtures.PRODUCT_SET, new BigDecimal(totals.get(i))));
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return Api.as(token)
                      .body(body)
                      .put("/api/rating/v1/dossiers/{id}/score-sheets/mine", scoring.dossierId());
                }));
      }
      start.countDown();
      List<Response> responses = new ArrayList<>();
      for (Future<Response> future : futures) {
        responses.add(future.get(60, TimeUnit.SECONDS));
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }
}
