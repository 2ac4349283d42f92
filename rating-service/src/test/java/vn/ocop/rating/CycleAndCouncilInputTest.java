package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.ocop.rating.support.Problems.fieldProblem;
import static vn.ocop.rating.support.Problems.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.Tables;

/** Bad requests to open cycles and constitute councils: 4xx problem+json, nothing written. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class CycleAndCouncilInputTest {
  static final String CYCLES = "/api/rating/v1/cycles";
  static final String COUNCILS = "/api/rating/v1/councils";
  static final String DAK_LAK = Api.DAK_LAK;

  Map<String, Long> before;

  @BeforeEach
  void countRows() {
    before = Tables.snapshot();
  }

  /** Every test here is a refusal: no table may have changed. */
  @AfterEach
  void nothingWasWritten() {
    assertThat(Tables.snapshot()).isEqualTo(before);
  }

  @Test
  void malformedJsonIsRefusedNamingTheBody() {
    fieldProblem(
        Api.as(Api.officer(DAK_LAK)).body("{\"year\":2026,").post(CYCLES),
        400,
        "MALFORMED_REQUEST",
        "body",
        "syntax");
  }

  @Test
  void aCycleWithoutYearAndRoundIsRefusedNamingBoth() {
    var response = Api.as(Api.officer(DAK_LAK)).body("{}").post(CYCLES);
    fieldProblem(response, 400, "VALIDATION_FAILED", "year", "NotNull");
    fieldProblem(response, 400, "VALIDATION_FAILED", "round", "NotNull");
  }

  @Test
  void outOfRangeYearRoundAndProvinceAreRefused() {
    var response =
        Api.as(Api.officer(DAK_LAK))
            .body(Map.of("year", 1999, "round", 13, "provinceCode", "6"))
            .post(CYCLES);
    fieldProblem(response, 400, "VALIDATION_FAILED", "year", "Min");
    fieldProblem(response, 400, "VALIDATION_FAILED", "round", "Max");
    fieldProblem(response, 400, "VALIDATION_FAILED", "provinceCode", "Pattern");
  }

  @Test
  void aYearThatIsNotANumberIsRefusedNamingTheField() {
    fieldProblem(
        Api.as(Api.officer(DAK_LAK)).body("{\"year\":\"next\",\"round\":1}").post(CYCLES),
        400,
        "MALFORMED_REQUEST",
        "year",
        "type");
  }

  @Test
  void aProvinceOfficerCannotOpenACycleOfAnotherProvince() {
    problem(
        Api.as(Api.officer(DAK_LAK))
            .body(Map.of("year", 2026, "round", 1, "provinceCode", Api.HA_TINH))
            .post(CYCLES),
        404,
        "NOT_FOUND");
  }

  @Test
  void anAdminMustNameAKnownProvince() {
    fieldProblem(
        Api.as(Api.admin()).body(Map.of("year", 2026, "round", 1)).post(CYCLES),
        400,
        "VALIDATION_FAILED",
        "provinceCode",
        "NotBlank");
    fieldProblem(
        Api.as(Api.admin())
            .body(Map.of("year", 2026, "round", 1, "provinceCode", "99"))
            .post(CYCLES),
        422,
        "UNPROCESSABLE",
        "provinceCode",
        "known");
  }

  @Test
  void theSameRoundOfAProvinceCannotBeOpenedTwice() {
    Map<String, Object> slot = Fixtures.nextSlot();
    Api.as(Api.officer(DAK_LAK)).body(slot).post(CYCLES).then().statusCode(201);
    before = Tables.snapshot();
    problem(Api.as(Api.officer(DAK_LAK)).body(slot).post(CYCLES), 409, "CYCLE_EXISTS")
        .body("detail", containsString("already has round"));
  }

  @Test
  void rolesWithoutTheRightCannotOpenCycles() {
    problem(
        Api.as(Api.member("daklak.member1", DAK_LAK))
            .body(Map.of("year", 2026, "round", 1))
            .post(CYCLES),
        403,
        "FORBIDDEN");
    problem(
        Api.anonymous().body(Map.of("year", 2026, "round", 1)).post(CYCLES),
        401,
        "UNAUTHENTICATED");
    problem(
        Api.as(TestTokens.token("someone", java.util.Set.of("province-officer"), Map.of()))
            .body(Map.of("year", 2026, "round", 1))
            .post(CYCLES),
        403,
        "NO_PROVINCE_SCOPE");
  }

  @Test
  void aForeignCycleIsNotFoundAndNotListed() {
    String haTinhCycle = Fixtures.openCycle(Api.HA_TINH);
    before = Tables.snapshot();
    problem(Api.as(Api.officer(DAK_LAK)).get(CYCLES + "/{id}", haTinhCycle), 404, "NOT_FOUND");
    Api.as(Api.officer(DAK_LAK))
        .queryParam("provinceCode", Api.HA_TINH)
        .get(CYCLES)
        .then()
        .statusCode(200)
        .body("items", hasSize(0))
        .body("pager.total", equalTo(0));
    List<String> provinces =
        Api.as(Api.officer(DAK_LAK))
            .queryParam("pageSize", 200)
            .get(CYCLES)
            .then()
            .statusCode(200)
            .extract()
            .path("items.provinceCode");
    assertThat(provinces).doesNotContain(Api.HA_TINH);
    Api.as(Api.nationalOfficer())
        .get(CYCLES + "/{id}", haTinhCycle)
        .then()
        .statusCode(200)
        .body("provinceCode", equalTo(Api.HA_TINH));
  }

  @Test
  void aCouncilNeedsExactlyOneChair() {
    var twoChairs =
        Api.as(Api.officer(DAK_LAK))
            .body(
                council(
                    List.of(
                        Map.of("username", "a.chair", "role", "CHAIR"),
                        Map.of("username", "b.chair", "role", "CHAIR"))))
            .post(COUNCILS);
    fieldProblem(twoChairs, 400, "VALIDATION_FAILED", "members", "ExactlyOneChair");
    var noChair =
        Api.as(Api.officer(DAK_LAK))
            .body(council(List.of(Map.of("username", "a.member", "role", "MEMBER"))))
            .post(COUNCILS);
    fieldProblem(noChair, 400, "VALIDATION_FAILED", "members", "ExactlyOneChair");
  }

  @Test
  void aCouncilMemberSitsOnlyOnce() {
    var response =
        Api.as(Api.officer(DAK_LAK))
            .body(
                council(
                    List.of(
                        Map.of("username", "daklak.chair", "role", "CHAIR"),
                        Map.of("username", "daklak.member1", "role", "MEMBER"),
                        Map.of("username", "daklak.member1", "role", "SECRETARY"))))
            .post(COUNCILS);
    fieldProblem(response, 400, "VALIDATION_FAILED", "members", "UniqueUsernames")
        .body("errors", hasSize(1));
  }

  @Test
  void aCouncilWithoutMembersOrWithIncompleteMembersIsRefused() {
    fieldProblem(
        Api.as(Api.officer(DAK_LAK)).body(council(List.of())).post(COUNCILS),
        400,
        "VALIDATION_FAILED",
        "members",
        "Size");
    fieldProblem(
        Api.as(Api.officer(DAK_LAK))
            .body(council(List.of(Map.of("username", "daklak.chair"))))
            .post(COUNCILS),
        400,
        "VALIDATION_FAILED",
        "members[0].role",
        "NotNull");
    var missing = Api.as(Api.officer(DAK_LAK)).body("{}").post(COUNCILS);
    fieldProblem(missing, 400, "VALIDATION_FAILED", "name", "NotBlank");
    fieldProblem(missing, 400, "VALIDATION_FAILED", "level", "NotNull");
    fieldProblem(missing, 400, "VALIDATION_FAILED", "members", "NotNull");
    fieldProblem(
        Api.as(Api.officer(DAK_LAK))
            .body(
                "{\"name\":\"x\",\"level\":\"VILLAGE\",\"members\":"
                    + "[{\"username\":\"a\",\"role\":\"CHAIR\"}]}")
            .post(COUNCILS),
        400,
        "MALFORMED_REQUEST",
        "level",
        "type");
  }

  @Test
  void councilsAreConstitutedOnlyInTheOfficersProvinceAndAtLevelsInForce() {
    Map<String, Object> haTinh =
        Map.of(
            "name",
            "Hội đồng tỉnh Hà Tĩnh",
            "level",
            "PROVINCE",
            "provinceCode",
            Api.HA_TINH,
            "members",
            List.of(Map.of("username", "hatinh.chair", "role", "CHAIR")));
    problem(Api.as(Api.officer(DAK_LAK)).body(haTinh).post(COUNCILS), 404, "NOT_FOUND");
    Map<String, Object> district =
        Map.of(
            "name", "Hội đồng cấp huyện",
            "level", "DISTRICT",
            "members", List.of(Map.of("username", "huyen.chair", "role", "CHAIR")));
    fieldProblem(
        Api.as(Api.officer(DAK_LAK)).body(district).post(COUNCILS),
        422,
        "UNPROCESSABLE",
        "level",
        "inForce");
    Map<String, Object> central =
        Map.of(
            "name", "Hội đồng trung ương",
            "level", "CENTRAL",
            "members", List.of(Map.of("username", "tw.chair", "role", "CHAIR")));
    problem(Api.as(Api.officer(DAK_LAK)).body(central).post(COUNCILS), 403, "FORBIDDEN");
  }

  @Test
  void aForeignCouncilIsNotFound() {
    String haTinhCouncil =
        Fixtures.constituteCouncil(Api.HA_TINH, List.of("hatinh.chair", "hatinh.member"));
    before = Tables.snapshot();
    problem(Api.as(Api.officer(DAK_LAK)).get(COUNCILS + "/{id}", haTinhCouncil), 404, "NOT_FOUND");
    problem(
        Api.as(Api.member("daklak.member1", DAK_LAK)).get(COUNCILS + "/{id}", haTinhCouncil),
        404,
        "NOT_FOUND");
    Api.as(Api.member("hatinh.member", Api.HA_TINH))
        .get(COUNCILS + "/{id}", haTinhCouncil)
        .then()
        .statusCode(200)
        .body("members.username", org.hamcrest.Matchers.contains("hatinh.chair", "hatinh.member"));
  }

  private static Map<String, Object> council(List<Map<String, String>> members) {
    return Map.of(
        "name",
        "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Đắk Lắk 2026",
        "level",
        "PROVINCE",
        "provinceCode",
        DAK_LAK,
        "members",
        members);
  }
}
