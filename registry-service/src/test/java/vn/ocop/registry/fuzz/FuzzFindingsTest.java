package vn.ocop.registry.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.ocop.registry.support.Fixtures.ADMIN;
import static vn.ocop.registry.support.Fixtures.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.registry.support.Db;

/** Answers the fuzzing found wrong, each held here by a plain test. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class FuzzFindingsTest {

  @Test
  void aQueryParameterThatIsNotOfItsTypeIsA400NamingItNotA404() {
    as(ADMIN)
        .queryParam("productId", "not-a-uuid")
        .get("/api/registry/v1/certificates")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("productId"))
        .body("errors[0].rule", equalTo("UUID"));
    // The paging parameters come from a @BeanParam: named all the same.
    as(ADMIN)
        .queryParam("page", "Infinity")
        .get("/api/registry/v1/subjects")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("page"))
        .body("errors[0].rule", equalTo("Integer"));
  }

  @Test
  void aMalformedPathIdIsStillNotFound() {
    as(ADMIN)
        .get("/api/registry/v1/subjects/not-a-uuid")
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
  }

  @Test
  void aRecordIdHoldingNulIsRefusedNotA500() {
    as(ADMIN)
        .urlEncodingEnabled(false)
        .get("/api/registry/v1/audit/Subject/a%00b")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("recordId"))
        .body("errors[0].rule", equalTo("NoNul"));
  }

  @Test
  void aQueryParameterHoldingNulIsRefusedNamingIt() {
    as(ADMIN)
        .urlEncodingEnabled(false)
        .get("/api/registry/v1/certificates?provinceCode=6%006")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("provinceCode"))
        .body("errors[0].rule", equalTo("NoNul"));
    // A parameter the operation does not read is ignored, whatever it holds.
    as(ADMIN)
        .urlEncodingEnabled(false)
        .get("/api/registry/v1/product-sets?unknown=%00")
        .then()
        .statusCode(200);
  }

  @Test
  void aBodyTextHoldingNulIsRefusedNamingTheFieldAndNothingIsWritten() {
    long products = Db.count("select count(*) from product");
    as(ADMIN)
        .contentType("application/json")
        .body(
            "{\"subjectId\":\"c2f8d46b-1591-44f6-9ccd-f9f1d7f1e104\",\"name\":\"Cà phê bột Ea Tu\","
                + "\"productSet\":13,\"description\":\"rang \\u0000 mộc\"}")
        .post("/api/registry/v1/products")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("MALFORMED_REQUEST"))
        .body("errors[0].field", equalTo("description"))
        .body("errors[0].rule", equalTo("NoNul"));
    assertThat(Db.count("select count(*) from product")).isEqualTo(products);
  }
}
