package vn.ocop.plan.target;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.indicator.Indicators;
import vn.ocop.plan.province.Province;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;

/** Sets and reads provinces' targets. */
@ApplicationScoped
public class Targets {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Indicators indicators;
  private final EntityManager entityManager;

  Targets(Indicators indicators, EntityManager entityManager) {
    this.indicators = indicators;
    this.entityManager = entityManager;
  }

  /** A target after it was set, and whether it is new (201) or replaced an earlier value (200). */
  public record Outcome(Target target, boolean created) {}

  /**
   * Sets the province's target for an indicator and year, replacing an earlier value. Setting the
   * same target twice leaves one row, so a retried request does no harm.
   */
  @Transactional
  public Outcome set(Province province, SetTargetRequest request, String username) {
    Indicator indicator =
        indicators
            .find(request.indicatorCode())
            .orElseThrow(
                () ->
                    ProblemException.unprocessable(
                        "indicatorCode",
                        "exists",
                        "There is no indicator '"
                            + request.indicatorCode()
                            + "' in the catalogue"));
    requireFits(indicator, request.value());
    // One statement, so two officers setting the same target at once end with one row, not a
    // unique-key error for the slower one.
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(
                    "insert into target (id, province_code, indicator_code, year, kind, value,"
                        + " set_by, set_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                        + " on conflict (province_code, indicator_code, year) do update set"
                        + " kind = excluded.kind, value = excluded.value, set_by = excluded.set_by,"
                        + " set_at = excluded.set_at, version = target.version + 1"
                        + " returning id, (xmax = 0) as inserted")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, province.code)
                .setParameter(3, indicator.code)
                .setParameter(4, request.year().shortValue())
                .setParameter(5, request.kind().name())
                .setParameter(6, request.value())
                .setParameter(7, username)
                .setParameter(8, OffsetDateTime.now(ZoneOffset.UTC))
                .getSingleResult();
    Target target = Target.findById(row[0]);
    return new Outcome(target, Boolean.TRUE.equals(row[1]));
  }

  public Page<Target> list(Province province, Integer year, PageQuery page) {
    PanacheQuery<Target> query =
        year == null
            ? Target.find(
                "provinceCode = :province",
                Sort.by("year").and("indicatorCode"),
                Parameters.with("province", province.code))
            : Target.find(
                "provinceCode = :province and year = :year",
                Sort.by("indicatorCode"),
                Parameters.with("province", province.code).and("year", year.shortValue()));
    List<Target> items = query.page(page.index(), page.pageSize()).list();
    return Page.of(items, query.count(), page);
  }

  public List<Target> ofProvince(String provinceCode, int year) {
    return Target.list("provinceCode = ?1 and year = ?2", provinceCode, (short) year);
  }

  public List<Target> ofYear(int year) {
    return Target.list("year", (short) year);
  }

  private static void requireFits(Indicator indicator, BigDecimal value) {
    if (indicator.unit == IndicatorUnit.COUNT && value.stripTrailingZeros().scale() > 0) {
      throw ProblemException.invalidField(
          "value", "Integer", "A target of a COUNT indicator is a whole number");
    }
    if (indicator.unit == IndicatorUnit.PERCENT && value.compareTo(HUNDRED) > 0) {
      throw ProblemException.invalidField(
          "value", "Max", "A target of a PERCENT indicator is at most 100");
    }
  }
}
