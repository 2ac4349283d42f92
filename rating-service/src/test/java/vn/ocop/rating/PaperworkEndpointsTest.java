package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
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
import vn.ocop.rating.support.Sessions;
import vn.ocop.rating.support.SheetAnswers;
import vn.ocop.rating.support.Tables;

/**
 * The minutes, score summary and decision annex of a real council session, served from the
 * database, and who gets them.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class PaperworkEndpointsTest {
  private static final String PDF = "application/pdf";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String CHAIR_NAME = "Nguyễn Văn Ánh";

  private static String tag;
  private static List<String> members;
  private static String chair;
  private static String member1;
  private static String member2;
  private static String absentee;
  private static String secretary;
  private static UUID sessionId;
  private static String decisionId;
  private static String decisionNumber;
  private static SheetAnswers.Missed missed;
  private static String gated;

  /**
   * One OPEN session of a council of four scoring members and a secretary; member 3 is absent. The
   * regulation re-scores totals more than 10 points apart. Five dossiers, rows in product-name
   * order:
   *
   * <pre>
   * Cà phê bột     chair 78, m1 72, m2 70      mean 73,33 4★
   * Hạt cà phê     all three the best answers but one 4★ minimum: gated below its band
   * Mật ong        the chair alone so far (81): still blind
   * Sô cô la       round 1: 90 70 75 (spread 20 &gt; 10, re-scored); round 2: 80 76 78, mean 78 4★
   * Trà mãng cầu   m2 declared a conflict; chair 60, m1 64, mean 62 3★
   * </pre>
   *
   * Coffee and tea are recognised under one decision.
   */
  @BeforeEach
  void aSessionOfFiveDossiers() {
    // Seeded once, when the first test runs: the HTTP port is known only then.
    if (sessionId != null) {
      return;
    }
    tag = PaperSessions.tag();
    chair = "chair." + tag;
    member1 = "member1." + tag;
    member2 = "member2." + tag;
    absentee = "member3." + tag;
    secretary = "secretary." + tag;
    members = List.of(chair, member1, member2);
    String cycleId = Fixtures.openCycle(Api.DAK_LAK);
    String councilId =
        PaperSessions.constitute(
            Api.DAK_LAK,
            CHAIR_NAME,
            List.of(chair, member1, member2, absentee),
            secretary,
            new BigDecimal("10"));
    String session =
        PaperSessions.openSession(
            Api.DAK_LAK, councilId, List.of(chair, member1, member2, secretary));
    sessionId = UUID.fromString(session);
    String coffee = dossier(cycleId, "Cà phê bột Ea Tu " + tag);
    gated = dossier(cycleId, "Hạt cà phê rang " + tag);
    String honey = dossier(cycleId, "Mật ong hoa cà phê " + tag);
    String cocoa = dossier(cycleId, "Sô cô la Ea Kar " + tag);
    String tea = dossier(cycleId, "Trà mãng cầu " + tag);
    for (String dossier : List.of(coffee, gated, honey, cocoa, tea)) {
      Sessions.declareNone(chair, Api.DAK_LAK, session, dossier);
      Sessions.declareNone(member1, Api.DAK_LAK, session, dossier);
      if (!dossier.equals(tea)) {
        Sessions.declareNone(member2, Api.DAK_LAK, session, dossier);
      }
    }
    PaperSessions.declareConflict(
        member2, Api.DAK_LAK, session, tea, "RELATIVE", "Em ruột tôi là giám đốc hợp tác xã");

    assertThat(PaperSessions.score(Api.DAK_LAK, coffee, members, "78", "72", "70"))
        .isEqualTo("EVALUATED");
    missed = SheetAnswers.missingMinimumOf(Fixtures.PRODUCT_SET, 4);
    assertThat(PaperSessions.scoreAnswers(Api.DAK_LAK, gated, members, missed.answers()))
        .isEqualTo("EVALUATED");
    PaperSessions.score(Api.DAK_LAK, honey, List.of(chair), "81");
    assertThat(PaperSessions.score(Api.DAK_LAK, cocoa, members, "90", "70", "75"))
        .isEqualTo("IN_EVALUATION");
    assertThat(PaperSessions.score(Api.DAK_LAK, cocoa, members, "80", "76", "78"))
        .isEqualTo("EVALUATED");
    assertThat(PaperSessions.score(Api.DAK_LAK, tea, List.of(chair, member1), "60", "64"))
        .isEqualTo("EVALUATED");
    decisionNumber = "77" + tag.substring(0, 3) + "/QĐ-UBND";
    decisionId = decide(coffee);
    decide(tea);
  }

  private String dossier(String cycleId, String name) {
    return PaperSessions.dossierBefore(Api.DAK_LAK, cycleId, sessionId.toString(), name);
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

  /** The text of a PDF with every run of whitespace (line breaks of long lines) as one space. */
  private static String flat(byte[] pdf) {
    return Documents.pdfText(pdf).replaceAll("\\s+", " ");
  }

  /** The part of the minutes about one product: from its heading to the next one. */
  private static String section(String text, String product, String next) {
    int from = text.indexOf("Sản phẩm: " + product);
    assertThat(from).as(product).isNotNegative();
    int to = next == null ? text.length() : text.indexOf("Sản phẩm: " + next, from);
    return text.substring(from, to);
  }

  @Test
  void theMinutesPdfShowsTheSessionItsAttendanceConflictsAndEachResult() {
    Map<String, Long> before = Tables.snapshot();
    Response response =
        get(Api.officer(Api.DAK_LAK), PDF, "/api/rating/v1/sessions/{id}/minutes", sessionId);

    response.then().statusCode(200).contentType(PDF);
    assertThat(response.header("Content-Disposition")).contains(".pdf");
    byte[] pdf = response.asByteArray();
    String text = flat(pdf);
    LocalDate heldOn =
        LocalDate.parse(
            (String)
                Tables.query(
                        "select held_on::text as held_on from council_session where id = ?",
                        List.<Object>of(sessionId))
                    .get(0)
                    .get("held_on"));
    assertThat(text)
        .contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("BIÊN BẢN HỌP HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP")
        .contains("Hội đồng đánh giá, phân hạng sản phẩm OCOP 66")
        .contains(
            String.format(
                "Thời gian: ngày %02d tháng %02d năm %d",
                heldOn.getDayOfMonth(), heldOn.getMonthValue(), heldOn.getYear()))
        .contains("Địa điểm: Hội trường Sở Nông nghiệp và Môi trường")
        .contains("1. " + CHAIR_NAME + " - Chủ tịch hội đồng")
        .contains(member2 + " - Thành viên")
        .contains(secretary + " - Thư ký hội đồng")
        .contains("Vắng mặt: " + absentee + " (Thành viên)")
        .doesNotContain(absentee + " - Thành viên")
        .contains(
            member2
                + " không chấm sản phẩm Trà mãng cầu "
                + tag
                + " (tự kê khai: người thân của chủ thể - Em ruột tôi là giám đốc hợp tác xã)")
        .doesNotContain("Không có thành viên nào kê khai xung đột lợi ích");

    String coffee = section(text, "Cà phê bột Ea Tu " + tag, "Hạt cà phê rang " + tag);
    assertThat(coffee)
        .contains("Chủ thể: Hợp tác xã Nông nghiệp Ea Tu")
        .contains("Bộ sản phẩm: Cà phê, ca cao")
        .contains("Điểm trung bình: 73,33; trung vị: 72,00; chênh lệch cao nhất - thấp nhất: 8,00")
        .contains("Hạng theo điểm: 4 sao")
        .doesNotContain("Không đạt tiêu chí bắt buộc")
        .doesNotContain("Số vòng chấm")
        .contains("Xếp hạng: 4 sao")
        .contains("Kết luận: Đề nghị công nhận");

    Map<String, Object> gatedRow =
        Tables.query(
                "select band_star_class, star_class from dossier where id = ?::uuid",
                List.<Object>of(gated))
            .get(0);
    int band = (Integer) gatedRow.get("band_star_class");
    int stars = (Integer) gatedRow.get("star_class");
    assertThat(stars).isLessThan(band);
    assertThat(section(text, "Hạt cà phê rang " + tag, "Mật ong hoa cà phê " + tag))
        .contains("Hạng theo điểm: " + band + " sao")
        .contains("Không đạt tiêu chí bắt buộc: Tiêu chí " + missed.criterionCode() + " (")
        .contains("hạng 4 sao cần")
        .contains("Xếp hạng: " + stars + " sao");

    assertThat(section(text, "Mật ong hoa cà phê " + tag, "Sô cô la Ea Kar " + tag))
        .contains("Kết luận: Chưa có kết quả")
        .doesNotContain("81,00")
        .doesNotContain("Điểm trung bình");

    // Only round 2 counts; round 1 is told as a re-scored round.
    assertThat(section(text, "Sô cô la Ea Kar " + tag, "Trà mãng cầu " + tag))
        .doesNotContain("90,00")
        .contains("Điểm trung bình: 78,00; trung vị: 78,00; chênh lệch cao nhất - thấp nhất: 4,00")
        .contains(
            "Vòng 1: chênh lệch cao nhất - thấp nhất 20,00 vượt mức cho phép 10,00, hội đồng"
                + " thảo luận và chấm lại")
        .contains("Số vòng chấm: 2; kết quả theo vòng 2.")
        .contains("Xếp hạng: 4 sao");

    assertThat(section(text, "Trà mãng cầu " + tag, null))
        .contains("Điểm trung bình: 62,00; trung vị: 62,00; chênh lệch cao nhất - thấp nhất: 4,00")
        .contains("Xếp hạng: 3 sao")
        .contains("Kết luận: Đề nghị công nhận");
    // The members' tables (which the text extractor reads after the page's paragraphs) hold the
    // final round's totals: round 1 of the cocoa and the honey's lone sheet appear nowhere.
    assertThat(text)
        .contains("Nguyễn Văn Ánh80,00")
        .contains(member1 + " 76,00")
        .contains("Nguyễn Văn Ánh60,00")
        .doesNotContain("90,00")
        .doesNotContain("81,00");
    assertThat(Documents.embeddedFonts(pdf))
        .anySatisfy(name -> assertThat(name).endsWith("LiberationSans"));
    assertThat(Tables.snapshot()).isEqualTo(before);
  }

  @Test
  void aMemberOfTheCouncilGetsTheMinutesAsXlsx() {
    Response response =
        get(
            Api.member(member1, Api.DAK_LAK),
            XLSX,
            "/api/rating/v1/sessions/{id}/minutes",
            sessionId);

    response.then().statusCode(200).contentType(XLSX);
    Map<String, String> cells = Documents.xlsxCells(response.asByteArray());
    assertThat(cells)
        .containsEntry("A4", "BIÊN BẢN HỌP HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP")
        .containsEntry("A7", "Địa điểm: Hội trường Sở Nông nghiệp và Môi trường")
        .containsEntry("A9", "Vắng mặt: " + absentee + " (Thành viên)")
        .containsEntry(
            "A10",
            "Xung đột lợi ích: "
                + member2
                + " - Trà mãng cầu "
                + tag
                + " (tự kê khai: người thân của chủ thể - Em ruột tôi là giám đốc hợp tác xã)")
        .containsValue("Cà phê bột Ea Tu " + tag)
        .containsValue("Mật ong hoa cà phê " + tag)
        .containsValue("73.33")
        .containsValue("78.00")
        .containsValue("Chưa có kết quả")
        .doesNotContainValue("81.00")
        .doesNotContainValue("90.00");
    assertThat(cells.get("A8"))
        .startsWith("Thành phần tham dự: " + CHAIR_NAME + " (Chủ tịch hội đồng)")
        .contains(secretary + " (Thư ký hội đồng)")
        .doesNotContain(absentee);
    // A row per member's total of the final round, dossiers in product-name order from row 13.
    assertThat(cells)
        .containsEntry("B13", "Cà phê bột Ea Tu " + tag)
        .containsEntry("E13", CHAIR_NAME)
        .containsEntry("F13", "78.00")
        .containsEntry("E15", member2)
        .containsEntry("F15", "70.00")
        .containsEntry("N13", "1")
        .containsEntry("B16", "Hạt cà phê rang " + tag)
        .containsEntry("B19", "Mật ong hoa cà phê " + tag)
        .doesNotContainKey("E19")
        .containsEntry("M19", "Chưa có kết quả")
        .containsEntry("B20", "Sô cô la Ea Kar " + tag)
        .containsEntry("F20", "80.00")
        .containsEntry("F21", "76.00")
        .containsEntry("F22", "78.00")
        .containsEntry("G20", "78.00")
        .containsEntry("N20", "2")
        .containsEntry(
            "O20",
            "Vòng 1: chênh lệch cao nhất - thấp nhất 20,00 vượt mức cho phép 10,00, hội đồng"
                + " thảo luận và chấm lại")
        // The member who declared a conflict has no row under the tea.
        .containsEntry("B23", "Trà mãng cầu " + tag)
        .containsEntry("E23", CHAIR_NAME)
        .containsEntry("F23", "60.00")
        .containsEntry("E24", member1)
        .containsEntry("F24", "64.00")
        .doesNotContainKey("E25");
    assertThat(cells.get("K16"))
        .startsWith("Tiêu chí " + missed.criterionCode() + " (")
        .contains("hạng 4 sao cần");
  }

  @Test
  void theScoreSummaryXlsxHasAColumnPerMemberOfTheRollCallAndTheFinalRoundsTotals() {
    Response response =
        get(Api.nationalOfficer(), XLSX, "/api/rating/v1/sessions/{id}/score-summary", sessionId);

    response.then().statusCode(200).contentType(XLSX);
    Map<String, String> cells = Documents.xlsxCells(response.asByteArray());
    // Columns D–H: chair, m1, m2, m3 (absent), secretary; rows by product name.
    assertThat(cells)
        .containsEntry("A4", "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM")
        .containsEntry("D6", chair)
        .containsEntry("F6", member2)
        .containsEntry("G6", absentee)
        .containsEntry("H6", secretary)
        .containsEntry("I6", "Điểm trung bình")
        .containsEntry("B7", "Cà phê bột Ea Tu " + tag)
        .containsEntry("D7", "78.00")
        .containsEntry("E7", "72.00")
        .containsEntry("F7", "70.00")
        .doesNotContainKey("G7")
        .doesNotContainKey("H7")
        .containsEntry("I7", "73.33")
        .containsEntry("J7", "4")
        .containsEntry("B9", "Mật ong hoa cà phê " + tag)
        .doesNotContainKey("D9")
        .doesNotContainKey("I9")
        .containsEntry("B10", "Sô cô la Ea Kar " + tag)
        .containsEntry("D10", "80.00")
        .containsEntry("E10", "76.00")
        .containsEntry("F10", "78.00")
        .containsEntry("I10", "78.00")
        .containsEntry("B11", "Trà mãng cầu " + tag)
        .containsEntry("D11", "60.00")
        .containsEntry("E11", "64.00")
        .doesNotContainKey("F11")
        .containsEntry("I11", "62.00")
        .containsEntry("J11", "3");
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
        .doesNotContain("81,00")
        .doesNotContain("90,00");
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
