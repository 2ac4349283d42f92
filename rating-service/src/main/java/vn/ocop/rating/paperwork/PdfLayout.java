package vn.ocop.rating.paperwork;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The layout shared by the council's PDF documents: Liberation Sans embedded (Identity-H, so every
 * Vietnamese letter renders and can be copied), the national motto header, bordered tables and the
 * signature block.
 */
final class PdfLayout {
  private static final BaseFont REGULAR = load("liberation/LiberationSans-Regular.ttf");
  private static final BaseFont BOLD = load("liberation/LiberationSans-Bold.ttf");

  static final Font TEXT = new Font(REGULAR, 11);
  static final Font STRONG = new Font(BOLD, 11);
  static final Font TITLE = new Font(BOLD, 13);
  static final Font SMALL = new Font(REGULAR, 9);
  static final Font SMALL_STRONG = new Font(BOLD, 9);
  static final Font ITALIC = new Font(REGULAR, 11, Font.ITALIC);

  private PdfLayout() {}

  private static BaseFont load(String resource) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font " + resource + " is not on the classpath");
      }
      byte[] bytes = in.readAllBytes();
      return BaseFont.createFont(
          resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders a document on A4, landscape for wide tables. */
  static byte[] render(boolean landscape, Consumer<Document> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document =
        new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 50, 40, 40, 40);
    try {
      PdfWriter.getInstance(document, out);
      document.open();
      body.accept(document);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  static void add(Document document, Element element) {
    try {
      document.add(element);
    } catch (DocumentException e) {
      throw new IllegalStateException("could not lay out the document", e);
    }
  }

  /**
   * The heading every administrative document carries: the issuing body on the left, the nation and
   * motto on the right, then the place and date line.
   */
  static void header(Document document, String issuer, String placeAndDate) {
    PdfPTable heading = new PdfPTable(new float[] {4, 6});
    heading.setWidthPercentage(100);
    heading.addCell(plain(issuer.toUpperCase(Locale.ROOT), SMALL_STRONG));
    PdfPCell nation = new PdfPCell();
    nation.setBorder(Rectangle.NO_BORDER);
    nation.addElement(centred(VietnameseText.NATION, STRONG));
    nation.addElement(centred(VietnameseText.MOTTO, STRONG));
    heading.addCell(nation);
    add(document, heading);
    Paragraph date = new Paragraph(placeAndDate, ITALIC);
    date.setAlignment(Element.ALIGN_RIGHT);
    date.setSpacingBefore(6);
    add(document, date);
  }

  static void title(Document document, String title, String subtitle) {
    Paragraph heading = centred(title, TITLE);
    heading.setSpacingBefore(12);
    add(document, heading);
    if (subtitle != null) {
      add(document, centred(subtitle, STRONG));
    }
    add(document, new Paragraph(" ", SMALL));
  }

  static Paragraph centred(String text, Font font) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    return paragraph;
  }

  static PdfPCell plain(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    return cell;
  }

  static PdfPCell headCell(String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text, SMALL_STRONG));
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setPadding(4);
    return cell;
  }

  static PdfPCell cell(String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, SMALL));
    cell.setPadding(4);
    return cell;
  }

  static PdfPCell number(String text) {
    PdfPCell cell = cell(text);
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return cell;
  }

  /** Signature block: Thư ký on the left, Chủ tịch hội đồng on the right. */
  static void signatures(Document document, String secretary, String chair) {
    PdfPTable block = new PdfPTable(2);
    block.setWidthPercentage(100);
    block.setSpacingBefore(18);
    block.addCell(plain("THƯ KÝ", STRONG));
    block.addCell(plain("CHỦ TỊCH HỘI ĐỒNG", STRONG));
    block.addCell(plain("(Ký, ghi rõ họ tên)", ITALIC));
    block.addCell(plain("(Ký, ghi rõ họ tên)", ITALIC));
    PdfPCell space = plain(" ", TEXT);
    space.setFixedHeight(48);
    block.addCell(space);
    block.addCell(space);
    block.addCell(plain(secretary == null ? "" : secretary, STRONG));
    block.addCell(plain(chair == null ? "" : chair, STRONG));
    add(document, block);
  }
}
