package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static vn.ocop.rating.support.Dossiers.DOSSIERS;
import static vn.ocop.rating.support.Problems.fieldProblem;
import static vn.ocop.rating.support.Problems.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Dossiers;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.Registry;
import vn.ocop.rating.support.Tables;

/** Evidence files with checksums, their limits, and copies of dossiers with their differences. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class EvidenceTest {
  static final String DAK_LAK = Api.DAK_LAK;

  @Test
  void anUploadedFileIsIndexedByCriterionWithItsChecksumAndDownloadsByteIdentical() {
    Registry.Product product = Dossiers.productInCommune(DAK_LAK, "24200");
    String subject = Dossiers.subject(product);
    String id = Dossiers.open(subject, Fixtures.openCycle(DAK_LAK), product, "NEW");
    byte[] content = new byte[300_000];
    new Random(7).nextBytes(content);
    String checksum = Dossiers.sha256(content);

    String evidenceId =
        Api.as(subject)
            .contentType("application/pdf")
            .header("X-File-Name", "ki%E1%BB%83m-nghi%E1%BB%87m.pdf")
            .queryParam("title", "Phiếu kết quả kiểm nghiệm")
            .queryParam("kind", "TEST_REPORT")
            .queryParam("criterion", "A1a", "B4a")
            .body(content)
            .post(DOSSIERS + "/{id}/evidence", id)
            .then()
            .statusCode(201)
            .body("checksum", equalTo(checksum))
            .body("sizeBytes", equalTo(300_000))
            .body("fileName", equalTo("kiểm-nghiệm.pdf"))
            .body("mediaType", startsWith("application/pdf"))
            .body("criteria", contains("A1a", "B4a"))
            .extract()
            .path("id");

    Api.as(Api.officer(DAK_LAK))
        .get(DOSSIERS + "/{id}/evidence", id)
        .then()
        .statusCode(200)
        .body("files", equalTo(1))
        .body("criteria.criterionCode", contains("A1a", "B4a"))
        .body("criteria[1].evidence[0].id", equalTo(evidenceId));

    Response download =
        Api.as(Dossiers.communeOfficer(DAK_LAK, "24200"))
            .get(DOSSIERS + "/{id}/evidence/{e}/content", id, evidenceId);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.asByteArray()).isEqualTo(content);
    assertThat(download.header("ETag")).isEqualTo("\"" + checksum + "\"");
    assertThat(download.header("Digest"))
        .isEqualTo(
            "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(checksum)));
    assertThat(download.contentType()).startsWith("application/pdf");

    // The same bytes again: a second index entry, one stored blob.
    Dossiers.upload(subject, id, content, "Bản sao phiếu kiểm nghiệm", "A1b");
    assertThat(
            Tables.count(
                "select count(*) from evidence_blob where checksum = ?", List.of(checksum)))
        .isEqualTo(1);

    // Another subject cannot see it.
    Registry.Product other = Dossiers.productInCommune(DAK_LAK, "24200");
    problem(
        Api.as(Dossiers.subject(other))
            .get(DOSSIERS + "/{id}/evidence/{e}/content", id, evidenceId),
        404,
        "NOT_FOUND");
    problem(
        Api.as(Api.nationalOfficer())
            .contentType("application/pdf")
            .header("X-File-Name", "a.pdf")
            .queryParam("title", "x")
            .queryParam("kind", "OTHER")
            .queryParam("criterion", "A1b")
            .body(content)
            .post(DOSSIERS + "/{id}/evidence", id),
        403,
        "FORBIDDEN");
  }

  @Test
  void badUploadsAreRefusedNamingTheFieldAndWriteNothing() {
    Registry.Product product = Dossiers.productInCommune(DAK_LAK, "24201");
    String subject = Dossiers.subject(product);
    String id = Dossiers.open(subject, Fixtures.openCycle(DAK_LAK), product, "NEW");
    Map<String, Long> before = counts();

    Response bad =
        Api.as(subject)
            .contentType("application/pdf")
            .queryParam("title", " ")
            .queryParam("kind", "VIDEO")
            .queryParam("criterion", "D1", "A9z", "A1a")
            .body(new byte[] {1, 2, 3})
            .post(DOSSIERS + "/{id}/evidence", id);
    fieldProblem(bad, 400, "VALIDATION_FAILED", "title", "NotBlank");
    fieldProblem(bad, 400, "VALIDATION_FAILED", "kind", "EvidenceKind");
    fieldProblem(bad, 400, "VALIDATION_FAILED", "criterion", "CriterionCode");
    // Shaped like a code, but the coffee sheet (set 13) has no such criterion.
    fieldProblem(bad, 400, "VALIDATION_FAILED", "criterion", "OnTheSheet");
    fieldProblem(bad, 400, "VALIDATION_FAILED", "X-File-Name", "NotBlank");

    byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
    fieldProblem(
        Api.as(subject)
            .contentType("application/pdf")
            .header("X-File-Name", "big.pdf")
            .queryParam("title", "Quá lớn")
            .queryParam("kind", "PHOTO")
            .queryParam("criterion", "A1a")
            .body(tooLarge)
            .post(DOSSIERS + "/{id}/evidence", id),
        413,
        "EVIDENCE_TOO_LARGE",
        "body",
        "MaxBytes");
    assertThat(counts()).isEqualTo(before);

    // Submitted: the index is frozen.
    String evidenceId = Dossiers.upload(subject, id, new byte[] {9}, "Ảnh sản phẩm", "B4b");
    Api.as(subject).post(DOSSIERS + "/{id}/submission", id).then().statusCode(200);
    before = counts();
    problem(
        Api.as(subject).delete(DOSSIERS + "/{id}/evidence/{e}", id, evidenceId),
        409,
        "DOSSIER_NOT_EDITABLE");
    problem(
        Api.as(subject)
            .contentType("image/jpeg")
            .header("X-File-Name", "b.jpg")
            .queryParam("title", "Ảnh")
            .queryParam("kind", "PHOTO")
            .queryParam("criterion", "B4b")
            .body(new byte[] {5})
            .post(DOSSIERS + "/{id}/evidence", id),
        409,
        "DOSSIER_NOT_EDITABLE");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void anUpgradeStartsAsACopyOfTheLastDossierSharingItsFilesAndShowsWhatChanged() {
    Registry.Product product = Dossiers.productInCommune(DAK_LAK, "24202");
    String subject = Dossiers.subject(product);
    String first = Dossiers.open(subject, Fixtures.openCycle(DAK_LAK), product, "NEW");
    byte[] label = "nhãn 2023".getBytes(StandardCharsets.UTF_8);
    byte[] report = "kiểm nghiệm 2023".getBytes(StandardCharsets.UTF_8);
    byte[] contract = "hợp đồng 2023".getBytes(StandardCharsets.UTF_8);
    Dossiers.upload(subject, first, label, "Nhãn sản phẩm", "B4c");
    String oldReport = Dossiers.upload(subject, first, report, "Phiếu kiểm nghiệm", "A1a");
    Dossiers.upload(subject, first, contract, "Hợp đồng nguyên liệu", "A2a");
    Api.as(subject)
        .body(Map.of("contactName", "Nguyễn Thị Hoa", "coverNote", "Hồ sơ 2023"))
        .put(DOSSIERS + "/{id}/cover", first)
        .then()
        .statusCode(200);
    Api.as(subject).post(DOSSIERS + "/{id}/submission", first).then().statusCode(200);
    Dossiers.issueCertificate(product, 3, "ISSUED", LocalDate.now().plusYears(2));

    long blobs = Tables.count("evidence_blob");
    String upgrade = Dossiers.open(subject, Fixtures.openCycle(DAK_LAK), product, "UPGRADE");
    assertThat(Tables.count("evidence_blob")).isEqualTo(blobs);
    Api.as(subject)
        .get(DOSSIERS + "/{id}", upgrade)
        .then()
        .body("previousDossierId", equalTo(first))
        .body("startedEmpty", equalTo(false))
        .body("contactName", equalTo("Nguyễn Thị Hoa"));
    Api.as(subject)
        .get(DOSSIERS + "/{id}/evidence", upgrade)
        .then()
        .body("files", equalTo(3))
        .body("criteria.criterionCode", contains("A1a", "A2a", "B4c"));
    Api.as(subject)
        .get(DOSSIERS + "/{id}/changes", upgrade)
        .then()
        .body("added", hasSize(0))
        .body("removed", hasSize(0))
        .body("replaced", hasSize(0))
        .body("unchanged", equalTo(3));

    // Replace the report, drop the contract, add a photo, change the contact.
    List<Map<String, Object>> copied =
        Api.as(subject)
            .get(DOSSIERS + "/{id}/evidence", upgrade)
            .then()
            .extract()
            .path("criteria.evidence.flatten()");
    String copiedReport = id(copied, "Phiếu kiểm nghiệm");
    String copiedContract = id(copied, "Hợp đồng nguyên liệu");
    assertThat(copied)
        .filteredOn(e -> e.get("title").equals("Phiếu kiểm nghiệm"))
        .extracting(e -> e.get("copiedFromId"))
        .containsExactly(oldReport);
    Api.as(subject)
        .delete(DOSSIERS + "/{id}/evidence/{e}", upgrade, copiedReport)
        .then()
        .statusCode(204);
    Api.as(subject)
        .delete(DOSSIERS + "/{id}/evidence/{e}", upgrade, copiedContract)
        .then()
        .statusCode(204);
    byte[] newReport = "kiểm nghiệm 2026".getBytes(StandardCharsets.UTF_8);
    Dossiers.upload(subject, upgrade, newReport, "Phiếu kiểm nghiệm", "A1a");
    Dossiers.upload(subject, upgrade, "ảnh".getBytes(StandardCharsets.UTF_8), "Ảnh cơ sở", "C7a");
    Api.as(subject)
        .body(Map.of("contactName", "Trần Văn Nam", "coverNote", "Hồ sơ 2023"))
        .put(DOSSIERS + "/{id}/cover", upgrade)
        .then()
        .statusCode(200);

    Api.as(Api.officer(DAK_LAK))
        .get(DOSSIERS + "/{id}/changes", upgrade)
        .then()
        .statusCode(200)
        .body("previousDossierId", equalTo(first))
        .body("added.title", contains("Ảnh cơ sở"))
        .body("removed.title", contains("Hợp đồng nguyên liệu"))
        .body("replaced[0].before.checksum", equalTo(Dossiers.sha256(report)))
        .body("replaced[0].after.checksum", equalTo(Dossiers.sha256(newReport)))
        .body("unchanged", equalTo(1))
        .body("coverChanges.field", contains("contactName"))
        .body("coverChanges[0].before", equalTo("Nguyễn Thị Hoa"))
        .body("coverChanges[0].after", equalTo("Trần Văn Nam"));
    // The earlier dossier kept its own index.
    Api.as(subject).get(DOSSIERS + "/{id}/evidence", first).then().body("files", equalTo(3));
  }

  private static String id(List<Map<String, Object>> items, String title) {
    return items.stream()
        .filter(e -> e.get("title").equals(title))
        .map(e -> (String) e.get("id"))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Long> counts() {
    return Map.of(
        "evidence", Tables.count("evidence"),
        "evidence_blob", Tables.count("evidence_blob"),
        "evidence_criterion", Tables.count("evidence_criterion"),
        "outbox_event", Tables.count("outbox_event"));
  }
}
