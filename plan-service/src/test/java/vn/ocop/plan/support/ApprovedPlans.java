package vn.ocop.plan.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes approved plans and their targets straight into the tables, as the plan API would have left
 * them, for tests of what reads the targets in force.
 */
public final class ApprovedPlans {
  private ApprovedPlans() {}

  /**
   * A province-wide target of a plan.
   *
   * @param year null for the whole period
   * @param accumulation PER_YEAR or CUMULATIVE
   * @param kind AT_LEAST or AT_MOST
   */
  public record Line(
      String indicatorCode, Integer year, String accumulation, String kind, long value) {
    public static Line perYear(String indicatorCode, int year, long atLeast) {
      return new Line(indicatorCode, year, "PER_YEAR", "AT_LEAST", atLeast);
    }

    public static Line wholePeriod(String indicatorCode, long atLeast) {
      return new Line(indicatorCode, null, "CUMULATIVE", "AT_LEAST", atLeast);
    }
  }

  /** An approved plan on the current map; returns its id. */
  public static UUID insert(String provinceCode, int start, int end, Line... lines) {
    return insert("2025-07", provinceCode, provinceCode, start, end, lines);
  }

  /**
   * An approved plan made on a map for a province as that map names it, rolling up into the current
   * province; returns its id.
   */
  public static UUID insert(
      String mapVersion,
      String planProvinceCode,
      String currentProvinceCode,
      int start,
      int end,
      Line... lines) {
    UUID planId = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement plan =
          connection.prepareStatement(
              "insert into plan (id, lineage_id, version, title, map_version, province_code,"
                  + " current_province_code, period_start, period_end, status, decision_number,"
                  + " decision_date, approved_by, approved_at, created_by, created_at, updated_at)"
                  + " values (?, ?, 1, ?, ?, ?, ?, ?, ?, 'APPROVED', ?, ?, 'ubnd', ?, 'test', ?, ?)")) {
        plan.setObject(1, planId);
        plan.setObject(2, UUID.randomUUID());
        plan.setString(3, "Kế hoạch OCOP " + start + "–" + end);
        plan.setString(4, mapVersion);
        plan.setString(5, planProvinceCode);
        plan.setString(6, currentProvinceCode);
        plan.setShort(7, (short) start);
        plan.setShort(8, (short) end);
        plan.setString(9, "1/QĐ-UBND");
        plan.setObject(10, LocalDate.of(start, 1, 15));
        plan.setObject(11, now);
        plan.setObject(12, now);
        plan.setObject(13, now);
        plan.executeUpdate();
      }
      for (Line line : lines) {
        try (PreparedStatement target =
            connection.prepareStatement(
                "insert into plan_target (id, plan_id, indicator_code, year, accumulation, kind,"
                    + " value) values (?, ?, ?, ?, ?, ?, ?)")) {
          target.setObject(1, UUID.randomUUID());
          target.setObject(2, planId);
          target.setString(3, line.indicatorCode());
          if (line.year() == null) {
            target.setNull(4, Types.SMALLINT);
          } else {
            target.setShort(4, line.year().shortValue());
          }
          target.setString(5, line.accumulation());
          target.setString(6, line.kind());
          target.setBigDecimal(7, BigDecimal.valueOf(line.value()));
          target.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return planId;
  }
}
