package vn.ocop.registry.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.support.Fixtures.BUON_MA_THUOT;
import static vn.ocop.registry.support.Fixtures.DAK_LAK;
import static vn.ocop.registry.support.Fixtures.NATIONAL;
import static vn.ocop.registry.support.Fixtures.OFFICER_01;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.as;
import static vn.ocop.registry.support.Fixtures.product;
import static vn.ocop.registry.support.Fixtures.subjectInDakLak;
import static vn.ocop.registry.support.Problems.assertRefused;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestKafka;

@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class ProductRegistrationTest {
  private static final String PATH = "/api/registry/v1/products";

  @Test
  void productTakesItsPlaceFromItsSubjectAndItsGroupFromItsSet() {
    UUID subject = subjectInDakLak();

    ExtractableResponse<Response> created =
        as(OFFICER_66).body(product(subject, 13)).post(PATH).then().statusCode(201).extract();
    String id = created.path("id");

    assertThat(created.header("Location")).endsWith(PATH + "/" + id);
    assertThat(created.jsonPath().getString("name")).startsWith("Cà phê bột Ea Tu");
    assertThat(created.jsonPath().getMap("$"))
        .containsEntry("subjectId", subject.toString())
        .containsEntry("productSet", 13)
        .containsEntry("productSetName", "Cà phê, ca cao")
        .containsEntry("productGroup", 1)
        .containsEntry("provinceCode", DAK_LAK)
        .containsEntry("communeCode", BUON_MA_THUOT)
        .containsEntry("status", "REGISTERED")
        .containsKey("createdAt");

    as(NATIONAL)
        .get(PATH + "/" + id)
        .then()
        .statusCode(200)
        .body("productSetName", equalTo("Cà phê, ca cao"))
        .body("subjectId", equalTo(subject.toString()));

    List<String> ofSubject =
        as(OFFICER_66)
            .queryParam("subjectId", subject.toString())
            .get(PATH)
            .then()
            .statusCode(200)
            .body("pager.total", equalTo(1))
            .extract()
            .path("items.id");
    assertThat(ofSubject).containsExactly(id);
  }

  @Test
  void registeredProductIsAnnouncedOnKafka() {
    UUID subject = subjectInDakLak();
    String id =
        as(OFFICER_66)
            .body(product(subject, 26))
            .post(PATH)
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    JsonNode event =
        TestKafka.json(
            TestKafka.awaitRecord(Topics.REGISTRY_PRODUCT, r -> id.equals(r.key())).value());

    assertThat(event.path("type").asText()).isEqualTo(EventTypes.PRODUCT_REGISTERED);
    assertThat(event.path("subject").asText()).isEqualTo(id);
    JsonNode data = event.path("data");
    assertThat(data.path("productId").asText()).isEqualTo(id);
    assertThat(data.path("subjectId").asText()).isEqualTo(subject.toString());
    assertThat(data.path("productSet").asInt()).isEqualTo(26);
    assertThat(data.path("productGroup").asInt()).isEqualTo(6);
    assertThat(data.path("provinceCode").asText()).isEqualTo(DAK_LAK);
    assertThat(data.path("communeCode").asText()).isEqualTo(BUON_MA_THUOT);
    assertThat(data.path("status").asText()).isEqualTo("REGISTERED");
  }

  @Test
  void productSetOutsideTheTwentySixIsRefused() {
    UUID subject = subjectInDakLak();
    assertRefused(
        as(OFFICER_66),
        PATH,
        product(subject, 27),
        400,
        "VALIDATION_FAILED",
        "productSet",
        "KnownProductSet");
    assertRefused(
        as(OFFICER_66),
        PATH,
        product(subject, 0),
        400,
        "VALIDATION_FAILED",
        "productSet",
        "KnownProductSet");
  }

  @Test
  void productSetThatIsNotANumberIsMalformed() {
    assertRefused(
        as(OFFICER_66),
        PATH,
        product(subjectInDakLak(), "\"coffee\""),
        400,
        "MALFORMED_REQUEST",
        "productSet",
        "type");
  }

  @Test
  void missingNameAndSetAreNamed() {
    assertRefused(
        as(OFFICER_66),
        PATH,
        "{\"subjectId\":\"" + subjectInDakLak() + "\"}",
        400,
        "VALIDATION_FAILED",
        "productSet",
        "NotNull");
    assertRefused(
        as(OFFICER_66),
        PATH,
        "{\"subjectId\":\"" + subjectInDakLak() + "\",\"productSet\":13}",
        400,
        "VALIDATION_FAILED",
        "name",
        "NotBlank");
  }

  @Test
  void productOfAForeignSubjectAnswersNotFound() {
    UUID subjectOfDakLak = subjectInDakLak();
    assertRefused(as(OFFICER_01), PATH, product(subjectOfDakLak, 13), 404, "NOT_FOUND", null, null);
  }

  @Test
  void productOfAnUnknownSubjectAnswersNotFound() {
    assertRefused(as(NATIONAL), PATH, product(UUID.randomUUID(), 13), 404, "NOT_FOUND", null, null);
  }
}
