package vn.ocop.plan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.plan.report.ReportFixtures.REPORT;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.ApprovedPlans;
import vn.ocop.plan.support.ApprovedPlans.Line;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Tokens;

/** A report's figures as a CSV file for spreadsheets. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class ReportExportTest {

  @Test
  void theFiguresAreExportedAsUtf8CsvWithVietnameseHeaders() {
    ReportWorkflowTest.publishAndAwait("08", 3, LocalDate.of(2006, 4, 9));
    ApprovedPlans.insert("08", 2006, 2010, Line.perYear("PRODUCTS_3STAR_PLUS", 2006, 4));
    String officer = Tokens.provinceOfficer("08");
    String id = ReportFixtures.draft("08", 2006, "FY");
    long version = ReportFixtures.get(id).getLong("version");
    Api.as(officer)
        .contentType("application/json")
        .body(
            "{\"version\":"
                + version
                + ",\"comments\":[{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\","
                + "\"comment\":\"=HYPERLINK(\\\"x\\\"), còn 3 hồ sơ\"}]}")
        .put(REPORT, id)
        .then()
        .statusCode(200);

    ExtractableResponse<Response> export =
        Api.as(officer)
            .accept("text/csv")
            .queryParam("format", "csv")
            .get(REPORT + "/export", id)
            .then()
            .statusCode(200)
            .header(
                "Content-Disposition", equalTo("attachment; filename=\"bao-cao-08-2006-FY.csv\""))
            .extract();

    assertThat(export.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
    byte[] bytes = export.asByteArray();
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "Mã chỉ tiêu,Tên chỉ tiêu,Đơn vị tính,Nguồn số liệu,Kết quả thực hiện trong năm,"
                + "Lũy kế từ năm,Kết quả lũy kế,Mục tiêu,Loại mục tiêu,Cách tính mục tiêu,"
                + "Tỷ lệ đạt (%),Đánh giá,Giải trình");
    assertThat(lines).hasSize(1 + (int) Tables.count("select count(*) from indicator"));
    // The comment is quoted (it holds a comma and quotes) and cannot run as a formula.
    assertThat(lines.get(1))
        .isEqualTo(
            "PRODUCTS_3STAR_PLUS,Số sản phẩm đạt OCOP từ 3 sao trở lên,Số lượng,Tự động từ dữ liệu,"
                + "1,2006,1,4,Tối thiểu,Trong năm,25.0,Chưa đạt,"
                + "\"'=HYPERLINK(\"\"x\"\"), còn 3 hồ sơ\"");
  }

  @Test
  void anotherProvincesReportCannotBeExported() {
    String id = ReportFixtures.draft("08", 2005, "H1");

    Api.as(Tokens.provinceOfficer("01"))
        .accept("text/csv")
        .get(REPORT + "/export", id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
  }
}
