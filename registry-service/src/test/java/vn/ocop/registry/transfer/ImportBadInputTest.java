package vn.ocop.registry.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.ocop.registry.support.Fixtures.NATIONAL;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.ImportFiles.CSV;
import static vn.ocop.registry.support.ImportFiles.HEADER;
import static vn.ocop.registry.support.ImportFiles.XLSX;
import static vn.ocop.registry.support.ImportFiles.csv;
import static vn.ocop.registry.support.ImportFiles.row;
import static vn.ocop.registry.support.ImportFiles.upload;
import static vn.ocop.registry.support.ImportFiles.utf8;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.registry.support.Db;
import vn.ocop.registry.support.ImportFiles;
import vn.ocop.registry.support.Rows;

/**
 * Files that cannot be imported at all: each is answered with a 4xx problem+json naming what is
 * wrong, and nothing is written (no subject, product, certificate, event or import record).
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class ImportBadInputTest {

  @Test
  void missingUnknownAndRepeatedColumnsAreEachNamed() {
    List<String> header = new ArrayList<>(HEADER);
    header.remove("subject_name");
    header.set(header.indexOf("address"), "dia_chi");
    header.add("product_set");
    String file = String.join(",", header) + "\n" + String.join(",", header) + "\n";

    ValidatableResponse answer =
        refused(() -> upload(OFFICER_66, CSV, utf8(file), ""), 422, "IMPORT_COLUMNS_INVALID");
    answer
        .body("errors.find { it.field == 'subject_name' }.rule", equalTo("MissingColumn"))
        .body("errors.find { it.field == 'address' }.rule", equalTo("MissingColumn"))
        .body("errors.find { it.field == 'dia_chi' }.rule", equalTo("UnknownColumn"))
        .body("errors.find { it.field == 'product_set' }.rule", equalTo("DuplicateColumn"))
        .body("errors.size()", equalTo(4));
  }

  @Test
  void textThatIsNotUtf8IsRefusedNamingTheFirstBadByte() {
    String header = String.join(",", HEADER) + "\n";
    String line = ImportFiles.line(HEADER.stream().map(row()::get).toList()) + "\n";
    // Saved by a spreadsheet in Windows-1258 ("ANSI"), as Vietnamese offices sometimes do.
    byte[] ansi = line.getBytes(Charset.forName("windows-1258"));
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(utf8(header));
    file.writeBytes(ansi);
    int firstNonAscii = 0;
    while ((ansi[firstNonAscii] & 0x80) == 0) {
      firstNonAscii++;
    }
    int offset = utf8(header).length + firstNonAscii;

    refused(() -> upload(OFFICER_66, CSV, file.toByteArray(), ""), 422, "IMPORT_NOT_UTF8")
        .body("detail", containsString("offset " + offset))
        .body("detail", containsString("line 2"))
        .body("errors[0].field", equalTo("body"))
        .body("errors[0].rule", equalTo("Utf8"));
  }

  @Test
  void aByteOrderMarkSemicolonsCrlfAndQuotedLineBreaksAreRead() {
    Map<String, String> row =
        ImportFiles.with(row(), "address", "Thôn 3; \"Buôn\" Ma Thuột\nĐắk Lắk");
    StringBuilder file = new StringBuilder("\uFEFF").append(String.join(";", HEADER));
    file.append("\r\n");
    List<String> cells = new ArrayList<>();
    for (String column : HEADER) {
      String value = row.get(column);
      cells.add(
          value.contains(";") || value.contains("\"") || value.contains("\n")
              ? '"' + value.replace("\"", "\"\"") + '"'
              : value);
    }
    file.append(String.join(";", cells)).append("\r\n");

    upload(OFFICER_66, CSV, utf8(file.toString()), "")
        .statusCode(201)
        .body("totals.subjectsCreated", equalTo(1));
    assertThat(
            Rows.single(
                "select address from subject where identifier = ?", row.get("subject_identifier")))
        .containsEntry("address", "Thôn 3; \"Buôn\" Ma Thuột\nĐắk Lắk");
  }

  @Test
  void anUploadOverTheLimitIs413ProblemJson() {
    byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
    Arrays.fill(fiftyMegabytes, (byte) 'a');
    long writes = Db.writes();

    ImportFiles.Answer answer = ImportFiles.post(OFFICER_66, CSV, fiftyMegabytes);
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.requestId()).isNotBlank();
    assertThat(answer.json().getString("code")).isEqualTo("IMPORT_TOO_LARGE");
    assertThat(answer.json().getInt("status")).isEqualTo(413);
    assertThat(answer.json().getString("requestId")).isEqualTo(answer.requestId());
    assertThat(answer.json().getString("errors[0].rule")).isEqualTo("MaxBytes");
    // A client that waits for "100 Continue" gets the answer without sending the body.
    String early = ImportFiles.postHeadersOnly(OFFICER_66, CSV, 50L * 1024 * 1024);
    assertThat(early).startsWith("HTTP/1.1 413").contains("application/problem+json");
    assertThat(early).contains("\"code\":\"IMPORT_TOO_LARGE\"");
    // Just over the limit, still under the HTTP layer's own limit: the same answer.
    byte[] justOver = new byte[20 * 1024 * 1024 + 1];
    Arrays.fill(justOver, (byte) 'a');
    ImportFiles.Answer over = ImportFiles.post(NATIONAL, XLSX, justOver);
    assertThat(over.status()).isEqualTo(413);
    assertThat(over.json().getString("code")).isEqualTo("IMPORT_TOO_LARGE");
    assertThat(Db.writes()).as("nothing written").isEqualTo(writes);
  }

  @Test
  void anEmptyFileOrOneWithoutDataRowsIsRefused() {
    refused(() -> upload(OFFICER_66, CSV, new byte[0], ""), 422, "IMPORT_EMPTY");
    refused(() -> upload(OFFICER_66, CSV, utf8("\uFEFF\r\n\r\n"), ""), 422, "IMPORT_EMPTY");
    refused(
            () -> upload(OFFICER_66, CSV, utf8(String.join(",", HEADER) + "\n,,,\n"), ""),
            422,
            "IMPORT_EMPTY")
        .body("detail", containsString("no data rows"));
    refused(() -> upload(OFFICER_66, XLSX, ImportFiles.xlsx(List.of()), ""), 422, "IMPORT_EMPTY");
  }

  @Test
  void moreRowsThanTheLimitAreRefused() {
    String line = ImportFiles.line(HEADER.stream().map(row()::get).toList()) + "\n";
    String file = String.join(",", HEADER) + "\n" + line.repeat(50_001);

    refused(() -> upload(NATIONAL, CSV, utf8(file), ""), 422, "IMPORT_TOO_MANY_ROWS")
        .body("detail", containsString("50000"));
  }

  @Test
  void anUnknownContentTypeOrCharsetIs415() {
    refused(
        () -> upload(OFFICER_66, "application/json", utf8("{\"rows\":[]}"), ""),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
    refused(
            () ->
                upload(OFFICER_66, "text/csv; charset=windows-1258", utf8(csv(List.of(row()))), ""),
            415,
            "IMPORT_UNSUPPORTED_CHARSET")
        .body("detail", containsString("windows-1258"));
  }

  @Test
  void aCorruptWorkbookIsRefused() {
    byte[] truncated = Arrays.copyOf(ImportFiles.xlsx(List.of(row())), 600);
    refused(() -> upload(OFFICER_66, XLSX, truncated, ""), 422, "IMPORT_FILE_UNREADABLE");
    refused(
            () -> upload(OFFICER_66, XLSX, utf8(csv(List.of(row()))), ""),
            422,
            "IMPORT_FILE_UNREADABLE")
        .body("detail", containsString("not an XLSX workbook"));
    byte[] xls = {
      (byte) 0xD0,
      (byte) 0xCF,
      0x11,
      (byte) 0xE0,
      (byte) 0xA1,
      (byte) 0xB1,
      0x1A,
      (byte) 0xE1,
      0,
      0,
      0,
      0
    };
    refused(() -> upload(OFFICER_66, XLSX, xls, ""), 422, "IMPORT_FILE_UNREADABLE")
        .body("detail", containsString(".xls"));
    // A workbook sent as CSV.
    refused(
            () -> upload(OFFICER_66, CSV, ImportFiles.xlsx(List.of(row())), ""),
            422,
            "IMPORT_FILE_UNREADABLE")
        .body("detail", containsString("XLSX"));
    refused(
            () ->
                upload(
                    OFFICER_66,
                    CSV,
                    utf8(String.join(",", HEADER) + "\n2025-07,\"COOPERATIVE\n"),
                    ""),
            422,
            "IMPORT_FILE_UNREADABLE")
        .body("detail", containsString("never closed"));
  }

  @Test
  void invalidParametersAre400() {
    refused(
            () -> upload(OFFICER_66, CSV, utf8(csv(List.of(row()))), "mode=SOME_ROWS"),
            400,
            "VALIDATION_FAILED")
        .body("errors[0].field", equalTo("mode"))
        .body("errors[0].rule", equalTo("ImportMode"));
    refused(
            () -> upload(OFFICER_66, CSV, utf8(csv(List.of(row()))), "dryRun=perhaps"),
            400,
            "VALIDATION_FAILED")
        .body("errors[0].field", equalTo("dryRun"));
  }

  @Test
  void onlyOfficersWithAProvinceAndNationalAccountsMayImport() {
    byte[] file = utf8(csv(List.of(row())));
    refused(
        () ->
            upload(
                TestTokens.token("commune", Set.of("commune-officer"), Map.of("province", "66")),
                CSV,
                file,
                ""),
        403,
        "FORBIDDEN");
    refused(
        () -> upload(TestTokens.subjectMember("member", "66", UUID.randomUUID()), CSV, file, ""),
        403,
        "FORBIDDEN");
    refused(
        () -> upload(TestTokens.token("lost", Set.of("province-officer"), Map.of()), CSV, file, ""),
        403,
        "NO_PROVINCE_SCOPE");
    long writes = Db.writes();
    io.restassured.RestAssured.given()
        .contentType(CSV)
        .body(file)
        .post(ImportFiles.IMPORTS)
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    assertThat(Db.writes()).isEqualTo(writes);
  }

  /** Sends a request and checks the problem answer and that nothing was written. */
  private static ValidatableResponse refused(
      Supplier<ValidatableResponse> request, int status, String code) {
    long writes = Db.writes();
    long imports = Db.count("select count(*) from registry_import");
    ValidatableResponse response =
        request
            .get()
            .statusCode(status)
            .contentType("application/problem+json")
            .body("status", equalTo(status))
            .body("code", equalTo(code))
            .body("requestId", notNullValue());
    assertThat(Db.writes()).as("nothing written").isEqualTo(writes);
    assertThat(Db.count("select count(*) from registry_import")).isEqualTo(imports);
    return response;
  }
}
