package vn.ocop.rating.paperwork;

import static vn.ocop.rating.paperwork.VietnameseText.score;
import static vn.ocop.rating.paperwork.VietnameseText.stars;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Renders the minutes of a council session (biên bản họp hội đồng) as PDF and XLSX. */
public final class SessionMinutesRenderer {
  public static final String TITLE = "BIÊN BẢN HỌP HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP";

  private SessionMinutesRenderer() {}

  public static byte[] pdf(SessionMinutes minutes) {
    return PdfLayout.render(
        false,
        document -> {
          PdfLayout.header(document, minutes.councilName(), placeAndDate(minutes));
          PdfLayout.title(document, TITLE, minutes.councilName());
          PdfLayout.add(document, line("Thời gian: " + VietnameseText.longDate(minutes.heldOn())));
          PdfLayout.add(document, line("Địa điểm: " + placeOf(minutes)));
          PdfLayout.add(document, strong("I. THÀNH PHẦN THAM DỰ"));
          int n = 1;
          for (SessionMinutes.Attendee attendee : minutes.present()) {
            PdfLayout.add(
                document,
                line(n++ + ". " + attendee.name() + " - " + VietnameseText.role(attendee.role())));
          }
          PdfLayout.add(document, line("Vắng mặt: " + absentOf(minutes)));
          PdfLayout.add(document, strong("II. KÊ KHAI XUNG ĐỘT LỢI ÍCH"));
          if (minutes.conflicts().isEmpty()) {
            PdfLayout.add(document, line("Không có thành viên nào kê khai xung đột lợi ích."));
          }
          for (SessionMinutes.Conflict conflict : minutes.conflicts()) {
            PdfLayout.add(
                document,
                line(
                    "- "
                        + conflict.member()
                        + " không chấm sản phẩm "
                        + conflict.productName()
                        + " ("
                        + conflict.reason()
                        + ")"));
          }
          PdfLayout.add(document, strong("III. KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG"));
          int number = 1;
          for (SessionMinutes.DossierResult dossier : minutes.dossiers()) {
            dossier(document, number++, dossier);
          }
          PdfLayout.add(
              document,
              line(
                  "Biên bản được lập xong và thông qua tại cuộc họp, các thành viên hội đồng"
                      + " thống nhất nội dung trên."));
          PdfLayout.signatures(document, minutes.secretary(), minutes.chair());
        });
  }

  private static void dossier(Document document, int number, SessionMinutes.DossierResult dossier) {
    Paragraph heading =
        new Paragraph(number + ". Sản phẩm: " + dossier.productName(), PdfLayout.STRONG);
    heading.setSpacingBefore(6);
    PdfLayout.add(document, heading);
    PdfLayout.add(document, line("Chủ thể: " + dossier.subjectName()));
    PdfLayout.add(document, line("Bộ sản phẩm: " + nullToBlank(dossier.productSet())));
    if (!dossier.scores().isEmpty()) {
      PdfPTable table = new PdfPTable(new float[] {1, 6, 3});
      table.setWidthPercentage(70);
      table.setSpacingBefore(4);
      table.addCell(PdfLayout.headCell("TT"));
      table.addCell(PdfLayout.headCell("Thành viên hội đồng"));
      table.addCell(PdfLayout.headCell("Tổng điểm"));
      int row = 1;
      for (SessionMinutes.MemberScore memberScore : dossier.scores()) {
        table.addCell(PdfLayout.cell(String.valueOf(row++)));
        table.addCell(PdfLayout.cell(memberScore.member()));
        table.addCell(PdfLayout.number(score(memberScore.total())));
      }
      PdfLayout.add(document, table);
      PdfLayout.add(
          document,
          line(
              "Điểm trung bình: "
                  + score(dossier.mean())
                  + "; trung vị: "
                  + score(dossier.median())
                  + "; chênh lệch cao nhất - thấp nhất: "
                  + score(dossier.spread())));
      for (SessionMinutes.Rescore rescore : dossier.rescores()) {
        PdfLayout.add(document, line(rescoreLine(rescore)));
      }
      if (!dossier.rescores().isEmpty()) {
        PdfLayout.add(
            document,
            line(
                "Số vòng chấm: "
                    + dossier.rounds()
                    + "; kết quả theo vòng "
                    + dossier.rounds()
                    + "."));
      }
      PdfLayout.add(document, line("Hạng theo điểm: " + stars(dossier.bandStar())));
      if (!dossier.missedMinimums().isEmpty()) {
        PdfLayout.add(
            document,
            line("Không đạt tiêu chí bắt buộc: " + String.join("; ", dossier.missedMinimums())));
      }
      PdfLayout.add(document, line("Xếp hạng: " + stars(dossier.finalStar())));
    }
    PdfLayout.add(document, line("Kết luận: " + dossier.outcome().wording()));
  }

