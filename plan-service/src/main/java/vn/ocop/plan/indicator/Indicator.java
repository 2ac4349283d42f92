package vn.ocop.plan.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An indicator of the catalogue (chỉ tiêu): something provinces set targets for and report on, such
 * as the number of products rated 3 stars or more. The catalogue is data: how an indicator's actual
 * is computed is its {@link Measure} and the filter columns, never code per indicator.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {
  @Id public String code;

  @Column(name = "name_vi")
  public String nameVi;

  @Column(name = "name_en")
  public String nameEn;

  @Enumerated(EnumType.STRING)
  public IndicatorUnit unit;

  @Enumerated(EnumType.STRING)
  public Computation computation;

  @Enumerated(EnumType.STRING)
  public Measure measure;

  /** The main CloudEvents type the facts come from; null for ratios and entered indicators. */
  @Column(name = "source_event_type")
  public String sourceEventType;

  /** Lowest star class of the certificates counted, when the measure counts certificates. */
  @Column(name = "min_star_class")
  public Short minStarClass;

  @Column(name = "max_star_class")
  public Short maxStarClass;

  /** Only certificates from these dossier kinds (NEW, RE_EVALUATION, UPGRADE); null = all. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "dossier_kinds", columnDefinition = "varchar(20)[]")
  public String[] dossierKinds;

  /** Only subjects of these types; null = all. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "subject_types", columnDefinition = "varchar(30)[]")
  public String[] subjectTypes;

  /** The statuses a certificate changed to that are counted (CERTIFICATES_BY_STATUS). */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "certificate_statuses", columnDefinition = "varchar(20)[]")
  public String[] certificateStatuses;

  /** Only these promotion kinds; null = all. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "promotion_kinds", columnDefinition = "varchar(30)[]")
  public String[] promotionKinds;

  /** Only products of these groups (1–6); null = all. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "product_groups", columnDefinition = "smallint[]")
  public Short[] productGroups;

  /** A ratio's numerator indicator. */
  @Column(name = "numerator_code")
  public String numeratorCode;

  /** A ratio's denominator indicator. */
  @Column(name = "denominator_code")
  public String denominatorCode;

  /** The counting rule, in English; shown to users next to the number. */
  public String description;

  @Column(name = "description_vi")
  public String descriptionVi;

  @Column(name = "display_order")
  public int displayOrder;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  /**
   * Counted by star range alone from certificate facts: the indicators the first actuals (by year)
   * can show. The others need {@code ActualValues}.
   */
  public boolean countsCertificates() {
    return measure == Measure.CERTIFIED_PRODUCTS && dossierKinds == null && productGroups == null;
  }

  /** Counted from facts kept from events: always has a value, 0 when nothing was counted. */
  public boolean counted() {
    return measure.counted();
  }

  public boolean isRatio() {
    return measure == Measure.RATIO;
  }

  public boolean isEntered() {
    return measure == Measure.ENTERED;
  }

  /** The ratio's numerator and denominator codes; empty for other measures. */
  public List<String> parts() {
    return isRatio() ? List.of(numeratorCode, denominatorCode) : List.of();
  }

  /**
   * The event types the actual is computed from: the measure's, or for a ratio its parts' (found
   * through {@code catalogue}).
   */
  public List<String> sourceEventTypes(Function<String, Indicator> catalogue) {
    Set<String> types = new LinkedHashSet<>();
    collectSources(this, catalogue, types, new LinkedHashSet<>());
    return new ArrayList<>(types);
  }

  private static void collectSources(
      Indicator indicator,
      Function<String, Indicator> catalogue,
      Set<String> types,
      Set<String> seen) {
    if (!seen.add(indicator.code)) {
      return;
    }
    types.addAll(indicator.measure.sourceEventTypes());
    for (String part : indicator.parts()) {
      Indicator component = catalogue.apply(part);
      if (component != null) {
        collectSources(component, catalogue, types, seen);
      }
    }
  }
}
