package vn.ocop.registry.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.ocop.registry.support.Fixtures.ADMIN;
import static vn.ocop.registry.support.Fixtures.BA_DINH;
import static vn.ocop.registry.support.Fixtures.BUON_MA_THUOT;
import static vn.ocop.registry.support.Fixtures.DAK_LAK;
import static vn.ocop.registry.support.Fixtures.NATIONAL;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.as;
import static vn.ocop.registry.support.Fixtures.cooperative;
import static vn.ocop.registry.support.Fixtures.personalId;
import static vn.ocop.registry.support.Fixtures.registerSubject;
import static vn.ocop.registry.support.Fixtures.taxCode;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestKafka;
import vn.ocop.registry.support.Db;

@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class SubjectRegistrationTest {

  @Test
  void provinceOfficerRegistersACooperativeInTheirProvinceAndReadsItBack() {
    String tax = taxCode();
    String decomposedName = Normalizer.normalize("HTX Cà phê Ea Tu", Normalizer.Form.NFD);
    String body = cooperative(tax, null, BUON_MA_THUOT).replace("HTX Cà phê Ea Tu", decomposedName);

    ExtractableResponse<Response> created =
        registerSubject(OFFICER_66, body).statusCode(201).extract();
    String id = created.path("id");

    assertThat(created.header("Location")).endsWith("/api/registry/v1/subjects/" + id);
    assertThat(created.jsonPath().getMap("$"))
        .containsEntry("type", "COOPERATIVE")
        .containsEntry("identifierKind", "TAX_CODE")
        .containsEntry("identifier", tax)
        .containsEntry("name", "HTX Cà phê Ea Tu")
        .containsEntry("provinceCode", DAK_LAK)
        .containsEntry("communeCode", BUON_MA_THUOT)
        .containsEntry("representative", "Y Bhim Niê")
        .containsEntry("womanLed", false)
        .containsEntry("ethnicMinorityLed", true)
        .containsKey("createdAt");
    assertThat(created.<String>path("name"))
        .as("stored NFC-normalised")
        .isEqualTo(Normalizer.normalize(decomposedName, Normalizer.Form.NFC));

    as(OFFICER_66)
        .get("/api/registry/v1/subjects/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("identifier", equalTo(tax))
        .body("name", equalTo("HTX Cà phê Ea Tu"));

    List<String> listed =
        as(OFFICER_66)
            .queryParam("pageSize", 200)
            .get("/api/registry/v1/subjects")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertThat(listed).contains(id);
  }

  @Test
  void nationalOfficerNamesTheProvinceOfANewSubject() {
    registerSubject(NATIONAL, cooperative(taxCode(), DAK_LAK, BUON_MA_THUOT))
        .statusCode(201)
        .body("provinceCode", equalTo(DAK_LAK));
  }

  @Test
  void householdBusinessIsIdentifiedByTheRepresentativesPersonalId() {
    String id = personalId();
    registerSubject(
            OFFICER_66,
            """
            {"type":"HOUSEHOLD_BUSINESS","identifier":"%s","name":"Hộ kinh doanh Mật ong H'Nga",\
            "communeCode":"24133","representative":"H'Nga Mlô","womanLed":true}"""
                .formatted(id))
        .statusCode(201)
        .body("identifierKind", equalTo("PERSONAL_ID"))
        .body("identifier", equalTo(id))
        .body("womanLed", equalTo(true))
        .body("ethnicMinorityLed", equalTo(false));
  }

  @Test
  void cooperativeGroupIsRegisteredWithoutAnIdentifier() {
    registerSubject(
            ADMIN,
            """
            {"type":"COOPERATIVE_GROUP","name":"Tổ hợp tác dệt thổ cẩm Buôn Đôn",\
            "provinceCode":"66","communeCode":"24133"}""")
        .statusCode(201)
        .body("identifierKind", equalTo("NONE"))
        .body("identifier", nullValue());
  }

  @Test
  void branchTaxCodeIsAccepted() {
    String branch = taxCode() + "-001";
    registerSubject(
            OFFICER_66,
            cooperative(branch, null, BUON_MA_THUOT).replace("COOPERATIVE", "ENTERPRISE"))
        .statusCode(201)
        .body("type", equalTo("ENTERPRISE"))
        .body("identifier", equalTo(branch));
  }

  @Test
  void registeredSubjectIsAnnouncedOnKafkaThroughTheOutbox() {
    String tax = taxCode();
    String id =
        registerSubject(OFFICER_66, cooperative(tax, null, BUON_MA_THUOT))
            .statusCode(201)
            .extract()
            .path("id");

    ConsumerRecord<String, String> record =
        TestKafka.awaitRecord(Topics.REGISTRY_SUBJECT, r -> id.equals(r.key()));
    JsonNode event = TestKafka.json(record.value());

    assertThat(event.path("specversion").asText()).isEqualTo("1.0");
    assertThat(UUID.fromString(event.path("id").asText())).isNotNull();
    assertThat(event.path("source").asText()).isEqualTo("/ocop/registry-service");
    assertThat(event.path("type").asText()).isEqualTo(EventTypes.SUBJECT_REGISTERED);
    assertThat(event.path("subject").asText()).isEqualTo(id);
    assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
    assertThat(event.path("time").asText()).isNotBlank();
    JsonNode data = event.path("data");
    assertThat(data.path("subjectId").asText()).isEqualTo(id);
    assertThat(data.path("subjectType").asText()).isEqualTo("COOPERATIVE");
    assertThat(data.path("identifierKind").asText()).isEqualTo("TAX_CODE");
    assertThat(data.path("identifier").asText()).isEqualTo(tax);
    assertThat(data.path("name").asText()).isEqualTo("HTX Cà phê Ea Tu");
    assertThat(data.path("provinceCode").asText()).isEqualTo(DAK_LAK);
    assertThat(data.path("communeCode").asText()).isEqualTo(BUON_MA_THUOT);
    assertThat(Db.count("select count(*) from outbox_event where message_key = ?", id))
        .isEqualTo(1);
  }

  @Test
  void twoSimultaneousRegistrationsOfOneIdentifierCreateOneSubject() throws Exception {
    String body = cooperative(taxCode(), null, BUON_MA_THUOT);
    for (int round = 0; round < 5; round++) {
      String tax = taxCode();
      String sameIdentifier = body.replaceFirst("\\d{10}", tax);
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          answers.add(
              pool.submit(
                  () -> {
                    start.await();
                    return as(OFFICER_66)
                        .body(sameIdentifier)
                        .post("/api/registry/v1/subjects")
                        .then()
                        .extract()
                        .statusCode();
                  }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
          statuses.add(answer.get(30, TimeUnit.SECONDS));
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(Db.count("select count(*) from subject where identifier = ?", tax)).isEqualTo(1);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void duplicateIdentifierIsRefusedWithItsOwnCode() {
    String tax = taxCode();
    registerSubject(OFFICER_66, cooperative(tax, null, BUON_MA_THUOT)).statusCode(201);
    long before = Db.writes();

    registerSubject(NATIONAL, cooperative(tax, "01", BA_DINH).replace("COOPERATIVE", "ENTERPRISE"))
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("SUBJECT_IDENTIFIER_TAKEN"))
        .body("detail", endsWith("is already registered"));

    assertThat(Db.writes()).isEqualTo(before);
    assertThat(Db.count("select count(*) from subject where identifier = ?", tax)).isEqualTo(1);
  }
}
