package vn.ocop.rating.paperwork;

import static vn.ocop.rating.paperwork.VietnameseText.score;
import static vn.ocop.rating.paperwork.VietnameseText.stars;

import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Renders a session's score summary (bảng tổng hợp kết quả chấm điểm) as PDF and XLSX. */
public final class ScoreSummaryRenderer {
  public static final String TITLE = "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM";

  private ScoreSummaryRenderer() {}

  public static byte[] pdf(ScoreSummary summary) {
    return PdfLayout.render(
        true,
        document -> {
          PdfLayout.header(
              document,
              summary.councilName(),
              "Ngày họp: " + VietnameseText.longDate(summary.heldOn()));
          PdfLayout.title(
              document,
              TITLE,
              "Hội đồng đánh giá, phân hạng sản phẩm OCOP "
                  + VietnameseText.level(summary.level()));
          List<String> heads = heads(summary);
          float[] widths = new float[heads.size()];
          for (int i = 0; i < widths.length; i++) {
            widths[i] = i == 0 ? 1 : i <= 2 ? 5 : 2.5f;
          }
          PdfPTable table = new PdfPTable(widths);
          table.setWidthPercentage(100);
          table.setHeaderRows(1);
          heads.forEach(head -> table.addCell(PdfLayout.headCell(head)));
          for (ScoreSummary.Row row : summary.rows()) {
            table.addCell(PdfLayout.cell(String.valueOf(row.number())));
            table.addCell(PdfLayout.cell(row.productName()));
            table.addCell(PdfLayout.cell(row.subjectName()));
            row.totals().forEach(total -> table.addCell(PdfLayout.number(score(total))));
            table.addCell(PdfLayout.number(score(row.mean())));
            table.addCell(PdfLayout.cell(stars(row.stars())));
          }
          PdfLayout.add(document, table);
          PdfLayout.signatures(document, null, null);
        });
  }

  public static byte[] xlsx(ScoreSummary summary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "OCOP", "1.0");
      Worksheet sheet = workbook.newWorksheet("Tổng hợp điểm");
      XlsxLayout.header(
          sheet,
          summary.councilName(),
          TITLE,
          "Ngày họp: " + VietnameseText.longDate(summary.heldOn()));
      int r = 5;
      XlsxLayout.headRow(sheet, r++, heads(summary));
      int members = summary.members().size();
      for (ScoreSummary.Row row : summary.rows()) {
        sheet.value(r, 0, row.number());
        sheet.value(r, 1, row.productName());
        sheet.value(r, 2, row.subjectName());
        for (int m = 0; m < members; m++) {
          XlsxLayout.decimal(sheet, r, 3 + m, row.totals().get(m));
        }
        XlsxLayout.decimal(sheet, r, 3 + members, row.mean());
        XlsxLayout.integer(sheet, r, 4 + members, row.stars());
        r++;
      }
      XlsxLayout.signatures(sheet, r + 1, "", "");
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static List<String> heads(ScoreSummary summary) {
    List<String> heads = new ArrayList<>(List.of("TT", "Tên sản phẩm", "Chủ thể"));
    heads.addAll(summary.members());
    heads.add("Điểm trung bình");
    heads.add("Hạng sao");
    return heads;
  }
}
