package vn.ocop.rating.paperwork;

import static vn.ocop.rating.paperwork.VietnameseText.score;
import static vn.ocop.rating.paperwork.VietnameseText.shortDate;
import static vn.ocop.rating.paperwork.VietnameseText.stars;

import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Renders the annex of a recognition decision (phụ lục danh sách sản phẩm được công nhận) as PDF
 * and XLSX.
 */
public final class DecisionAnnexRenderer {
  public static final String TITLE = "PHỤ LỤC DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN";
  private static final List<String> HEADS =
      List.of(
          "TT",
          "Tên sản phẩm",
          "Chủ thể",
          "Địa chỉ",
          "Bộ sản phẩm",
          "Điểm",
          "Hạng sao",
          "Hiệu lực giấy chứng nhận");

  private DecisionAnnexRenderer() {}

  public static byte[] pdf(DecisionAnnex annex) {
    return PdfLayout.render(
        true,
        document -> {
          PdfLayout.header(document, annex.issuingBody(), placeAndDate(annex));
          PdfLayout.title(document, TITLE, subtitle(annex));
          PdfPTable table = new PdfPTable(new float[] {1, 6, 6, 5, 5, 2, 2, 5});
          table.setWidthPercentage(100);
          table.setHeaderRows(1);
          HEADS.forEach(head -> table.addCell(PdfLayout.headCell(head)));
          for (DecisionAnnex.Row row : annex.rows()) {
            table.addCell(PdfLayout.cell(String.valueOf(row.number())));
            table.addCell(PdfLayout.cell(row.productName()));
            table.addCell(PdfLayout.cell(row.subjectName()));
            table.addCell(PdfLayout.cell(row.address()));
            table.addCell(PdfLayout.cell(row.productSet()));
            table.addCell(PdfLayout.number(score(row.score())));
            table.addCell(PdfLayout.cell(stars(row.stars())));
            table.addCell(PdfLayout.cell(validity(row)));
          }
          PdfLayout.add(document, table);
        });
  }

  public static byte[] xlsx(DecisionAnnex annex) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "OCOP", "1.0");
      Worksheet sheet = workbook.newWorksheet("Phụ lục");
      XlsxLayout.header(sheet, annex.issuingBody(), TITLE, placeAndDate(annex));
      sheet.value(4, 0, subtitle(annex));
      int r = 6;
      XlsxLayout.headRow(sheet, r++, HEADS);
      for (DecisionAnnex.Row row : annex.rows()) {
        sheet.value(r, 0, row.number());
        sheet.value(r, 1, row.productName());
        sheet.value(r, 2, row.subjectName());
        sheet.value(r, 3, row.address());
        sheet.value(r, 4, row.productSet());
        XlsxLayout.decimal(sheet, r, 5, row.score());
        sheet.value(r, 6, row.stars());
        sheet.value(r, 7, validity(row));
        r++;
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String placeAndDate(DecisionAnnex annex) {
    return VietnameseText.longDate(annex.decisionDate());
  }

  private static String subtitle(DecisionAnnex annex) {
    return "(Kèm theo Quyết định số "
        + annex.decisionNumber()
        + " "
        + VietnameseText.longDate(annex.decisionDate())
        + " của "
        + annex.issuingBody()
        + ")";
  }

  private static String validity(DecisionAnnex.Row row) {
    return row.validityMonths() + " tháng, đến ngày " + shortDate(row.validUntil());
  }
}
