package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Documents;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.PaperSessions;
import vn.ocop.rating.support.Problems;
import vn.ocop.rating.support.Registry;
import vn.ocop.rating.support.Tables;

/** The minutes, score summary and decision annex served from the database, and who gets them. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class PaperworkEndpointsTest {
  private static final String PDF = "application/pdf";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static String tag;
  private static List<String> members;
  private static String councilId;
  private static UUID sessionId;
  private static String decisionId;
  private static String decisionNumber;

  /**
   * One council session of three dossiers: coffee scored 78/72/70 (73,33, 4★), tea scored 60/62/64
   * (62,00, 3★), honey scored by one member only (81,25, still blind). Coffee and tea are
   * recognised under one decision.
   */
  @BeforeEach
  void aSessionWithTwoResultsAndOneDossierStillBeingScored() {
    // Seeded once, when the first test runs: the HTTP port is known only then.
    if (sessionId != null) {
      return;
    }
    tag = UUID.randomUUID().toString().substring(0, 8);
    members = List.of("chair." + tag, "member1." + tag, "member2." + tag);
    String cycleId = Fixtures.openCycle(Api.DAK_LAK);
    councilId = Fixtures.constituteCouncil(Api.DAK_LAK, members);
    String coffee = dossier(cycleId, "Cà phê bột Ea Tu " + tag);
    String tea = dossier(cycleId, "Trà mãng cầu " + tag);
    String honey = dossier(cycleId, "Mật ong hoa cà phê " + tag);
    score(coffee, "78", "72", "70");
    score(tea, "60", "62", "64");
    score(honey, "81.25");
    sessionId = PaperSessions.group(List.of(coffee, tea, honey));
    decisionNumber = "77" + tag.substring(0, 3) + "/QĐ-UBND";
    decisionId = decide(coffee);
    decide(tea);
  }

  private String dossier(String cycleId, String name) {
    Registry.Product product = Registry.registerProduct(Api.DAK_LAK, name);
    String dossierId = Fixtures.submitDossier(Api.DAK_LAK, cycleId, product.productId());
    Fixtures.assignCouncil(Api.DAK_LAK, dossierId, councilId);
    return dossierId;
  }

  private void score(String dossierId, String... totals) {
    Fixtures.scoreAll(
        new Fixtures.Scoring(null, councilId, dossierId, null, members), Api.DAK_LAK, totals);
  }

  private String decide(String dossierId) {
    return Api.as(Api.officer(Api.DAK_LAK))
        .body(
            Map.of(
                "decisionNumber",
                decisionNumber,
                "decisionDate",
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(),
                "issuingBody",
                "UBND tỉnh Đắk Lắk"))
        .post("/api/rating/v1/dossiers/{id}/recognition", dossierId)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static Response get(String token, String accept, String path, Object id) {
    return Api.as(token).accept(accept).get(path, id);
  }

  @Test
  void theMinutesPdfShowsEachResultAndKeepsTheUnfinishedDossierBlind() {
    Map<String, Long> before = Tables.snapshot();
    Response response =
        get(Api.officer(Api.DAK_LAK), PDF, "/api/rating/v1/sessions/{id}/minutes", sessionId);

    response.then().statusCode(200).contentType(PDF);
    assertThat(response.header("Content-Disposition")).contains(".pdf");
    byte[] pdf = response.asByteArray();
    String text = Documents.pdfText(pdf);
    assertThat(text)
        .contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("BIÊN BẢN HỌP HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP")
        .contains("Hội đồng đánh giá, phân hạng sản phẩm OCOP 66")
        .contains("chair." + tag + " - Chủ tịch hội đồng")
        .contains("member2." + tag + " - Thành viên")
        .contains("Sản phẩm: Cà phê bột Ea Tu " + tag)
        .contains("Chủ thể: Hợp tác xã Nông nghiệp Ea Tu")
        .contains("Bộ sản phẩm: Cà phê, ca cao")
        .contains("Điểm trung bình: 73,33; trung vị: 72,00; chênh lệch cao nhất - thấp nhất: 8,00")
        .contains("Xếp hạng: 4 sao")
        .contains("Điểm trung bình: 62,00; trung vị: 62,00; chênh lệch cao nhất - thấp nhất: 4,00")
        .contains("Xếp hạng: 3 sao")
        .contains("Sản phẩm: Mật ong hoa cà phê " + tag)
        .contains("Kết luận: Chưa có kết quả")
        .contains("Kết luận: Đề nghị công nhận")
        .doesNotContain("81,25");
    assertThat(Documents.embeddedFonts(pdf))
        .anySatisfy(name -> assertThat(name).endsWith("LiberationSans"));
    assertThat(Tables.snapshot()).isEqualTo(before);
  }

  @Test
  void aMemberOfTheCouncilGetsTheMinutesAsXlsx() {
    Response response =
        get(
            Api.member(members.get(1), Api.DAK_LAK),
            XLSX,
            "/api/rating/v1/sessions/{id}/minutes",
            sessionId);

    response.then().statusCode(200).contentType(XLSX);
    Map<String, String> cells = Documents.xlsxCells(response.asByteArray());
    assertThat(cells)
        .containsEntry("A4", "BIÊN BẢN HỌP HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP")
        .containsValue("Cà phê bột Ea Tu " + tag)
        .containsValue("Mật ong hoa cà phê " + tag)
        .containsValue("73.33")
        .containsValue("Chưa có kết quả")
        .doesNotContainValue("81.25");
  }

  @Test
  void theScoreSummaryXlsxHasAColumnPerMemberAndTheMeanAndStars() {
    Response response =
        get(Api.nationalOfficer(), XLSX, "/api/rating/v1/sessions/{id}/score-summary", sessionId);

    response.then().statusCode(200).contentType(XLSX);
    Map<String, String> cells = Documents.xlsxCells(response.asByteArray());
    // Rows follow the product names: Cà phê, Mật ong, Trà.
    assertThat(cells)
        .containsEntry("A4", "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM")
        .containsEntry("D6", "chair." + tag)
        .containsEntry("F6", "member2." + tag)
        .containsEntry("G6", "Điểm trung bình")
        .containsEntry("B7", "Cà phê bột Ea Tu " + tag)
        .containsEntry("D7", "78.00")
        .containsEntry("E7", "72.00")
        .containsEntry("F7", "70.00")
        .containsEntry("G7", "73.33")
        .containsEntry("H7", "4")
        .containsEntry("B8", "Mật ong hoa cà phê " + tag)
        .doesNotContainKey("D8")
        .doesNotContainKey("G8")
        .containsEntry("B9", "Trà mãng cầu " + tag)
        .containsEntry("G9", "62.00")
        .containsEntry("H9", "3");
  }

  @Test
  void theScoreSummaryPdfListsTheTotalsWithADecimalComma() {
    String text =
        Documents.pdfText(
            get(
                    Api.officer(Api.DAK_LAK),
                    PDF,
                    "/api/rating/v1/sessions/{id}/score-summary",
                    sessionId)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());

    assertThat(text)
        .contains("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM")
        .contains("78,00")
        .contains("73,33")
        .contains("62,00")
        .doesNotContain("81,25");
  }

  @Test
  void theAnnexListsEveryProductOfTheDecision() {
    String text =
        Documents.pdfText(
                get(
                        Api.officer(Api.DAK_LAK),
                        PDF,
                        "/api/rating/v1/recognition-decisions/{id}/annex",
                        decisionId)
                    .then()
                    .statusCode(200)
                    .contentType(PDF)
                    .extract()
                    .asByteArray())
            .replaceAll("\\s+", " ");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    String validUntil =
        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .format(today.plusMonths(36).minusDays(1));

    assertThat(text)
        .contains("PHỤ LỤC DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN")
        .contains("Kèm theo Quyết định số " + decisionNumber)
        .contains("Cà phê bột Ea Tu " + tag)
        .contains("Trà mãng cầu " + tag)
        .doesNotContain("Mật ong hoa cà phê " + tag)
        .contains("73,33")
        .contains("62,00")
        .contains("36 tháng, đến ngày " + validUntil);

    Map<String, String> cells =
        Documents.xlsxCells(
            get(Api.admin(), XLSX, "/api/rating/v1/recognition-decisions/{id}/annex", decisionId)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
    assertThat(cells)
        .containsEntry("B8", "Cà phê bột Ea Tu " + tag)
        .containsEntry("C8", "Hợp tác xã Nông nghiệp Ea Tu")
        .containsEntry("E8", "Cà phê, ca cao")
        .containsEntry("F8", "73.33")
        .containsEntry("G8", "4")
        .containsEntry("B9", "Trà mãng cầu " + tag)
        .containsEntry("G9", "3")
        .doesNotContainKey("B10");
  }

  @Test
  void aFormatOtherThanPdfOrXlsxIsNotAcceptable() {
    Problems.problem(
        get(
            Api.officer(Api.DAK_LAK),
            "application/json",
            "/api/rating/v1/sessions/{id}/minutes",
            sessionId),
        406,
        "FORMAT_NOT_ACCEPTABLE");
    Problems.problem(
        get(
            Api.officer(Api.DAK_LAK),
            "text/csv",
            "/api/rating/v1/recognition-decisions/{id}/annex",
            decisionId),
        406,
        "FORMAT_NOT_ACCEPTABLE");
  }

  @Test
  void foreignOfficersAndOtherCouncilsMembersAreToldTheSessionDoesNotExist() {
    Problems.problem(
        get(Api.officer(Api.HA_TINH), PDF, "/api/rating/v1/sessions/{id}/minutes", sessionId),
        404,
        "NOT_FOUND");
    Problems.problem(
        get(
            Api.member("stranger." + tag, Api.DAK_LAK),
            PDF,
            "/api/rating/v1/sessions/{id}/score-summary",
            sessionId),
        404,
        "NOT_FOUND");
    Problems.problem(
        get(
            Api.officer(Api.DAK_LAK),
            PDF,
            "/api/rating/v1/sessions/{id}/minutes",
            UUID.randomUUID()),
        404,
        "NOT_FOUND");
    Problems.problem(
        get(
            Api.officer(Api.HA_TINH),
            PDF,
            "/api/rating/v1/recognition-decisions/{id}/annex",
            decisionId),
        404,
        "NOT_FOUND");
  }

  @Test
  void rolesWithoutPaperworkAreForbiddenAndAnonymousCallersUnauthenticated() {
    Problems.problem(
        get(
            Api.member(members.get(0), Api.DAK_LAK),
            PDF,
            "/api/rating/v1/recognition-decisions/{id}/annex",
            decisionId),
        403,
        "FORBIDDEN");
    Problems.problem(
        get(
            vn.ocop.devstack.TestTokens.subjectMember(
                "subject." + tag, Api.DAK_LAK, UUID.randomUUID()),
            PDF,
            "/api/rating/v1/sessions/{id}/minutes",
            sessionId),
        403,
        "FORBIDDEN");
    Problems.problem(
        Api.anonymous().accept(PDF).get("/api/rating/v1/sessions/{id}/minutes", sessionId),
        401,
        "UNAUTHENTICATED");
  }
}
