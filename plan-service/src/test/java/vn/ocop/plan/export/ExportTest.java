package vn.ocop.plan.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.plan.support.PlanData.inCommune;
import static vn.ocop.plan.support.PlanData.plan;
import static vn.ocop.plan.support.PlanData.target;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.progress.ProgressClock;
import vn.ocop.plan.progress.ProgressStatus;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.CertificateEvents;
import vn.ocop.plan.support.PlanData;
import vn.ocop.plan.support.Tokens;

/** The progress views as XLSX and CSV files hold the JSON view's figures; the chart is SVG. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class ExportTest {
  static final String TAY_NINH = "80";
  static final String TAN_NINH = "25459";
  static final int YEAR = 2079;
  static boolean seeded;

  @BeforeEach
  void seed() {
    ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
    QuarkusMock.installMockForType(
        new ProgressClock(
            Clock.fixed(LocalDate.of(YEAR, 7, 1).atStartOfDay(zone).toInstant(), zone)),
        ProgressClock.class);
    if (seeded) {
      return;
    }
    PlanData.publishAndAwait(
        List.of(
            CertificateEvents.certificate(TAY_NINH, 3, LocalDate.of(YEAR, 2, 1)),
            inCommune(TAY_NINH, TAN_NINH, 4, LocalDate.of(YEAR, 3, 1)),
            CertificateEvents.certificate("92", 5, LocalDate.of(YEAR, 3, 1))));
    Map<String, Object> commune = new HashMap<>(target("PRODUCTS_4STAR", YEAR, "AT_LEAST", 2));
    commune.put("communeCode", TAN_NINH);
    PlanData.approved(
        TAY_NINH,
        plan(
            "Tây Ninh " + YEAR,
            YEAR,
            YEAR,
            List.of(target("PRODUCTS_3STAR_PLUS", YEAR, "AT_LEAST", 4), commune)));
    seeded = true;
  }

  @Test
  void theNationalXlsxHoldsTheFiguresOfTheNationalView() throws Exception {
    Response file =
        given()
            .auth()
            .oauth2(Tokens.national())
            .queryParam("year", YEAR)
            .queryParam("format", "xlsx")
            .get("/api/plan/v1/progress/export");
    file.then()
        .statusCode(200)
        .contentType(ExportFormat.XLSX_TYPE)
        .header(
            "Content-Disposition",
            equalTo("attachment; filename=\"tien-do-ocop-toan-quoc-2079.xlsx\""));

    List<List<String>> rows = xlsx(file.asByteArray());
    assertThat(rows.get(0)).isEqualTo(ProgressTable.HEADERS);
    assertThat(rows.subList(1, rows.size())).isEqualTo(expectedNational());
    assertThat(rows)
        .anySatisfy(
            row ->
                assertThat(row)
                    .startsWith("80", "Tây Ninh", "", "", "PRODUCTS_3STAR_PLUS")
                    .contains("4", "2", "2", "Đúng tiến độ"));
  }

  @Test
  void theNationalCsvIsUtf8WithAByteOrderMarkAndHoldsTheSameFigures() {
    Response file =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .queryParam("year", YEAR)
            .queryParam("format", "csv")
            .get("/api/plan/v1/progress/export");
    file.then()
        .statusCode(200)
        .contentType("text/csv")
        .header(
            "Content-Disposition",
            equalTo("attachment; filename=\"tien-do-ocop-toan-quoc-2079.csv\""));
    byte[] bytes = file.asByteArray();
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);

    List<List<String>> rows = csv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    assertThat(rows.get(0)).isEqualTo(ProgressTable.HEADERS);
    assertThat(rows.subList(1, rows.size())).isEqualTo(expectedNational());
  }

  @Test
  void theProvinceExportsHoldItsLinesAndItsCommunesLines() throws Exception {
    JsonPath view =
        Api.as(Tokens.provinceOfficer(TAY_NINH))
            .queryParam("year", YEAR)
            .get("/api/plan/v1/provinces/{code}/progress", TAY_NINH)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<List<String>> expected = new ArrayList<>();
    for (Map<String, Object> line : view.<Map<String, Object>>getList("lines")) {
      expected.add(row(TAY_NINH, "Tây Ninh", null, line));
    }
    for (Map<String, Object> commune : view.<Map<String, Object>>getList("communes")) {
      for (Map<String, Object> line : (List<Map<String, Object>>) commune.get("lines")) {
        expected.add(row(TAY_NINH, "Tây Ninh", (String) commune.get("communeName"), line));
      }
    }
    assertThat(expected)
        .anySatisfy(
            row ->
                assertThat(row).contains(TAN_NINH, "Tân Ninh", "PRODUCTS_4STAR", "Đúng tiến độ"));

    Response csv =
        given()
            .auth()
            .oauth2(Tokens.provinceOfficer(TAY_NINH))
            .queryParam("year", YEAR)
            .queryParam("format", "csv")
            .get("/api/plan/v1/provinces/{code}/progress/export", TAY_NINH);
    csv.then()
        .statusCode(200)
        .header(
            "Content-Disposition", equalTo("attachment; filename=\"tien-do-ocop-80-2079.csv\""));
    byte[] bytes = csv.asByteArray();
    List<List<String>> csvRows =
        csv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    assertThat(csvRows.subList(1, csvRows.size())).isEqualTo(expected);

    byte[] xlsx =
        given()
            .auth()
            .oauth2(Tokens.national())
            .queryParam("year", YEAR)
            .get("/api/plan/v1/provinces/{code}/progress/export", TAY_NINH)
            .then()
            .statusCode(200)
            .contentType(ExportFormat.XLSX_TYPE)
            .extract()
            .asByteArray();
    List<List<String>> xlsxRows = xlsx(xlsx);
    assertThat(xlsxRows.subList(1, xlsxRows.size())).isEqualTo(expected);
  }

  @Test
  void exportsAreRefusedOutsideTheCallersScopeOrInAnUnknownFormat() {
    given()
        .auth()
        .oauth2(Tokens.national())
        .queryParam("format", "pdf")
        .get("/api/plan/v1/progress/export")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("format"))
        .body("errors[0].rule", equalTo("OneOf"));
    given()
        .auth()
        .oauth2(Tokens.provinceOfficer(TAY_NINH))
        .get("/api/plan/v1/progress/export")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.provinceOfficer("66"))
        .get("/api/plan/v1/provinces/{code}/progress/export", TAY_NINH)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    given()
        .auth()
        .oauth2(Tokens.communeOfficer(TAY_NINH))
        .get("/api/plan/v1/provinces/{code}/progress/export", TAY_NINH)
        .then()
        .statusCode(403);
    given().get("/api/plan/v1/progress/export").then().statusCode(401);
  }

  @Test
  void theChartIsWellFormedSvgWithATargetAndAnActualBarPerProvince() throws Exception {
    Response chart =
        given()
            .auth()
            .oauth2(Tokens.national())
            .queryParam("year", YEAR)
            .queryParam("indicatorCode", "PRODUCTS_3STAR_PLUS")
            .get("/api/plan/v1/progress/chart.svg");
    chart.then().statusCode(200).contentType("image/svg+xml");

    Document svg = xml(chart.asByteArray());
    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    List<Element> provinces = new ArrayList<>();
    NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if ("province".equals(group.getAttribute("class"))) {
        provinces.add(group);
      }
    }
    assertThat(provinces).hasSize(34);
    for (Element province : provinces) {
      assertThat(rects(province, "target")).hasSize(1);
      assertThat(rects(province, "actual")).hasSize(1);
    }
    Element tayNinh =
        provinces.stream()
            .filter(p -> TAY_NINH.equals(p.getAttribute("data-province")))
            .findFirst()
            .orElseThrow();
    assertThat(tayNinh.getTextContent()).contains("Tây Ninh");
    assertThat(rects(tayNinh, "target").get(0).getAttribute("data-value")).isEqualTo("4");
    assertThat(rects(tayNinh, "actual").get(0).getAttribute("data-value")).isEqualTo("2");
    Element canTho =
        provinces.stream()
            .filter(p -> "92".equals(p.getAttribute("data-province")))
            .findFirst()
            .orElseThrow();
    assertThat(rects(canTho, "target").get(0).getAttribute("data-value")).isEmpty();
    assertThat(rects(canTho, "actual").get(0).getAttribute("data-value")).isEqualTo("1");

    given()
        .auth()
        .oauth2(Tokens.national())
        .get("/api/plan/v1/progress/chart.svg")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("indicatorCode"));
    given()
        .auth()
        .oauth2(Tokens.national())
        .queryParam("indicatorCode", "NOPE")
        .get("/api/plan/v1/progress/chart.svg")
        .then()
        .statusCode(422)
        .body("errors[0].rule", equalTo("exists"));
    given()
        .auth()
        .oauth2(Tokens.provinceOfficer(TAY_NINH))
        .queryParam("indicatorCode", "PRODUCTS_3STAR")
        .get("/api/plan/v1/progress/chart.svg")
        .then()
        .statusCode(403);
  }

  @Test
  void chartLabelsAreEscaped() throws Exception {
    String name = "Tỉnh <b> & \"ngoặc\" 'đơn'";
    String svg =
        ProgressChart.svg(
            "A < B & C",
            "tính đến ngày 01/07/2079",
            List.of(new ProgressChart.Bar("01", name, BigDecimal.TEN, new BigDecimal("2.5"))));
    Document document = xml(svg.getBytes(StandardCharsets.UTF_8));
    Element group =
        (Element) document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g").item(1);
    assertThat(group.getElementsByTagNameNS("*", "text").item(0).getTextContent()).isEqualTo(name);
    assertThat(document.getElementsByTagNameNS("*", "title").item(0).getTextContent())
        .isEqualTo("A < B & C");
  }

  private List<List<String>> expectedNational() {
    JsonPath view =
        Api.as(Tokens.national())
            .queryParam("year", YEAR)
            .get("/api/plan/v1/progress")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, Object> line : view.<Map<String, Object>>getList("totals")) {
      rows.add(row("", ProgressTable.COUNTRY, null, line));
    }
    for (Map<String, Object> province : view.<Map<String, Object>>getList("provinces")) {
      for (Map<String, Object> line : (List<Map<String, Object>>) province.get("lines")) {
        rows.add(
            row(
                (String) province.get("provinceCode"),
                (String) province.get("provinceName"),
                null,
                line));
      }
    }
    return rows;
  }

  /** A JSON line as the file lays it out (numbers without trailing zeros, labels in Vietnamese). */
  private static List<String> row(
      String code, String name, String communeName, Map<String, Object> line) {
    String accumulation =
        line.get("accumulation") == null
            ? ""
            : "PER_YEAR".equals(line.get("accumulation"))
                ? "Trong năm"
                : line.get("targetYear") == null ? "Cả giai đoạn" : "Lũy kế đến năm";
    String kind =
        line.get("kind") == null
            ? ""
            : "AT_LEAST".equals(line.get("kind")) ? "Tối thiểu" : "Tối đa";
    return List.of(
        code,
        name,
        text(line.get("communeCode")),
        text(communeName),
        text(line.get("indicatorCode")),
        text(line.get("indicatorName")),
        "PERCENT".equals(line.get("unit")) ? "%" : "Số lượng",
        accumulation,
        number(line.get("targetYear")),
        number(line.get("fromYear")),
        number(line.get("toYear")),
        number(line.get("dueYear")),
        kind,
        number(line.get("target")),
        number(line.get("actual")),
        number(line.get("expected")),
        number(line.get("percentOfTarget")),
        ProgressStatus.valueOf((String) line.get("status")).labelVi());
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String number(Object value) {
    return value == null
        ? ""
        : new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
  }

  /** The header row and the rows below it, every cell as text (numbers without trailing zeros). */
  private static List<List<String>> xlsx(byte[] bytes) throws Exception {
    File file = File.createTempFile("progress-", ".xlsx");
    try {
      Files.write(file.toPath(), bytes);
      try (ReadableWorkbook workbook = new ReadableWorkbook(file)) {
        assertThat(workbook.getFirstSheet().getName()).isEqualTo(XlsxFile.SHEET);
        List<List<String>> rows = new ArrayList<>();
        boolean table = false;
        for (Row row : workbook.getFirstSheet().read()) {
          table |= "Mã tỉnh".equals(row.getCellText(0));
          if (!table) {
            continue;
          }
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < ProgressTable.HEADERS.size(); c++) {
            cells.add(cell(row, c));
          }
          rows.add(cells);
        }
        return rows;
      }
    } finally {
      Files.deleteIfExists(file.toPath());
    }
  }

  private static String cell(Row row, int column) {
    if (column >= row.getCellCount() || row.getCell(column) == null) {
      return "";
    }
    return switch (row.getCell(column).getType()) {
      case NUMBER -> row.getCellAsNumber(column).orElseThrow().stripTrailingZeros().toPlainString();
      case EMPTY -> "";
      default -> row.getCellText(column);
    };
  }

  /**
   * RFC 4180: quoted fields may hold commas and doubled quotes. Numbers are compared without
   * trailing zeros, as the JSON's are.
   */
  private static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.split("\r\n")) {
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          fields.add(plain(field.toString()));
          field.setLength(0);
        } else {
          field.append(c);
        }
      }
      fields.add(plain(field.toString()));
      rows.add(fields);
    }
    return rows;
  }

  private static String plain(String field) {
    return field.matches("-?\\d+\\.\\d+")
        ? new BigDecimal(field).stripTrailingZeros().toPlainString()
        : field;
  }

  private static Document xml(byte[] bytes) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  private static List<Element> rects(Element group, String kind) {
    List<Element> found = new ArrayList<>();
    NodeList rects = group.getElementsByTagNameNS("*", "rect");
    for (int i = 0; i < rects.getLength(); i++) {
      Element rect = (Element) rects.item(i);
      if (kind.equals(rect.getAttribute("class"))) {
        found.add(rect);
      }
    }
    return found;
  }
}
