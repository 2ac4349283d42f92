package vn.ocop.registry.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.support.Fixtures.DAK_LAK;
import static vn.ocop.registry.support.Fixtures.OFFICER_01;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.as;
import static vn.ocop.registry.support.Fixtures.productOf;
import static vn.ocop.registry.support.Fixtures.subjectInDakLak;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestKafka;
import vn.ocop.devstack.TestTokens;
import vn.ocop.registry.support.Db;

@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class ProductUpdateTest {
  private static final String PATH = "/api/registry/v1/products/";

  @Test
  void officerMovesAProductToAnotherSetAndTheChangeIsAnnounced() {
    UUID id = productOf(OFFICER_66, subjectInDakLak());

    as(OFFICER_66)
        .body("{\"version\":0,\"name\":\"Trà cà phê Ea Tu\",\"productSet\":14}")
        .patch(PATH + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Trà cà phê Ea Tu"))
        .body("productSet", equalTo(14))
        .body("version", equalTo(1))
        .body("place.currentProvinceCode", equalTo(DAK_LAK));

    JsonNode data =
        TestKafka.json(
                TestKafka.awaitRecord(
                        Topics.REGISTRY_PRODUCT,
                        r ->
                            id.toString().equals(r.key())
                                && r.value().contains(EventTypes.PRODUCT_UPDATED))
                    .value())
            .get("data");
    assertThat(data.get("before").get("productSet").asInt()).isEqualTo(13);
    assertThat(data.get("after").get("productSet").asInt()).isEqualTo(14);
    assertThat(data.get("after").get("name").asText()).isEqualTo("Trà cà phê Ea Tu");
    assertThat(TestKafka.toJson(data.get("changedFields")))
        .isEqualTo("[\"name\",\"productSet\",\"productGroup\"]");
  }

  @Test
  void aSubjectHasOneProductOfAName() {
    UUID subject = subjectInDakLak();
    String body =
        "{\"subjectId\":\"%s\",\"name\":\"Mật ong hoa cà phê\",\"productSet\":5}"
            .formatted(subject);
    as(OFFICER_66).body(body).post("/api/registry/v1/products").then().statusCode(201);
    long before = Db.writes();
    as(OFFICER_66)
        .body(body.replace("Mật ong hoa cà phê", "MẬT ONG HOA CÀ PHÊ"))
        .post("/api/registry/v1/products")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("PRODUCT_DUPLICATE"));
    assertThat(Db.writes()).isEqualTo(before);
  }

  @Test
  void discontinuingFollowsTheStateMachineAndIsAnnounced() {
    UUID id = productOf(OFFICER_66, subjectInDakLak());
    String discontinue =
        "{\"version\":%d,\"status\":\"DISCONTINUED\",\"reason\":\"Ngừng sản xuất\"}";

    as(OFFICER_66)
        .body(discontinue.formatted(0))
        .post(PATH + id + "/status")
        .then()
        .statusCode(200)
        .body("status", equalTo("DISCONTINUED"))
        .body("statusReason", equalTo("Ngừng sản xuất"));
    JsonNode data =
        TestKafka.json(
                TestKafka.awaitRecord(
                        Topics.REGISTRY_PRODUCT,
                        r ->
                            id.toString().equals(r.key())
                                && r.value().contains(EventTypes.PRODUCT_STATUS_CHANGED))
                    .value())
            .get("data");
    assertThat(data.get("before").get("status").asText()).isEqualTo("REGISTERED");
    assertThat(data.get("after").get("status").asText()).isEqualTo("DISCONTINUED");

    as(OFFICER_66)
        .body(discontinue.formatted(1))
        .post(PATH + id + "/status")
        .then()
        .statusCode(409)
        .body("code", equalTo("PRODUCT_TRANSITION_NOT_ALLOWED"));
  }

  @Test
  void onlyItsProvincesOfficersChangeAProduct() {
    UUID subject = subjectInDakLak();
    UUID id = productOf(OFFICER_66, subject);
    as(OFFICER_01).body("{\"version\":0,\"name\":\"X\"}").patch(PATH + id).then().statusCode(404);
    as(TestTokens.subjectMember("member", DAK_LAK, subject))
        .body("{\"version\":0,\"name\":\"X\"}")
        .patch(PATH + id)
        .then()
        .statusCode(403);
    as(OFFICER_66)
        .body("{\"version\":0,\"productSet\":27}")
        .patch(PATH + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("productSet"))
        .body("errors[0].rule", equalTo("KnownProductSet"));
    assertThat(Db.count("select version from product where id = ?", id)).isZero();
  }
}
