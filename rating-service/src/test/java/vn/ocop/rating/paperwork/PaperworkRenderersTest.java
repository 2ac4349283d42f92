package vn.ocop.rating.paperwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.rating.council.CouncilRole;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.support.Documents;

/** The council's documents, rendered without a database and read back. */
class PaperworkRenderersTest {
  private static final LocalDate HELD_ON = LocalDate.of(2026, 11, 5);

  static SessionMinutes minutes() {
    return new SessionMinutes(
        "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Đắk Lắk",
        EvaluationLevel.PROVINCE,
        "Tỉnh Đắk Lắk",
        HELD_ON,
        "Hội trường Sở Nông nghiệp và Môi trường",
        List.of(
            new SessionMinutes.Attendee("Nguyễn Văn Ánh", CouncilRole.CHAIR),
            new SessionMinutes.Attendee("Trần Thị Bích", CouncilRole.SECRETARY),
            new SessionMinutes.Attendee("Lê Hữu Đức", CouncilRole.MEMBER)),
        List.of(new SessionMinutes.Attendee("Phạm Quốc Hưng", CouncilRole.MEMBER)),
        List.of(
            new SessionMinutes.Conflict(
                "Lê Hữu Đức", "Mật ong hoa cà phê", "người thân của chủ thể")),
        List.of(
            new SessionMinutes.DossierResult(
                "Cà phê bột Ea Tu",
                "Hợp tác xã Nông nghiệp Ea Tu",
                "Cà phê, ca cao",
                List.of(
                    new SessionMinutes.MemberScore("Nguyễn Văn Ánh", new BigDecimal("91.50")),
                    new SessionMinutes.MemberScore("Trần Thị Bích", new BigDecimal("90.00")),
                    new SessionMinutes.MemberScore("Lê Hữu Đức", new BigDecimal("90.75"))),
                new BigDecimal("90.75"),
                new BigDecimal("90.75"),
                new BigDecimal("1.50"),
                5,
                4,
                List.of("Tiêu chí 8: Sở hữu trí tuệ (5 sao)"),
                List.of(
                    new SessionMinutes.Rescore(
                        1, new BigDecimal("24.00"), new BigDecimal("20.00"))),
                Outcome.RECOGNISE),
            new SessionMinutes.DossierResult(
                "Mật ong hoa cà phê",
                "Hộ kinh doanh Y Bhăm",
                "Mật ong, mật khác và nông sản thực phẩm khác",
                List.of(),
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                Outcome.PENDING)));
  }

  @Test
  void theMinutesPdfCarriesTheMottoTheTitleEveryScoreAndTheConclusion() {
    byte[] pdf = SessionMinutesRenderer.pdf(minutes());

    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    String text = Documents.pdfText(pdf);
    assertThat(text)
        .contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Độc lập - Tự do - Hạnh phúc")
        .contains("BIÊN BẢN HỌP HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP")
        .contains("Tỉnh Đắk Lắk, ngày 05 tháng 11 năm 2026")
        .contains("Hội trường Sở Nông nghiệp và Môi trường")
        .contains("Nguyễn Văn Ánh - Chủ tịch hội đồng")
        .contains("Vắng mặt: Phạm Quốc Hưng (Thành viên)")
        .contains("Lê Hữu Đức không chấm sản phẩm Mật ong hoa cà phê (người thân của chủ thể)")
        .contains("Sản phẩm: Cà phê bột Ea Tu")
        .contains("Bộ sản phẩm: Cà phê, ca cao")
        .contains("91,50")
        .contains("Điểm trung bình: 90,75; trung vị: 90,75; chênh lệch cao nhất - thấp nhất: 1,50")
        .contains("Số vòng chấm: 2; kết quả theo vòng 2.")
        .contains("Hạng theo điểm: 5 sao")
        .contains("Không đạt tiêu chí bắt buộc: Tiêu chí 8: Sở hữu trí tuệ (5 sao)")
        .contains("Xếp hạng: 4 sao")
        .contains("Kết luận: Đề nghị công nhận")
        .contains("Kết luận: Chưa có kết quả")
        .contains("CHỦ TỊCH HỘI ĐỒNG")
        .contains("THƯ KÝ")
        .doesNotContain("90.75");
    assertThat(text.indexOf("Trần Thị Bích", text.indexOf("THƯ KÝ"))).isPositive();
    assertThat(text.replaceAll("\\s+", " "))
        .contains(
            "Vòng 1: chênh lệch cao nhất - thấp nhất 24,00 vượt mức cho phép 20,00, hội đồng"
                + " thảo luận và chấm lại");
  }

