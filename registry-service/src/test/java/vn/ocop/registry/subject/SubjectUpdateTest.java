package vn.ocop.registry.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.support.Fixtures.BUON_MA_THUOT;
import static vn.ocop.registry.support.Fixtures.DAK_LAK;
import static vn.ocop.registry.support.Fixtures.OFFICER_01;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.as;
import static vn.ocop.registry.support.Fixtures.personalId;
import static vn.ocop.registry.support.Fixtures.registerSubject;
import static vn.ocop.registry.support.Fixtures.subjectInDakLak;
import static vn.ocop.registry.support.Fixtures.taxCode;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
class SubjectUpdateTest {
  private static final String PATH = "/api/registry/v1/subjects/";
  private static final String SONG_CAU = "22051";

  @Test
  void officerRenamesAndMovesASubjectAndTheChangeIsAnnouncedWithOldAndNewState() {
    UUID id = subjectInDakLak();

    JsonPath updated =
        as(OFFICER_66)
            .body(
                """
                {"version":0,"name":"HTX Nông nghiệp Ea Tu","communeCode":"%s",\
                "womanLed":true}"""
                    .formatted(SONG_CAU))
            .patch(PATH + id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(updated.getString("name")).isEqualTo("HTX Nông nghiệp Ea Tu");
    assertThat(updated.getString("communeCode")).isEqualTo(SONG_CAU);
    assertThat(updated.getString("place.communeName")).isEqualTo("Phường Sông Cầu");
    assertThat(updated.getString("place.currentProvinceName")).isEqualTo("Đắk Lắk");
    assertThat(updated.getBoolean("womanLed")).isTrue();
    assertThat(updated.getLong("version")).isEqualTo(1);
    assertThat(updated.getString("updatedAt")).isNotNull();

    ConsumerRecord<String, String> record =
        TestKafka.awaitRecord(
            Topics.REGISTRY_SUBJECT,
            r -> id.toString().equals(r.key()) && r.value().contains(EventTypes.SUBJECT_UPDATED));
    JsonNode data = TestKafka.json(record.value()).get("data");
    assertThat(data.get("before").get("name").asText()).isEqualTo("HTX Cà phê Ea Tu");
    assertThat(data.get("after").get("name").asText()).isEqualTo("HTX Nông nghiệp Ea Tu");
    assertThat(data.get("before").get("communeCode").asText()).isEqualTo(BUON_MA_THUOT);
    assertThat(data.get("after").get("communeCode").asText()).isEqualTo(SONG_CAU);
    assertThat(data.get("after").get("womanLed").asBoolean()).isTrue();
    assertThat(TestKafka.toJson(data.get("changedFields")))
        .isEqualTo("[\"name\",\"communeCode\",\"womanLed\"]");
  }

  @Test
  void aStaleVersionIsRefusedAndChangesNothing() {
    UUID id = subjectInDakLak();
    as(OFFICER_66)
        .body("{\"version\":0,\"name\":\"Tên mới\"}")
        .patch(PATH + id)
        .then()
        .statusCode(200);

    as(OFFICER_66)
        .body("{\"version\":0,\"name\":\"Tên khác\"}")
        .patch(PATH + id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("SUBJECT_VERSION_CONFLICT"));
    assertThat(Db.count("select count(*) from subject where id = ? and name = 'Tên mới'", id))
        .isEqualTo(1);
  }

  @Test
  void aSubjectMemberChangesItsContactsButNotItsRecord() {
    UUID id = subjectInDakLak();
    String member = TestTokens.subjectMember("htx.member", DAK_LAK, id);
    long eventsBefore = events(id);

    as(member)
        .body("{\"version\":0,\"phone\":\"0912 345 678\",\"email\":\"htx@example.vn\"}")
        .patch(PATH + id)
        .then()
        .statusCode(200)
        .body("phone", equalTo("0912345678"))
        .body("email", equalTo("htx@example.vn"));
    // Contacts are personal data and stay out of events.
    assertThat(events(id)).isEqualTo(eventsBefore);

    as(member)
        .body("{\"version\":1,\"womanLed\":true}")
        .patch(PATH + id)
        .then()
        .statusCode(403)
        .body("code", equalTo("SUBJECT_FIELDS_OFFICER_ONLY"));
    as(TestTokens.subjectMember("other.member", DAK_LAK, UUID.randomUUID()))
        .body("{\"version\":1,\"phone\":\"0912345000\"}")
        .patch(PATH + id)
        .then()
        .statusCode(404);
  }

  @Test
  void anotherProvincesOfficerCannotFindIt() {
    UUID id = subjectInDakLak();
    as(OFFICER_01)
        .body("{\"version\":0,\"name\":\"X\"}")
        .patch(PATH + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void aSubjectMovesOnlyWithinItsProvince() {
    UUID id = subjectInDakLak();
    as(OFFICER_66)
        .body("{\"version\":0,\"communeCode\":\"00004\"}")
        .patch(PATH + id)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("communeCode"))
        .body("errors[0].rule", equalTo("CommuneInProvince"));
  }

  @Test
  void badContactsAreRefusedNamingTheField() {
    UUID id = subjectInDakLak();
    as(OFFICER_66)
        .body("{\"version\":0,\"phone\":\"gọi tôi\"}")
        .patch(PATH + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("phone"))
        .body("errors[0].rule", equalTo("Phone"));
    as(OFFICER_66)
        .body("{\"version\":0,\"email\":\"htx.example.vn\"}")
        .patch(PATH + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("email"))
        .body("errors[0].rule", equalTo("Email"));
    as(OFFICER_66)
        .body("{\"name\":\"no version\"}")
        .patch(PATH + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("version"));
  }

  @Test
  void aHouseholdBusinessKeepsItsLegacyTaxCodeThenTakesItsPersonalId() {
    String legacy = taxCode();
    String created =
        registerSubject(
                OFFICER_66,
                """
                {"type":"HOUSEHOLD_BUSINESS","identifierKind":"TAX_CODE","identifier":"%s",\
                "name":"Hộ kinh doanh Mật ong H'Nga","communeCode":"%s","womanLed":true,\
                "ethnicMinorityLed":true}"""
                    .formatted(legacy, BUON_MA_THUOT))
            .statusCode(201)
            .body("identifierKind", equalTo("TAX_CODE"))
            .extract()
            .path("id");

    String pid = personalId();
    as(OFFICER_66)
        .body(
            "{\"version\":0,\"identifierKind\":\"PERSONAL_ID\",\"identifier\":\"%s\"}"
                .formatted(pid))
        .patch(PATH + created)
        .then()
        .statusCode(200)
        .body("identifierKind", equalTo("PERSONAL_ID"))
        .body("identifier", equalTo(pid));
  }

  @Test
  void aCooperativeIsNotIdentifiedByAPersonalId() {
    registerSubject(
            OFFICER_66,
            """
            {"type":"COOPERATIVE","identifierKind":"PERSONAL_ID","identifier":"%s",\
            "name":"HTX X","communeCode":"%s","womanLed":false,"ethnicMinorityLed":false}"""
                .formatted(personalId(), BUON_MA_THUOT))
        .statusCode(400)
        .body("errors[0].field", equalTo("identifierKind"))
        .body("errors[0].rule", equalTo("IdentifierKindOfType"));
  }

  @Test
  void anIdentifierTakenByAnotherSubjectIsRefused() {
    String tax = taxCode();
    registerSubject(
            OFFICER_66, vn.ocop.registry.support.Fixtures.cooperative(tax, null, BUON_MA_THUOT))
        .statusCode(201);
    UUID other = subjectInDakLak();
    as(OFFICER_66)
        .body("{\"version\":0,\"identifier\":\"%s\"}".formatted(tax))
        .patch(PATH + other)
        .then()
        .statusCode(409)
        .body("code", equalTo("SUBJECT_IDENTIFIER_TAKEN"));
  }

  private static long events(UUID id) {
    return Db.count("select count(*) from outbox_event where message_key = ?", id.toString());
  }
}
