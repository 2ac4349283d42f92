package vn.ocop.registry.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.support.Fixtures.NATIONAL;
import static vn.ocop.registry.support.Fixtures.OFFICER_01;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.as;
import static vn.ocop.registry.support.ImportFiles.CSV;
import static vn.ocop.registry.support.ImportFiles.HEADER;
import static vn.ocop.registry.support.ImportFiles.XLSX;
import static vn.ocop.registry.support.ImportFiles.row;
import static vn.ocop.registry.support.ImportFiles.upload;
import static vn.ocop.registry.support.ImportFiles.uploadCsv;
import static vn.ocop.registry.support.ImportFiles.with;
import static vn.ocop.registry.support.ImportFiles.withoutCertificate;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.registry.support.Db;
import vn.ocop.registry.support.Fixtures;

/** Export in the import format, its round trip, its scope, and the import template. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class ExportTest {
  /** Hà Tĩnh: a province this test class keeps to itself (the others use Đắk Lắk and Hà Nội). */
  private static final String HA_TINH = "42";

  private static final String EXPORTS = "/api/registry/v1/exports";

  @Test
  void anExportReimportedCreatesNothingInCsvAndXlsx() {
    List<Map<String, String>> rows = haTinhRows();
    uploadCsv(NATIONAL, rows, "").statusCode(201);
    // A subject registered one by one, with a product, is exported too.
    String taxCode = Fixtures.taxCode();
    String communeOfHaTinh = rows.get(0).get("commune_code");
    var subject =
        java.util.UUID.fromString(
            Fixtures.registerSubject(
                    NATIONAL, Fixtures.cooperative(taxCode, HA_TINH, communeOfHaTinh))
                .statusCode(201)
                .extract()
                .path("id"));
    Fixtures.productOf(NATIONAL, subject);

    byte[] csv =
        as(NATIONAL)
            .queryParam("provinceCode", HA_TINH)
            .get(EXPORTS)
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .header("Content-Disposition", containsString("ocop-registry-42-"))
            .extract()
            .asByteArray();
    List<List<String>> lines = csvLines(csv);
    assertThat(lines.get(0)).containsExactlyElementsOf(HEADER);
    assertThat(lines).hasSizeGreaterThanOrEqualTo(rows.size() + 2);
    List<String> revoked =
        lines.stream()
            .filter(l -> l.get(HEADER.indexOf("certificate_status")).equals("REVOKED"))
            .findFirst()
            .orElseThrow();
    assertThat(revoked.get(HEADER.indexOf("certificate_status_reason")))
        .isEqualTo("Vi phạm quy chế quản lý sản phẩm OCOP");
    assertThat(revoked.get(HEADER.indexOf("map_version"))).isEqualTo("2025-03");
    assertThat(revoked.get(HEADER.indexOf("district_code"))).isNotEmpty();

    long writes = Db.writes();
    upload(NATIONAL, CSV, csv, "")
        .statusCode(200)
        .body("outcome", equalTo("UNCHANGED"))
        .body("totals.rejectedRows", equalTo(0))
        .body("totals.subjectsCreated", equalTo(0))
        .body("totals.productsCreated", equalTo(0))
        .body("totals.certificatesCreated", equalTo(0))
        .body("totals.rows", equalTo(lines.size() - 1));

    byte[] xlsx =
        as(NATIONAL)
            .queryParam("provinceCode", HA_TINH)
            .queryParam("format", "xlsx")
            .get(EXPORTS)
            .then()
            .statusCode(200)
            .contentType(containsString(XLSX))
            .extract()
            .asByteArray();
    List<Row> sheet = firstSheet(xlsx);
    assertThat(sheet.get(0).getCellText(0)).isEqualTo("map_version");
    assertThat(sheet).hasSize(lines.size());
    int decisionDate = HEADER.indexOf("certificate_decision_date");
    assertThat(
            sheet.stream()
                .skip(1)
                .filter(r -> r.getOptionalCell(decisionDate).isPresent())
                .map(r -> r.getCell(decisionDate).getType()))
        .as("dates are typed date cells")
        .contains(CellType.NUMBER);
    upload(NATIONAL, XLSX, xlsx, "")
        .statusCode(200)
        .body("outcome", equalTo("UNCHANGED"))
        .body("totals.rejectedRows", equalTo(0))
        .body("totals.certificatesCreated", equalTo(0));
    assertThat(Db.writes()).isEqualTo(writes);
  }

  @Test
  void anExportStaysInsideTheCallersProvince() {
    Map<String, String> dakLak = row();
    Map<String, String> haNoi = with(row(), "province_code", "01", "commune_code", "00004");
    uploadCsv(NATIONAL, List.of(dakLak, haNoi), "").statusCode(201);

    String ofDakLak =
        new String(
            as(OFFICER_66).get(EXPORTS).then().statusCode(200).extract().asByteArray(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(ofDakLak)
        .contains(dakLak.get("subject_identifier"))
        .doesNotContain(haNoi.get("subject_identifier"));
    String ofHaNoi =
        new String(
            as(OFFICER_01).get(EXPORTS).then().statusCode(200).extract().asByteArray(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(ofHaNoi)
        .contains(haNoi.get("subject_identifier"))
        .doesNotContain(dakLak.get("subject_identifier"));

    as(OFFICER_01)
        .queryParam("provinceCode", "66")
        .get(EXPORTS)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
    as(TestTokens.councilMember("member", "66"))
        .get(EXPORTS)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    as(NATIONAL)
        .queryParam("format", "ods")
        .get(EXPORTS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("format"));
  }

  @Test
  void theCsvTemplateHasTheHeaderAndAnExampleRowThatImports() {
    byte[] template =
        as(OFFICER_66)
            .get("/api/registry/v1/imports/template")
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .header("Content-Disposition", containsString("ocop-import-template.csv"))
            .extract()
            .asByteArray();
    assertThat(template).startsWith(0xEF, 0xBB, 0xBF);
    List<List<String>> lines = csvLines(template);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).containsExactlyElementsOf(HEADER);
    assertThat(lines.get(1).get(HEADER.indexOf("subject_name")))
        .isEqualTo("Hợp tác xã Nông nghiệp Cà phê Ea Tu");

    upload(OFFICER_66, CSV, template, "dryRun=true")
        .statusCode(200)
        .body("outcome", equalTo("DRY_RUN"))
        .body("totals.rejectedRows", equalTo(0))
        .body("totals.validRows", equalTo(1));
  }

  @Test
  void theXlsxTemplateDocumentsEveryColumnOnASecondSheet() throws IOException {
    byte[] template =
        as(NATIONAL)
            .queryParam("format", "xlsx")
            .get("/api/registry/v1/imports/template")
            .then()
            .statusCode(200)
            .contentType(containsString(XLSX))
            .extract()
            .asByteArray();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName).containsExactly("Dữ liệu", "Hướng dẫn");
      List<Row> data = sheets.get(0).read();
      assertThat(data).hasSize(2);
      assertThat(data.get(1).getCell(HEADER.indexOf("valid_from")).getType())
          .isEqualTo(CellType.NUMBER);
      List<Row> guide = sheets.get(1).read();
      assertThat(guide).hasSize(HEADER.size() + 1);
      assertThat(guide.stream().skip(1).map(r -> r.getCellText(0)).toList())
          .containsExactlyElementsOf(HEADER);
      assertThat(guide.get(1 + HEADER.indexOf("score")).getCellText(3)).contains("90 to 100");
    }
    upload(NATIONAL, XLSX, template, "dryRun=true")
        .statusCode(200)
        .body("totals.rejectedRows", equalTo(0))
        .body("totals.validRows", equalTo(1));
  }

  /** Rows of Hà Tĩnh on both maps, with and without certificates, one revoked. */
  private static List<Map<String, String>> haTinhRows() {
    String commune =
        (String)
            vn.ocop.registry.support.Rows.list(
                    "select code from admin_unit where map_version = '2025-07' and level ="
                        + " 'COMMUNE' and province_code = ? order by code limit 1",
                    HA_TINH)
                .get(0)
                .get("code");
    Map<String, Object> old =
        vn.ocop.registry.support.Rows.list(
                "select code, district_code from admin_unit where map_version = '2025-03' and"
                    + " level = 'COMMUNE' and province_code = ? order by code limit 1",
                HA_TINH)
            .get(0);
    Map<String, String> cooperative =
        with(row(), "province_code", HA_TINH, "commune_code", commune);
    List<Map<String, String>> rows = new ArrayList<>();
    rows.add(cooperative);
    rows.add(with(withoutCertificate(cooperative), "product_name", "Kẹo cu đơ Hà Tĩnh"));
    rows.add(
        with(
            row(),
            "map_version",
            "2025-03",
            "subject_type",
            "COOPERATIVE_GROUP",
            "subject_identifier",
            "",
            "subject_name",
            "Tổ hợp tác Nước mắm " + System.nanoTime(),
            "province_code",
            HA_TINH,
            "district_code",
            (String) old.get("district_code"),
            "commune_code",
            (String) old.get("code"),
            "product_set",
            "9",
            "certificate_status",
            "REVOKED",
            "certificate_status_reason",
            "Vi phạm quy chế quản lý sản phẩm OCOP"));
    rows.add(
        with(
            row(),
            "subject_type",
            "HOUSEHOLD_BUSINESS",
            "subject_identifier",
            Fixtures.personalId(),
            "province_code",
            HA_TINH,
            "commune_code",
            commune,
            "certificate_decision_date",
            "2021-03-15",
            "valid_from",
            "2021-03-15",
            "star_class",
            "3",
            "score",
            "55.5"));
    return rows;
  }

  private static List<List<String>> csvLines(byte[] bytes) {
    CsvRecords records = new CsvRecords(new StrictUtf8Reader(bytes), ',');
    List<List<String>> lines = new ArrayList<>();
    for (List<String> line = records.next(); line != null; line = records.next()) {
      lines.add(line);
    }
    return lines;
  }

  private static List<Row> firstSheet(byte[] xlsx) {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      return workbook.getFirstSheet().read();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
