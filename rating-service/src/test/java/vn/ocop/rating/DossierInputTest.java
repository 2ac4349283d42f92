package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static vn.ocop.rating.support.Problems.fieldProblem;
import static vn.ocop.rating.support.Problems.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.Registry;
import vn.ocop.rating.support.Sessions;
import vn.ocop.rating.support.Tables;

/** Bad requests on dossiers and their assignment to sessions: 4xx problem+json, nothing written. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierInputTest {
  static final String DOSSIERS = "/api/rating/v1/dossiers";
  static final String DAK_LAK = Api.DAK_LAK;
  static final String HA_TINH = Api.HA_TINH;

  String dakLakCycle;
  String haTinhCycle;
  Registry.Product dakLakProduct;
  Registry.Product haTinhProduct;
  String dakLakDossier;
  String dakLakCouncil;
  String haTinhCouncil;
  String dakLakSession;
  String haTinhSession;
  Map<String, Long> before;

  /**
   * Cycles, products and councils shared by the tests (which change nothing), made once when REST
   * Assured knows the port; then the row counts to compare with.
   */
  @BeforeEach
  void setUp() {
    if (dakLakCycle == null) {
      openCyclesAndRegisterProducts();
    }
    before = Tables.snapshot();
  }

  void openCyclesAndRegisterProducts() {
    dakLakProduct = Registry.registerProduct(DAK_LAK, "Sầu riêng Ea Kly");
    haTinhProduct = Registry.registerProduct(HA_TINH, "Cam Khe Mây");
    dakLakCycle = Fixtures.openCycle(DAK_LAK);
    haTinhCycle = Fixtures.openCycle(HA_TINH);
    dakLakDossier = Fixtures.submitDossier(DAK_LAK, dakLakCycle, dakLakProduct.productId());
    dakLakCouncil = Fixtures.constituteCouncil(DAK_LAK, List.of("dl.chair", "dl.member"));
    haTinhCouncil = Fixtures.constituteCouncil(HA_TINH, List.of("ht.chair", "ht.member"));
    dakLakSession = Sessions.plan(DAK_LAK, dakLakCouncil);
    haTinhSession = Sessions.plan(HA_TINH, haTinhCouncil);
  }

  @AfterEach
  void nothingWasWritten() {
    assertThat(Tables.snapshot()).isEqualTo(before);
  }

  @Test
  void malformedJsonIsRefused() {
    fieldProblem(
        Api.as(Api.officer(DAK_LAK)).body("{\"cycleId\":").post(DOSSIERS),
        400,
        "MALFORMED_REQUEST",
        "body",
        "syntax");
  }

  @Test
  void missingFieldsAreNamed() {
    var response = Api.as(Api.officer(DAK_LAK)).body("{}").post(DOSSIERS);
    fieldProblem(response, 400, "VALIDATION_FAILED", "cycleId", "NotNull");
    fieldProblem(response, 400, "VALIDATION_FAILED", "productId", "NotNull");
    fieldProblem(response, 400, "VALIDATION_FAILED", "kind", "NotNull");
  }

  @Test
  void anUnknownKindOrAMalformedIdIsRefusedNamingTheField() {
    fieldProblem(
        Api.as(Api.officer(DAK_LAK))
            .body(dossier(dakLakCycle, dakLakProduct.productId().toString(), "OLD"))
            .post(DOSSIERS),
        400,
        "MALFORMED_REQUEST",
        "kind",
        "type");
    fieldProblem(
        Api.as(Api.officer(DAK_LAK)).body(dossier(dakLakCycle, "not-a-uuid", "NEW")).post(DOSSIERS),
        400,
        "MALFORMED_REQUEST",
        "productId",
        "type");
  }

  @Test
  void aProductTheRegistryHasNotAnnouncedIsUnprocessable() {
    fieldProblem(
        Api.as(Api.officer(DAK_LAK))
            .body(dossier(dakLakCycle, UUID.randomUUID().toString(), "NEW"))
            .post(DOSSIERS),
        422,
        "UNPROCESSABLE",
        "productId",
        "known");
  }

  @Test
  void anUpgradeOfAProductWithoutCertificateIsRefused() {
    Registry.Product product = Registry.registerProduct(DAK_LAK, "Mắc ca Đắk Lắk");
    problem(
        Api.as(Api.officer(DAK_LAK))
            .body(dossier(dakLakCycle, product.productId().toString(), "UPGRADE"))
            .post(DOSSIERS),
        409,
        "NOT_UPGRADABLE");
  }

  @Test
  void aCycleOfAnotherProvinceIsNotFound() {
    problem(
        Api.as(Api.officer(DAK_LAK))
            .body(dossier(haTinhCycle, dakLakProduct.productId().toString(), "NEW"))
            .post(DOSSIERS),
        404,
        "NOT_FOUND");
    problem(
        Api.as(Api.officer(DAK_LAK))
            .body(
                dossier(UUID.randomUUID().toString(), dakLakProduct.productId().toString(), "NEW"))
            .post(DOSSIERS),
        404,
        "NOT_FOUND");
  }

  @Test
  void aProductOfAnotherProvinceIsNotFoundForAProvinceOfficer() {
    problem(
        Api.as(Api.officer(DAK_LAK))
            .body(dossier(dakLakCycle, haTinhProduct.productId().toString(), "NEW"))
            .post(DOSSIERS),
        404,
        "NOT_FOUND");
    fieldProblem(
        Api.as(Api.admin())
            .body(dossier(dakLakCycle, haTinhProduct.productId().toString(), "NEW"))
            .post(DOSSIERS),
        422,
        "UNPROCESSABLE",
        "productId",
        "sameProvince");
  }

  @Test
  void aProductHasOneDossierPerCycle() {
    problem(
        Api.as(Api.officer(DAK_LAK))
            .body(dossier(dakLakCycle, dakLakProduct.productId().toString(), "NEW"))
            .post(DOSSIERS),
        409,
        "DOSSIER_EXISTS");
  }

  @Test
  void aForeignDossierIsNotFoundAndNotListed() {
    problem(Api.as(Api.officer(HA_TINH)).get(DOSSIERS + "/{id}", dakLakDossier), 404, "NOT_FOUND");
    problem(
        Api.as(Api.member("dl.member", DAK_LAK)).get(DOSSIERS + "/{id}", dakLakDossier),
        404,
        "NOT_FOUND");
    problem(
        Api.as(Api.officer(HA_TINH))
            .body(Map.of("dossierId", dakLakDossier))
            .post(Sessions.SESSIONS + "/{id}/dossiers", haTinhSession),
        404,
        "NOT_FOUND");
    Api.as(Api.officer(HA_TINH))
        .queryParam("pageSize", 200)
        .get(DOSSIERS)
        .then()
        .statusCode(200)
        .body("items.provinceCode", everyItem(equalTo(HA_TINH)));
    Api.as(Api.officer(DAK_LAK))
        .queryParam("cycleId", dakLakCycle)
        .get(DOSSIERS)
        .then()
        .statusCode(200)
        .body("items.id", org.hamcrest.Matchers.contains(dakLakDossier))
        .body("pager.total", equalTo(1));
  }

  @Test
  void aSessionOfAnotherProvinceCannotTakeTheDossier() {
    String assign = Sessions.SESSIONS + "/{id}/dossiers";
    problem(
        Api.as(Api.officer(DAK_LAK))
            .body(Map.of("dossierId", dakLakDossier))
            .post(assign, haTinhSession),
        404,
        "NOT_FOUND");
    fieldProblem(
        Api.as(Api.admin()).body(Map.of("dossierId", dakLakDossier)).post(assign, haTinhSession),
        422,
        "UNPROCESSABLE",
        "dossierId",
        "sameProvince");
    fieldProblem(
        Api.as(Api.officer(DAK_LAK)).body("{}").post(assign, dakLakSession),
        400,
        "VALIDATION_FAILED",
        "dossierId",
        "NotNull");
    Api.as(Api.officer(DAK_LAK))
        .get(DOSSIERS + "/{id}", dakLakDossier)
        .then()
        .body("status", equalTo("SUBMITTED"))
        .body("councilId", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void aDossierSitsBeforeOneActiveSessionAtATime() {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    before = Tables.snapshot();
    problem(
        Api.as(Api.officer(DAK_LAK))
            .body(Map.of("dossierId", scoring.dossierId()))
            .post(Sessions.SESSIONS + "/{id}/dossiers", dakLakSession),
        409,
        "DOSSIER_IN_SESSION");
    Api.as(Api.officer(DAK_LAK))
        .get(DOSSIERS + "/{id}", scoring.dossierId())
        .then()
        .body("councilId", equalTo(scoring.councilId()));
  }

  @Test
  void councilMembersCannotSubmitDossiers() {
    problem(
        Api.as(Api.member("dl.member", DAK_LAK))
            .body(dossier(dakLakCycle, dakLakProduct.productId().toString(), "NEW"))
            .post(DOSSIERS),
        403,
        "FORBIDDEN");
  }

  private static Map<String, String> dossier(String cycleId, String productId, String kind) {
    return Map.of("cycleId", cycleId, "productId", productId, "kind", kind);
  }
}