  public static byte[] xlsx(SessionMinutes minutes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "OCOP", "1.0");
      Worksheet sheet = workbook.newWorksheet("Biên bản");
      XlsxLayout.header(sheet, minutes.councilName(), TITLE, placeAndDate(minutes));
      int r = 5;
      sheet.value(r++, 0, "Thời gian: " + VietnameseText.longDate(minutes.heldOn()));
      sheet.value(r++, 0, "Địa điểm: " + placeOf(minutes));
      sheet.value(
          r++,
          0,
          "Thành phần tham dự: "
              + minutes.present().stream()
                  .map(a -> a.name() + " (" + VietnameseText.role(a.role()) + ")")
                  .collect(Collectors.joining(", ")));
      sheet.value(r++, 0, "Vắng mặt: " + absentOf(minutes));
      for (SessionMinutes.Conflict conflict : minutes.conflicts()) {
        sheet.value(
            r++,
            0,
            "Xung đột lợi ích: "
                + conflict.member()
                + " - "
                + conflict.productName()
                + " ("
                + conflict.reason()
                + ")");
      }
      r++;
      List<String> heads =
          List.of(
              "TT",
              "Sản phẩm",
              "Chủ thể",
              "Bộ sản phẩm",
              "Thành viên",
              "Tổng điểm",
              "Điểm trung bình",
              "Trung vị",
              "Chênh lệch",
              "Hạng theo điểm",
              "Tiêu chí bắt buộc không đạt",
              "Xếp hạng",
              "Kết luận",
              "Số vòng chấm",
              "Chấm lại");
      XlsxLayout.headRow(sheet, r++, heads);
      int number = 1;
      for (SessionMinutes.DossierResult dossier : minutes.dossiers()) {
        int first = r;
        sheet.value(r, 0, number++);
        sheet.value(r, 1, dossier.productName());
        sheet.value(r, 2, dossier.subjectName());
        sheet.value(r, 3, nullToBlank(dossier.productSet()));
        XlsxLayout.decimal(sheet, r, 6, dossier.mean());
        XlsxLayout.decimal(sheet, r, 7, dossier.median());
        XlsxLayout.decimal(sheet, r, 8, dossier.spread());
        XlsxLayout.integer(sheet, r, 9, dossier.bandStar());
        sheet.value(r, 10, String.join("; ", dossier.missedMinimums()));
        XlsxLayout.integer(sheet, r, 11, dossier.finalStar());
        sheet.value(r, 12, dossier.outcome().wording());
        if (!dossier.scores().isEmpty()) {
          XlsxLayout.integer(sheet, r, 13, dossier.rounds());
          sheet.value(
              r,
              14,
              dossier.rescores().stream()
                  .map(SessionMinutesRenderer::rescoreLine)
                  .collect(Collectors.joining("; ")));
        }
        for (SessionMinutes.MemberScore memberScore : dossier.scores()) {
          sheet.value(r, 4, memberScore.member());
          XlsxLayout.decimal(sheet, r, 5, memberScore.total());
          r++;
        }
        r = Math.max(r, first + 1);
      }
      r++;
      XlsxLayout.signatures(
          sheet, r, nullToBlank(minutes.secretary()), nullToBlank(minutes.chair()));
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String rescoreLine(SessionMinutes.Rescore rescore) {
    return "Vòng "
        + rescore.round()
        + ": chênh lệch cao nhất - thấp nhất "
        + score(rescore.spread())
        + (rescore.maxSpread() == null ? "" : " vượt mức cho phép " + score(rescore.maxSpread()))
        + ", hội đồng thảo luận và chấm lại";
  }

  private static String placeAndDate(SessionMinutes minutes) {
    String where = minutes.provinceName() == null ? "……" : minutes.provinceName();
    return where + ", " + VietnameseText.longDate(minutes.heldOn());
  }

  private static String placeOf(SessionMinutes minutes) {
    return minutes.place() == null ? "……………………" : minutes.place();
  }

  private static String absentOf(SessionMinutes minutes) {
    if (minutes.absent().isEmpty()) {
      return "không";
    }
    return minutes.absent().stream()
        .map(a -> a.name() + " (" + VietnameseText.role(a.role()) + ")")
        .collect(Collectors.joining(", "));
  }

  private static Paragraph line(String text) {
    return new Paragraph(text, PdfLayout.TEXT);
  }

  private static Paragraph strong(String text) {
    Paragraph paragraph = new Paragraph(text, PdfLayout.STRONG);
    paragraph.setSpacingBefore(8);
    return paragraph;
  }

  private static String nullToBlank(String text) {
    return text == null ? "" : text;
  }
}
