package vn.ocop.plan.entered;

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
import vn.ocop.plan.commune.Communes;
import vn.ocop.plan.indicator.Decimals;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.indicator.Indicators;
import vn.ocop.plan.period.PeriodLocks;
import vn.ocop.plan.province.Province;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;

/**
 * Values provinces type in for ENTERED indicators. Entering a value again replaces it; every change
 * is kept with who made it and when. A year whose report was approved is locked.
 */
@ApplicationScoped
public class EnteredValues {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Advisory-lock namespace of entered-value cells (the second key is the cell's hash). */
  private static final int CELL_LOCK = 6_006_003;

  private final Indicators indicators;
  private final Communes communes;
  private final PeriodLocks periodLocks;
  private final EntityManager entityManager;

  EnteredValues(
      Indicators indicators,
      Communes communes,
      PeriodLocks periodLocks,
      EntityManager entityManager) {
    this.indicators = indicators;
    this.communes = communes;
    this.periodLocks = periodLocks;
    this.entityManager = entityManager;
  }

  /** A value after it was entered, and whether it is new (201) or replaced one (200). */
  public record Outcome(EnteredValue value, boolean created) {}

  @Transactional
  public Outcome enter(Province province, EnterValueRequest request, String username) {
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
    if (!indicator.isEntered()) {
      throw ProblemException.unprocessable(
          "indicatorCode",
          "Entered",
          "Indicator "
              + indicator.code
              + " is computed ("
              + indicator.measure
              + "); only ENTERED indicators take typed-in values");
    }
    requireFits(indicator, request.value());
    String commune = blank(request.communeCode()) ? null : request.communeCode().strip();
    if (commune != null && communes.inProvince(province.code, commune).isEmpty()) {
      throw ProblemException.unprocessable(
          "communeCode",
          "inProvince",
          "Commune " + commune + " is not a commune of province " + province.code);
    }
    periodLocks.requireOpen(province.code, request.year(), "year");
    lockCell(province.code, indicator.code, request.year(), commune);

    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    EnteredValue value = find(province.code, indicator.code, request.year(), commune);
    boolean created = value == null;
    BigDecimal old = created ? null : value.value;
    if (created) {
      value = new EnteredValue();
      value.id = UUID.randomUUID();
      value.provinceCode = province.code;
      value.indicatorCode = indicator.code;
      value.year = request.year().shortValue();
      value.communeCode = commune;
    }
    value.value = request.value();
    value.note = blank(request.note()) ? null : request.note().strip();
    value.enteredBy = username;
    value.enteredAt = now;
    if (created) {
      value.persist();
    }
    EnteredValueChange change = new EnteredValueChange();
    change.id = UUID.randomUUID();
    change.enteredValueId = value.id;
    change.provinceCode = value.provinceCode;
    change.indicatorCode = value.indicatorCode;
    change.year = value.year;
    change.communeCode = commune;
    change.oldValue = old;
    change.newValue = value.value;
    change.note = value.note;
    change.changedBy = username;
    change.changedAt = now;
    change.persist();
    return new Outcome(value, created);
  }

  /**
   * The province's entered values, optionally of one year; only one commune's when {@code
   * communeOnly} is set (a commune officer's view).
   */
  public Page<EnteredValue> list(
      Province province, Integer year, String communeOnly, PageQuery page) {
    StringBuilder where = new StringBuilder("provinceCode = :province");
    Parameters parameters = Parameters.with("province", province.code);
    if (year != null) {
      where.append(" and year = :year");
      parameters = parameters.and("year", year.shortValue());
    }
    if (communeOnly != null) {
      where.append(" and communeCode = :commune");
      parameters = parameters.and("commune", communeOnly);
    }
    PanacheQuery<EnteredValue> query =
        EnteredValue.find(
            where.toString(),
            Sort.by("year")
                .and("indicatorCode")
                .and("communeCode", Sort.NullPrecedence.NULLS_FIRST),
            parameters);
    List<EnteredValue> items = query.page(page.index(), page.pageSize()).list();
    return Page.of(items, query.count(), page);
  }

  /** Two officers entering the same cell at once: the second waits, then replaces the first. */
  private void lockCell(String province, String indicator, int year, String commune) {
    entityManager
        .createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))")
        .setParameter(1, CELL_LOCK)
        .setParameter(2, province + "|" + indicator + "|" + year + "|" + commune)
        .getSingleResult();
  }

  private static EnteredValue find(String province, String indicator, int year, String commune) {
    return commune == null
        ? EnteredValue.<EnteredValue>find(
                "provinceCode = ?1 and indicatorCode = ?2 and year = ?3 and communeCode is null",
                province,
                indicator,
                (short) year)
            .firstResult()
        : EnteredValue.<EnteredValue>find(
                "provinceCode = ?1 and indicatorCode = ?2 and year = ?3 and communeCode = ?4",
                province,
                indicator,
                (short) year,
                commune)
            .firstResult();
  }

  private static void requireFits(Indicator indicator, BigDecimal value) {
    if (indicator.unit == IndicatorUnit.COUNT && Decimals.isFractional(value)) {
      throw ProblemException.invalidField(
          "value", "Integer", "A value of a COUNT indicator is a whole number");
    }
    if (indicator.unit == IndicatorUnit.PERCENT && value.compareTo(HUNDRED) > 0) {
      throw ProblemException.invalidField(
          "value", "Max", "A value of a PERCENT indicator is at most 100");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
