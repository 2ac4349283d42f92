package vn.ocop.registry.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Import files for the transfer tests: rows with valid defaults, as CSV or XLSX, and uploads. */
public final class ImportFiles {
  public static final String CSV = "text/csv";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String IMPORTS = "/api/registry/v1/imports";

  public static final List<String> HEADER =
      List.of(
          "map_version",
          "subject_type",
          "subject_identifier",
          "subject_name",
          "province_code",
          "district_code",
          "commune_code",
          "address",
          "representative",
          "phone",
          "email",
          "woman_led",
          "ethnic_minority_led",
          "product_name",
          "product_set",
          "product_description",
          "certificate_decision_number",
          "certificate_decision_date",
          "certificate_issuing_body",
          "certificate_issuing_level",
          "star_class",
          "score",
          "valid_from",
          "valid_to",
          "certificate_status",
          "certificate_status_reason");

  public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  public static final LocalDate A_YEAR_AGO = TODAY.minusYears(1);

  private static final AtomicInteger NUMBER = new AtomicInteger();

  private ImportFiles() {}

  /**
   * A valid row: a coffee cooperative of Đắk Lắk (current map) with a fresh tax code, a product of
   * set 13 and a 4-star provincial certificate decided a year ago (so in force, ISSUED).
   */
  public static Map<String, String> row() {
    int n = NUMBER.incrementAndGet();
    Map<String, String> row = new LinkedHashMap<>();
    row.put("map_version", "2025-07");
    row.put("subject_type", "COOPERATIVE");
    row.put("subject_identifier", Fixtures.taxCode());
    row.put("subject_name", "HTX Cà phê Ea Tu số " + n);
    row.put("province_code", "66");
    row.put("district_code", "");
    row.put("commune_code", "24133");
    row.put("address", "Thôn 3, phường Buôn Ma Thuột");
    row.put("representative", "Y Bhim Niê");
    row.put("phone", "0912345678");
    row.put("email", "htx" + n + "@example.vn");
    row.put("woman_led", "false");
    row.put("ethnic_minority_led", "true");
    row.put("product_name", "Cà phê bột Ea Tu " + n);
    row.put("product_set", "13");
    row.put("product_description", "Cà phê Robusta rang xay");
    row.put("certificate_decision_number", n + "/QĐ-UBND");
    row.put("certificate_decision_date", A_YEAR_AGO.toString());
    row.put("certificate_issuing_body", "Ủy ban nhân dân tỉnh Đắk Lắk");
    row.put("certificate_issuing_level", "PROVINCE");
    row.put("star_class", "4");
    row.put("score", "78.5");
    row.put("valid_from", A_YEAR_AGO.toString());
    row.put("valid_to", "");
    row.put("certificate_status", "");
    row.put("certificate_status_reason", "");
    return row;
  }

  /** A copy of a row with some cells changed: {@code with(row, "score", "91", ...)}. */
  public static Map<String, String> with(Map<String, String> row, String... cells) {
    Map<String, String> copy = new LinkedHashMap<>(row);
    for (int i = 0; i < cells.length; i += 2) {
      if (!copy.containsKey(cells[i])) {
        throw new IllegalArgumentException("no column " + cells[i]);
      }
      copy.put(cells[i], cells[i + 1]);
    }
    return copy;
  }

  /** The same row without a certificate. */
  public static Map<String, String> withoutCertificate(Map<String, String> row) {
    Map<String, String> copy = new LinkedHashMap<>(row);
    for (String column : HEADER.subList(HEADER.indexOf("certificate_decision_number"), 26)) {
      copy.put(column, "");
    }
    return copy;
  }

  public static String csv(List<Map<String, String>> rows) {
    StringBuilder out = new StringBuilder(String.join(",", HEADER)).append('\n');
    for (Map<String, String> row : rows) {
      out.append(line(HEADER.stream().map(row::get).toList())).append('\n');
    }
    return out.toString();
  }

  public static String line(List<String> cells) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String cell = cells.get(i) == null ? "" : cells.get(i);
      boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n");
      out.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
    }
    return out.toString();
  }

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * An XLSX workbook of the rows with typed cells, as Excel users save them: product set, star
   * class and score as numbers, dates as dates, booleans as booleans, and the unit codes as numbers
   * (so their leading zeros are lost, as in real files).
   */
  public static byte[] xlsx(List<Map<String, String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "test", "1.0");
      Worksheet sheet = workbook.newWorksheet("Dữ liệu");
      for (int c = 0; c < HEADER.size(); c++) {
        sheet.value(0, c, HEADER.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < HEADER.size(); c++) {
          String column = HEADER.get(c);
          String value = rows.get(r).get(column);
          if (value == null || value.isEmpty()) {
            continue;
          }
          switch (column) {
            case "product_set", "star_class", "province_code", "commune_code" ->
                sheet.value(r + 1, c, Integer.valueOf(value));
            case "score" -> sheet.value(r + 1, c, new java.math.BigDecimal(value));
            case "certificate_decision_date", "valid_from", "valid_to" -> {
              sheet.value(r + 1, c, LocalDate.parse(value));
              sheet.style(r + 1, c).format("dd/mm/yyyy").set();
            }
            case "woman_led", "ethnic_minority_led" ->
                sheet.value(r + 1, c, Boolean.valueOf(value));
            default -> sheet.value(r + 1, c, value);
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Uploads a file as the raw body, with exactly the given Content-Type (no charset appended).
   *
   * @param query e.g. {@code "mode=VALID_ROWS_ONLY&dryRun=true"}, or empty
   */
  public static ValidatableResponse upload(
      String token, String contentType, byte[] body, String query) {
    return given()
        .config(
            RestAssured.config()
                .encoderConfig(
                    EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
        .auth()
        .oauth2(token)
        .contentType(contentType)
        .body(body)
        .post(IMPORTS + (query.isEmpty() ? "" : "?" + query))
        .then();
  }

  /** The answer to a raw upload: status, a few headers and the body as JSON. */
  public record Answer(int status, String contentType, String requestId, JsonPath json) {}

  /**
   * Uploads a large body with the JDK's HTTP client, which streams it (REST Assured copies and
   * sends tens of megabytes slowly).
   */
  public static Answer post(String token, String contentType, byte[] body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + IMPORTS))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", contentType)
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .build()
              .send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          response.headers().firstValue("X-Request-Id").orElse(null),
          new JsonPath(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends only the headers of an upload, with "Expect: 100-continue", and returns what the server
   * answers before any byte of the body (status line, headers and body, as text).
   */
  public static String postHeadersOnly(String token, String contentType, long contentLength) {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(10_000);
      String request =
          "POST "
              + IMPORTS
              + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: "
              + contentType
              + "\r\nContent-Length: "
              + contentLength
              + "\r\nExpect: 100-continue\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      try {
        while ((n = socket.getInputStream().read(buffer)) >= 0) {
          answer.write(buffer, 0, n);
          if (answer.toString(StandardCharsets.UTF_8).contains("}]}")) {
            break;
          }
        }
      } catch (java.net.SocketTimeoutException e) {
        // what arrived is the answer
      }
      return answer.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ValidatableResponse uploadCsv(
      String token, List<Map<String, String>> rows, String query) {
    return upload(token, CSV, utf8(csv(rows)), query);
  }
}