  @Test
  void thePdfsEmbedLiberationSansRegularAndBold() {
    for (byte[] pdf :
        List.of(
            SessionMinutesRenderer.pdf(minutes()),
            ScoreSummaryRenderer.pdf(summary()),
            DecisionAnnexRenderer.pdf(annex()))) {
      assertThat(Documents.embeddedFonts(pdf))
          .anySatisfy(name -> assertThat(name).endsWith("LiberationSans"))
          .anySatisfy(name -> assertThat(name).endsWith("LiberationSans-Bold"));
    }
  }

  @Test
  void theMinutesXlsxHoldsOneRowPerMemberScoreWithNumbersAndVietnameseText() {
    Map<String, String> cells = Documents.xlsxCells(SessionMinutesRenderer.xlsx(minutes()));

    assertThat(cells)
        .containsEntry("E1", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .containsEntry("E2", "Độc lập - Tự do - Hạnh phúc")
        .containsEntry("A4", "BIÊN BẢN HỌP HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP")
        .containsEntry("A6", "Thời gian: ngày 05 tháng 11 năm 2026")
        .containsEntry("A9", "Vắng mặt: Phạm Quốc Hưng (Thành viên)")
        .containsEntry(
            "A10", "Xung đột lợi ích: Lê Hữu Đức - Mật ong hoa cà phê (người thân của chủ thể)")
        .containsEntry("B12", "Sản phẩm")
        .containsEntry("B13", "Cà phê bột Ea Tu")
        .containsEntry("E13", "Nguyễn Văn Ánh")
        .containsEntry("F13", "91.50")
        .containsEntry("E15", "Lê Hữu Đức")
        .containsEntry("F15", "90.75")
        .containsEntry("G13", "90.75")
        .containsEntry("I13", "1.50")
        .containsEntry("J13", "5")
        .containsEntry("L13", "4")
        .containsEntry("M13", "Đề nghị công nhận")
        .containsEntry("N12", "Số vòng chấm")
        .containsEntry("N13", "2")
        .containsEntry(
            "O13",
            "Vòng 1: chênh lệch cao nhất - thấp nhất 24,00 vượt mức cho phép 20,00, hội đồng thảo"
                + " luận và chấm lại")
        .doesNotContainKey("N16")
        .containsEntry("B16", "Mật ong hoa cà phê")
        .containsEntry("M16", "Chưa có kết quả")
        .doesNotContainKey("G16");
  }

  static ScoreSummary summary() {
    return new ScoreSummary(
        "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Đắk Lắk",
        EvaluationLevel.PROVINCE,
        HELD_ON,
        List.of("Nguyễn Văn Ánh", "Trần Thị Bích", "Lê Hữu Đức"),
        List.of(
            new ScoreSummary.Row(
                1,
                "Cà phê bột Ea Tu",
                "Hợp tác xã Nông nghiệp Ea Tu",
                List.of(new BigDecimal("91.50"), new BigDecimal("90.00"), new BigDecimal("90.75")),
                new BigDecimal("90.75"),
                4),
            new ScoreSummary.Row(
                2,
                "Mật ong hoa cà phê",
                "Hộ kinh doanh Y Bhăm",
                Arrays.asList(new BigDecimal("72.25"), new BigDecimal("68.00"), null),
                new BigDecimal("70.13"),
                4)));
  }

  @Test
  void theScoreSummaryPdfHasAColumnPerMemberAndTheMean() {
    String text = Documents.pdfText(ScoreSummaryRenderer.pdf(summary()));

    assertThat(text)
        .contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM")
        .contains("Ngày họp: ngày 05 tháng 11 năm 2026")
        .contains("Nguyễn Văn Ánh")
        .contains("Lê Hữu Đức")
        .contains("Điểm trung bình")
        .contains("Cà phê bột Ea Tu")
        .contains("91,50")
        .contains("72,25")
        .contains("70,13")
        .contains("4 sao");
  }

  @Test
  void theScoreSummaryXlsxPutsEachTotalUnderItsMember() {
    Map<String, String> cells = Documents.xlsxCells(ScoreSummaryRenderer.xlsx(summary()));

    assertThat(cells)
        .containsEntry("A4", "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM")
        .containsEntry("D6", "Nguyễn Văn Ánh")
        .containsEntry("F6", "Lê Hữu Đức")
        .containsEntry("G6", "Điểm trung bình")
        .containsEntry("H6", "Hạng sao")
        .containsEntry("B7", "Cà phê bột Ea Tu")
        .containsEntry("D7", "91.50")
        .containsEntry("E7", "90.00")
        .containsEntry("F7", "90.75")
        .containsEntry("G7", "90.75")
        .containsEntry("H7", "4")
        .containsEntry("D8", "72.25")
        .containsEntry("G8", "70.13")
        .doesNotContainKey("F8");
  }

  static DecisionAnnex annex() {
    return new DecisionAnnex(
        "1234/QĐ-UBND",
        LocalDate.of(2026, 11, 20),
        "UBND tỉnh Đắk Lắk",
        EvaluationLevel.PROVINCE,
        List.of(
            new DecisionAnnex.Row(
                1,
                "Cà phê bột Ea Tu",
                "Hợp tác xã Nông nghiệp Ea Tu",
                "Xã Ea Tu, Tỉnh Đắk Lắk",
                "Cà phê, ca cao",
                new BigDecimal("80.17"),
                4,
                36,
                LocalDate.of(2029, 11, 19)),
            new DecisionAnnex.Row(
                2,
                "Mật ong hoa cà phê",
                "Hộ kinh doanh Y Bhăm",
                "Tỉnh Đắk Lắk",
                "Mật ong, mật khác và nông sản thực phẩm khác",
                new BigDecimal("65.50"),
                3,
                36,
                LocalDate.of(2029, 11, 19))));
  }

  @Test
  void theAnnexPdfListsEachRecognisedProductWithItsValidity() {
    // Narrow cells wrap their text over lines.
    String text = Documents.pdfText(DecisionAnnexRenderer.pdf(annex())).replaceAll("\\s+", " ");

    assertThat(text)
        .contains("PHỤ LỤC DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN")
        .contains(
            "Kèm theo Quyết định số 1234/QĐ-UBND ngày 20 tháng 11 năm 2026 của UBND tỉnh Đắk Lắk")
        .contains("Hợp tác xã Nông nghiệp Ea Tu")
        .contains("Xã Ea Tu, Tỉnh Đắk Lắk")
        .contains("80,17")
        .contains("65,50")
        .contains("3 sao")
        .contains("36 tháng, đến ngày 19/11/2029");
  }

  @Test
  void theAnnexXlsxHasOneRowPerProduct() {
    Map<String, String> cells = Documents.xlsxCells(DecisionAnnexRenderer.xlsx(annex()));

    assertThat(cells)
        .containsEntry("A1", "UBND tỉnh Đắk Lắk")
        .containsEntry("A4", "PHỤ LỤC DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN")
        .containsEntry("B7", "Tên sản phẩm")
        .containsEntry("A8", "1")
        .containsEntry("B8", "Cà phê bột Ea Tu")
        .containsEntry("D8", "Xã Ea Tu, Tỉnh Đắk Lắk")
        .containsEntry("F8", "80.17")
        .containsEntry("G8", "4")
        .containsEntry("H8", "36 tháng, đến ngày 19/11/2029")
        .containsEntry("B9", "Mật ong hoa cà phê")
        .containsEntry("G9", "3")
        .doesNotContainKey("A10");
  }

  @Test
  void vietnameseFormatsUseADecimalCommaAndSpelledOutDates() {
    assertThat(VietnameseText.score(new BigDecimal("90.75"))).isEqualTo("90,75");
    assertThat(VietnameseText.score(new BigDecimal("70"))).isEqualTo("70,00");
    assertThat(VietnameseText.score(null)).isEmpty();
    assertThat(VietnameseText.longDate(LocalDate.of(2026, 1, 9)))
        .isEqualTo("ngày 09 tháng 01 năm 2026");
    assertThat(VietnameseText.stars(5)).isEqualTo("5 sao");
  }
}
