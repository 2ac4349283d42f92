package vn.ocop.rating.support;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads generated documents back: the text of a PDF (NFC-normalised) and its embedded fonts, and
 * the cells of an XLSX's first sheet, parsed with the JDK alone.
 */
public final class Documents {
  private Documents() {}

  /** The text of every page of a PDF, in NFC. */
  public static String pdfText(byte[] pdf) {
    try {
      PdfReader reader = new PdfReader(pdf);
      try {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
          text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return Normalizer.normalize(text.toString(), Normalizer.Form.NFC);
      } finally {
        reader.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Base names of the fonts of a PDF that carry an embedded font file (FontFile2). */
  public static Set<String> embeddedFonts(byte[] pdf) {
    try {
      PdfReader reader = new PdfReader(pdf);
      Set<String> names = new HashSet<>();
      for (int i = 1; i < reader.getXrefSize(); i++) {
        PdfObject object = reader.getPdfObject(i);
        if (object instanceof PdfDictionary dictionary
            && PdfName.FONTDESCRIPTOR.equals(dictionary.getAsName(PdfName.TYPE))
            && dictionary.get(PdfName.FONTFILE2) != null) {
          names.add(dictionary.getAsName(PdfName.FONTNAME).toString());
        }
      }
      reader.close();
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cells of the first worksheet by reference ("B7"): strings as text, numbers as written. */
  public static Map<String, String> xlsxCells(byte[] xlsx) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    // fastexcel streams its entries with data descriptors, which ZipInputStream cannot read.
    try {
      Path file = Files.createTempFile("paperwork", ".xlsx");
      try {
        Files.write(file, xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
          for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
            try (InputStream in = zip.getInputStream(entry)) {
              parts.put(entry.getName(), in.readAllBytes());
            }
          }
        }
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> shared = new ArrayList<>();
    if (parts.containsKey("xl/sharedStrings.xml")) {
      NodeList items = xml(parts.get("xl/sharedStrings.xml")).getElementsByTagName("si");
      for (int i = 0; i < items.getLength(); i++) {
        shared.add(items.item(i).getTextContent());
      }
    }
    Map<String, String> cells = new LinkedHashMap<>();
    NodeList cellNodes = xml(parts.get("xl/worksheets/sheet1.xml")).getElementsByTagName("c");
    for (int i = 0; i < cellNodes.getLength(); i++) {
      Element cell = (Element) cellNodes.item(i);
      String type = cell.getAttribute("t");
      NodeList values = cell.getElementsByTagName("v");
      String value;
      if ("inlineStr".equals(type)) {
        value = cell.getTextContent();
      } else if (values.getLength() == 0) {
        continue;
      } else if ("s".equals(type)) {
        value = shared.get(Integer.parseInt(values.item(0).getTextContent()));
      } else {
        value = values.item(0).getTextContent();
      }
      cells.put(cell.getAttribute("r"), value);
    }
    return cells;
  }

  private static Document xml(byte[] bytes) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    } catch (Exception e) {
      throw new IllegalStateException("not an XML part", e);
    }
  }
}
