package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.PaperSessions;
import vn.ocop.rating.support.Problems;
import vn.ocop.rating.support.Registry;
import vn.ocop.rating.support.Sessions;
import vn.ocop.rating.support.Tables;

/**
 * Leniency figures over a seeded set of sheets whose expected values are worked out by hand in the
 * comments.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class LeniencyAnalyticsTest {
  /** Cao Bằng: no other test scores there, so the province's figures are this test's alone. */
  private static final String CAO_BANG = "04";

  private record Seeded(String councilId, List<String> members) {}

  /**
   * A council of three scoring three dossiers (totals of member a, b, c):
   *
   * <pre>
   * D1  78  72  70   mean 73,33  4★
   * D2  94  88  91   mean 91,00  5★
   * D3  50  46  43   mean 46,33  2★
   * </pre>
   */
  private static Seeded threeDossiers(String province) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    List<String> members = List.of("a." + tag, "b." + tag, "c." + tag);
    String cycleId = Fixtures.openCycle(province);
    String councilId = Fixtures.constituteCouncil(province, members);
    scoreDossier(province, cycleId, councilId, members, "78", "72", "70");
    scoreDossier(province, cycleId, councilId, members, "94", "88", "91");
    scoreDossier(province, cycleId, councilId, members, "50", "46", "43");
    return new Seeded(councilId, members);
  }

  private static void scoreDossier(
      String province, String cycleId, String councilId, List<String> members, String... totals) {
    Registry.Product product =
        Registry.registerProduct(
            province, "Sản phẩm " + UUID.randomUUID().toString().substring(0, 6));
    String dossierId = Fixtures.submitDossier(province, cycleId, product.productId());
    Fixtures.assignCouncil(province, dossierId, councilId);
    Fixtures.scoreAll(
        new Fixtures.Scoring(cycleId, councilId, dossierId, product, members), province, totals);
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void aCouncilsFiguresShowEachMembersDeviationFromTheOthers() {
    Seeded seeded = threeDossiers(Api.DAK_LAK);
    String a = seeded.members().get(0);
    String b = seeded.members().get(1);
    String c = seeded.members().get(2);

    ValidatableResponse response =
        Api.as(Api.officer(Api.DAK_LAK))
            .get("/api/rating/v1/leniency/councils/{id}", seeded.councilId())
            .then()
            .statusCode(200);

    // 632 / 9 = 70,22; bands: 46 43 | 50 | 78 72 70 88 | 94 91.
    response
        .body("councilId", equalTo(seeded.councilId()))
        .body("level", equalTo("PROVINCE"))
        .body("figures.sheets", equalTo(9))
        .body("figures.dossiers", equalTo(3))
        .body("figures.meanTotal", equalTo(d("70.22")))
        .body("figures.distribution.starBands.sheets", contains(0, 2, 1, 4, 2))
        .body("figures.distribution.starBands.from", contains(0, 30, 50, 70, 90))
        .body("figures.distribution.fivePointBuckets", hasSize(20))
        // 43→40–45, 46→45–50, 50→50–55, 70 72→70–75, 78→75–80, 88→85–90, 91 94→90–95.
        .body(
            "figures.distribution.fivePointBuckets.sheets",
            contains(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 2, 1, 0, 1, 2, 0))
        // D1 4★ and D2 5★ of three results.
        .body("results.evaluated", equalTo(3))
        .body("results.fourStarOrMore", equalTo(2))
        .body("results.fourStarOrMoreShare", equalTo(d("0.6667")))
        .body("members.member", contains(a, b, c))
        // a: 78 94 50, mean 74; deviations 78−71, 94−89,5, 50−44,5 = 7, 4,5, 5,5 → 5,67.
        .body("members[0].figures.sheets", equalTo(3))
        .body("members[0].figures.meanTotal", equalTo(d("74.00")))
        .body("members[0].meanDeviation", equalTo(d("5.67")))
        .body("members[0].comparedSheets", equalTo(3))
        .body("members[0].figures.distribution.starBands.sheets", contains(0, 0, 1, 1, 1))
        // b: 72 88 46, mean 68,67; deviations −2, −4,5, −0,5 → −2,33.
        .body("members[1].figures.meanTotal", equalTo(d("68.67")))
        .body("members[1].meanDeviation", equalTo(d("-2.33")))
        .body("members[1].figures.distribution.starBands.sheets", contains(0, 1, 0, 2, 0))
        // c: 70 91 43, mean 68; deviations −5, 0, −5 → −3,33.
        .body("members[2].figures.meanTotal", equalTo(d("68.00")))
        .body("members[2].meanDeviation", equalTo(d("-3.33")));
  }

  @Test
  void aProvincesFiguresPoolItsCouncilsAndTheirMembers() {
    Seeded first = threeDossiers(CAO_BANG);
    // A second council: x 60, y 64 on one dossier, mean 62 (3★); deviations −4 and +4.
    String tag = UUID.randomUUID().toString().substring(0, 8);
    List<String> pair = List.of("x." + tag, "y." + tag);
    String cycleId = Fixtures.openCycle(CAO_BANG);
    String second = Fixtures.constituteCouncil(CAO_BANG, pair);
    scoreDossier(CAO_BANG, cycleId, second, pair, "60", "64");

    ValidatableResponse response =
        Api.as(Api.nationalOfficer())
            .get("/api/rating/v1/leniency/provinces/{code}", CAO_BANG)
            .then()
            .statusCode(200);

    // (632 + 124) / 11 = 68,73; 4★+ in 2 of 4 results.
    response
        .body("provinceCode", equalTo(CAO_BANG))
        .body("figures.sheets", equalTo(11))
        .body("figures.dossiers", equalTo(4))
        .body("figures.meanTotal", equalTo(d("68.73")))
        .body("figures.distribution.starBands.sheets", contains(0, 2, 3, 4, 2))
        .body("results.evaluated", equalTo(4))
        .body("results.fourStarOrMore", equalTo(2))
        .body("results.fourStarOrMoreShare", equalTo(d("0.5000")))
        .body("councils", hasSize(2))
        .body(
            "councils.find { it.councilId == '" + first.councilId() + "' }.figures.sheets",
            equalTo(9))
        .body(
            "councils.find { it.councilId == '" + second + "' }.figures.meanTotal",
            equalTo(d("62.00")))
        .body(
            "councils.find { it.councilId == '" + second + "' }.results.fourStarOrMoreShare",
            equalTo(d("0.0000")))
        .body("members", hasSize(5))
        .body("members.find { it.member == 'x." + tag + "' }.meanDeviation", equalTo(d("-4.00")))
        .body("members.find { it.member == 'y." + tag + "' }.meanDeviation", equalTo(d("4.00")))
        .body(
            "members.find { it.member == '" + first.members().get(0) + "' }.meanDeviation",
            equalTo(d("5.67")));

    // The province's own officer sees the same figures.
    Api.as(Api.officer(CAO_BANG))
        .get("/api/rating/v1/leniency/provinces/{code}", CAO_BANG)
        .then()
        .statusCode(200)
        .body("figures.sheets", equalTo(11));
  }

  /**
   * A council whose regulation re-scores spreads over 10: round 1 of the dossier (95, 60, 70,
   * spread 35) is discussed and re-scored as 80, 76, 78. Only round 2 counts: 3 sheets, mean 78;
   * deviations 80−77 = 3, 76−79 = −3, 78−78 = 0. Counting round 1 too would give 6 sheets, mean
   * 76,50.
   */
  @Test
  void onlyTheFinalRoundOfAReScoredDossierCounts() {
    String tag = PaperSessions.tag();
    List<String> members = List.of("a." + tag, "b." + tag, "c." + tag);
    String cycleId = Fixtures.openCycle(Api.DAK_LAK);
    String councilId =
        PaperSessions.constitute(Api.DAK_LAK, "Trần Văn A", members, null, new BigDecimal("10"));
    String sessionId = PaperSessions.openSession(Api.DAK_LAK, councilId, members);
    String dossierId =
        PaperSessions.dossierBefore(Api.DAK_LAK, cycleId, sessionId, "Sản phẩm " + tag);
    for (String member : members) {
      Sessions.declareNone(member, Api.DAK_LAK, sessionId, dossierId);
    }
    assertThat(PaperSessions.score(Api.DAK_LAK, dossierId, members, "95", "60", "70"))
        .isEqualTo("IN_EVALUATION");
    assertThat(PaperSessions.score(Api.DAK_LAK, dossierId, members, "80", "76", "78"))
        .isEqualTo("EVALUATED");
    assertThat(
            Tables.count(
                "select count(*) from score_sheet where dossier_id = ?::uuid",
                List.<Object>of(dossierId)))
        .isEqualTo(6);

    Api.as(Api.officer(Api.DAK_LAK))
        .get("/api/rating/v1/leniency/councils/{id}", councilId)
        .then()
        .statusCode(200)
        .body("figures.sheets", equalTo(3))
        .body("figures.dossiers", equalTo(1))
        .body("figures.meanTotal", equalTo(d("78.00")))
        // 76, 78, 80 are all 4★ sheets; round 1's 95 (5★) and 60 (3★) are gone.
        .body("figures.distribution.starBands.sheets", contains(0, 0, 0, 3, 0))
        .body("results.evaluated", equalTo(1))
        .body("results.fourStarOrMore", equalTo(1))
        .body("members.member", contains(members.toArray()))
        .body("members[0].figures.sheets", equalTo(1))
        .body("members[0].meanDeviation", equalTo(d("3.00")))
        .body("members[1].meanDeviation", equalTo(d("-3.00")))
        .body("members[2].meanDeviation", equalTo(d("0.00")));
  }

  @Test
  void aProvinceWithoutSheetsHasEmptyFigures() {
    // Tuyên Quang: no test constitutes a council there.
    Api.as(Api.admin())
        .get("/api/rating/v1/leniency/provinces/{code}", "08")
        .then()
        .statusCode(200)
        .body("figures.sheets", equalTo(0))
        .body("figures.meanTotal", nullValue())
        .body("figures.distribution.starBands.sheets", contains(0, 0, 0, 0, 0))
        .body("results.fourStarOrMoreShare", nullValue())
        .body("members", hasSize(0));
  }

  @Test
  void membersAndSubjectsMayNotReadLeniencyAndOfficersOnlyTheirProvince() {
    Seeded seeded = threeDossiers(Api.DAK_LAK);
    Problems.problem(
        Api.as(Api.member(seeded.members().get(0), Api.DAK_LAK))
            .get("/api/rating/v1/leniency/councils/{id}", seeded.councilId()),
        403,
        "FORBIDDEN");
    Problems.problem(
        Api.as(TestTokens.subjectMember("s.one", Api.DAK_LAK, UUID.randomUUID()))
            .get("/api/rating/v1/leniency/provinces/{code}", Api.DAK_LAK),
        403,
        "FORBIDDEN");
    Problems.problem(
        Api.as(Api.officer(Api.HA_TINH))
            .get("/api/rating/v1/leniency/councils/{id}", seeded.councilId()),
        404,
        "NOT_FOUND");
    Problems.problem(
        Api.as(Api.officer(Api.HA_TINH))
            .get("/api/rating/v1/leniency/provinces/{code}", Api.DAK_LAK),
        404,
        "NOT_FOUND");
    Problems.problem(
        Api.as(Api.admin()).get("/api/rating/v1/leniency/provinces/{code}", "99"),
        404,
        "NOT_FOUND");
    Problems.problem(
        Api.as(Api.admin()).get("/api/rating/v1/leniency/councils/{id}", UUID.randomUUID()),
        404,
        "NOT_FOUND");
    Problems.problem(
        Api.anonymous().get("/api/rating/v1/leniency/provinces/{code}", Api.DAK_LAK),
        401,
        "UNAUTHENTICATED");
  }
}
