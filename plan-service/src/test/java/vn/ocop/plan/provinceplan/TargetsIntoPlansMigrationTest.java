package vn.ocop.plan.provinceplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;

/**
 * V20 turns the targets of the old API into draft plans. The migration already ran on the test
 * database (with no targets), so it is run again here on a scratch copy of the tables holding
 * targets, inside a transaction that is rolled back.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class TargetsIntoPlansMigrationTest {

  @Test
  void everyProvinceAndYearOfTargetsBecomesADraftPlanHoldingThem() throws Exception {
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement sql = connection.createStatement()) {
        sql.execute("create schema v20_check");
        sql.execute("set local search_path to v20_check, public");
        sql.execute(resource("db/migration/V4__target.sql"));
        sql.execute("create table v20_check.plan (like public.plan including all)");
        sql.execute("create table v20_check.plan_target (like public.plan_target including all)");
        sql.execute(
            "insert into target (id, province_code, indicator_code, year, kind, value, set_by, set_at) values"
                + " ('00000000-0000-0000-0000-000000000001', '42', 'PRODUCTS_3STAR_PLUS', 2031, 'AT_LEAST', 50, 'can-bo-a', '2026-01-02T03:00:00Z'),"
                + " ('00000000-0000-0000-0000-000000000002', '42', 'PRODUCTS_4STAR', 2031, 'AT_LEAST', 10, 'can-bo-b', '2026-02-02T03:00:00Z'),"
                + " ('00000000-0000-0000-0000-000000000003', '42', 'PRODUCTS_3STAR_PLUS', 2032, 'AT_LEAST', 60.00, 'can-bo-b', '2026-03-02T03:00:00Z'),"
                + " ('00000000-0000-0000-0000-000000000004', '56', 'PRODUCTS_5STAR', 2031, 'AT_MOST', 1, 'can-bo-c', '2026-04-02T03:00:00Z')");

        sql.execute(resource("db/migration/V20__targets_into_plans.sql"));

        assertThat(
                rows(
                    sql,
                    "select province_code || ' ' || current_province_code || ' ' || title || ' ' || status"
                        + " || ' ' || map_version || ' ' || period_start || '-' || period_end || ' v'"
                        + " || version || ' ' || (lineage_id = id) || ' ' || created_by || ' '"
                        + " || to_char(created_at at time zone 'UTC', 'MM-DD') || '..'"
                        + " || to_char(updated_at at time zone 'UTC', 'MM-DD')"
                        + " from plan order by province_code, period_start"))
            .containsExactly(
                "42 42 Chỉ tiêu năm 2031 DRAFT 2025-07 2031-2031 v1 true can-bo-a 01-02..02-02",
                "42 42 Chỉ tiêu năm 2032 DRAFT 2025-07 2032-2032 v1 true can-bo-b 03-02..03-02",
                "56 56 Chỉ tiêu năm 2031 DRAFT 2025-07 2031-2031 v1 true can-bo-c 04-02..04-02");
        assertThat(
                rows(
                    sql,
                    "select p.province_code || ' ' || t.id || ' ' || t.indicator_code || ' '"
                        + " || coalesce(t.commune_code, '-') || ' ' || t.year || ' ' || t.accumulation"
                        + " || ' ' || t.kind || ' ' || trim_scale(t.value) || ' ' || t.note"
                        + " from plan_target t join plan p on p.id = t.plan_id"
                        + " order by t.id"))
            .containsExactly(
                "42 00000000-0000-0000-0000-000000000001 PRODUCTS_3STAR_PLUS - 2031 PER_YEAR AT_LEAST 50 Đặt bởi can-bo-a lúc 2026-01-02 10:00",
                "42 00000000-0000-0000-0000-000000000002 PRODUCTS_4STAR - 2031 PER_YEAR AT_LEAST 10 Đặt bởi can-bo-b lúc 2026-02-02 10:00",
                "42 00000000-0000-0000-0000-000000000003 PRODUCTS_3STAR_PLUS - 2032 PER_YEAR AT_LEAST 60 Đặt bởi can-bo-b lúc 2026-03-02 10:00",
                "56 00000000-0000-0000-0000-000000000004 PRODUCTS_5STAR - 2031 PER_YEAR AT_MOST 1 Đặt bởi can-bo-c lúc 2026-04-02 10:00");
        assertThat(rows(sql, "select coalesce(to_regclass('v20_check.target')::text, 'gone')"))
            .containsExactly("gone");
      } finally {
        connection.rollback();
      }
    }
  }

  @Test
  void theOldTargetTableIsGoneFromTheServicesDatabase() throws SQLException {
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      assertThat(rows(sql, "select coalesce(to_regclass('public.target')::text, 'gone')"))
          .containsExactly("gone");
    }
  }

  private static List<String> rows(Statement sql, String query) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = sql.executeQuery(query)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  private static String resource(String path) throws IOException {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
