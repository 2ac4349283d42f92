package vn.ocop.plan.actual;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.registry.SubjectRegistered;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.support.FactEvents;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Values;
import vn.ocop.platform.paging.Page;

/**
 * The actuals of every measure through {@link ActualValues}: distinct over a window, in the
 * successor of a merged province, per commune, per year, nationally, and ratios. Hải Phòng (31) and
 * Hưng Yên (33), years 2069–2072, belong to this class; each test owns its years.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class ActualValuesTest {
  static final String STAR3_PLUS = "PRODUCTS_3STAR_PLUS";
  static final String STAR4_PLUS = "PRODUCTS_4STAR_PLUS";
  static final String SHARE_4 = "SHARE_4STAR_PLUS";
  static final String SUBJECTS = "SUBJECTS_PARTICIPATING";
  static final String COOPERATIVES = "SUBJECTS_PARTICIPATING_COOPERATIVE";
  static final String ENTERPRISES = "SUBJECTS_PARTICIPATING_ENTERPRISE";
  static final String SHARE_COOPERATIVES = "SHARE_COOPERATIVES";
  static final String SHARE_ENTERPRISES = "SHARE_ENTERPRISES";

  @Test
  void aProductReRatedWithinAWindowCountsOnceInItButInEachOfItsYears() {
    String commune = communeOf("31");
    UUID product = UUID.randomUUID();
    UUID subject = UUID.randomUUID();
    List<String> events =
        List.of(
            FactEvents.publishCertificate(
                FactEvents.certificate(
                    product, subject, "31", commune, 3, LocalDate.of(2069, 3, 3), "NEW")),
            FactEvents.publishCertificate(
                FactEvents.certificate(
                    product, subject, "31", commune, 4, LocalDate.of(2071, 9, 9), "UPGRADE")));
    FactEvents.awaitApplied(FactEvents.CERTIFICATES, events);

    Map<String, BigDecimal> window =
        Values.ofProvince("31", Values.years(2069, 2071), STAR3_PLUS, STAR4_PLUS, SHARE_4);
    assertThat(window.get(STAR3_PLUS)).isEqualByComparingTo("1");
    assertThat(window.get(STAR4_PLUS)).isEqualByComparingTo("1");
    assertThat(window.get(SHARE_4)).isEqualByComparingTo("100");

    Map<Integer, Map<String, BigDecimal>> series =
        Values.byYear("31", Values.years(2069, 2071), STAR3_PLUS, SHARE_4);
    assertThat(series.keySet()).containsExactly(2069, 2070, 2071);
    assertThat(series.get(2069).get(STAR3_PLUS)).isEqualByComparingTo("1");
    assertThat(series.get(2070).get(STAR3_PLUS)).isEqualByComparingTo("0");
    assertThat(series.get(2071).get(STAR3_PLUS)).isEqualByComparingTo("1");
    assertThat(series.get(2069).get(SHARE_4)).isEqualByComparingTo("0");
    // Nothing recognised in 2070: the share has no denominator, so no value.
    assertThat(series.get(2070)).doesNotContainKey(SHARE_4);

    assertThat(Values.ofCommune("31", commune, Values.years(2069, 2071), STAR3_PLUS))
        .containsEntry(STAR3_PLUS, BigDecimal.ONE);
    assertThat(Values.byCommune("31", Values.years(2069, 2071), STAR3_PLUS))
        .containsEntry(commune, Map.of(STAR3_PLUS, BigDecimal.ONE));

    // One item per product, with its latest certificate in the window; a ratio lists its
    // numerator's items.
    Page<CountedItem> items = Values.items(STAR3_PLUS, "31", null, Values.years(2069, 2071));
    assertThat(items.pager().total()).isEqualTo(1);
    assertThat(items.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.kind()).isEqualTo("PRODUCT");
              assertThat(item.productId()).isEqualTo(product);
              assertThat(item.starClass()).isEqualTo(4);
              assertThat(item.date()).isEqualTo(LocalDate.of(2071, 9, 9));
              assertThat(item.communeCode()).isEqualTo(commune);
            });
    assertThat(Values.items(SHARE_4, "31", null, Values.years(2069, 2071)).items())
        .extracting(CountedItem::productId)
        .containsExactly(product);
  }

  @Test
  void aCertificateOfAMergedProvinceCountsInItsSuccessorAndNationallyProductsCountOnce() {
    Map<String, BigDecimal> nationalBefore = Values.national(Values.years(2072, 2072), STAR3_PLUS);
    int before31 = Values.count("31", Values.years(2072, 2072), STAR3_PLUS);
    int before33 = Values.count("33", Values.years(2072, 2072), STAR3_PLUS);
    UUID product = UUID.randomUUID();
    // Hải Dương (30) is now part of Hải Phòng (31); the same product also holds a Hưng Yên
    // certificate that year (a data mistake the national total must not double).
    List<String> events =
        List.of(
            FactEvents.publishCertificate(
                FactEvents.certificate(
                    product, UUID.randomUUID(), "30", null, 3, LocalDate.of(2072, 2, 2), "NEW")),
            FactEvents.publishCertificate(
                FactEvents.certificate(
                    product, UUID.randomUUID(), "33", null, 3, LocalDate.of(2072, 5, 5), "NEW")));
    FactEvents.awaitApplied(FactEvents.CERTIFICATES, events);

    assertThat(Values.count("31", Values.years(2072, 2072), STAR3_PLUS)).isEqualTo(before31 + 1);
    assertThat(Values.count("33", Values.years(2072, 2072), STAR3_PLUS)).isEqualTo(before33 + 1);
    assertThat(Values.national(Values.years(2072, 2072), STAR3_PLUS).get(STAR3_PLUS))
        .isEqualByComparingTo(nationalBefore.get(STAR3_PLUS).add(BigDecimal.ONE));
    Map<String, Map<String, BigDecimal>> byProvince =
        Values.byProvince(Values.years(2072, 2072), STAR3_PLUS);
    assertThat(byProvince.get("31").get(STAR3_PLUS)).isEqualByComparingTo(before31 + 1 + "");
    assertThat(byProvince).doesNotContainKey("30");
  }

  @Test
  void participatingSubjectsCountOnceByTypeAndTheirSharesAreRatiosOfThem() {
    SubjectRegistered cooperative =
        FactEvents.subject(UUID.randomUUID(), "COOPERATIVE", "33", null);
    SubjectRegistered enterprise = FactEvents.subject(UUID.randomUUID(), "ENTERPRISE", "33", null);
    SubjectRegistered household =
        FactEvents.subject(UUID.randomUUID(), "HOUSEHOLD_BUSINESS", "33", null);
    OffsetDateTime registered = FactEvents.at(LocalDate.of(2060, 1, 1));
    FactEvents.awaitApplied(
        FactEvents.SUBJECTS,
        List.of(
            FactEvents.publishSubject(cooperative, registered),
            FactEvents.publishSubject(enterprise, registered),
            FactEvents.publishSubject(household, registered)));
    LocalDate day = LocalDate.of(2070, 6, 1);
    List<String> certificates =
        List.of(
            // The cooperative has two products: it still counts once.
            FactEvents.publishCertificate(
                FactEvents.certificate(
                    UUID.randomUUID(), cooperative.subjectId(), "33", null, 3, day, "NEW")),
            FactEvents.publishCertificate(
                FactEvents.certificate(
                    UUID.randomUUID(), cooperative.subjectId(), "33", null, 4, day, "NEW")),
            FactEvents.publishCertificate(
                FactEvents.certificate(
                    UUID.randomUUID(), enterprise.subjectId(), "33", null, 3, day, "NEW")),
            FactEvents.publishCertificate(
                FactEvents.certificate(
                    UUID.randomUUID(), household.subjectId(), "33", null, 5, day, "NEW")),
            // A subject the registry never announced: counted among all subjects, in no type.
            FactEvents.publishCertificate(
                FactEvents.certificate(
                    UUID.randomUUID(), UUID.randomUUID(), "33", null, 3, day, "NEW")));
    FactEvents.awaitApplied(FactEvents.CERTIFICATES, certificates);

    Map<String, BigDecimal> values =
        Values.normalized(
            Values.ofProvince(
                "33",
                Values.years(2070, 2070),
                SUBJECTS,
                COOPERATIVES,
                ENTERPRISES,
                SHARE_COOPERATIVES,
                SHARE_ENTERPRISES,
                STAR4_PLUS,
                SHARE_4));
    assertThat(values)
        .containsEntry(SUBJECTS, new BigDecimal("4"))
        .containsEntry(COOPERATIVES, new BigDecimal("1"))
        .containsEntry(ENTERPRISES, new BigDecimal("1"))
        .containsEntry(SHARE_COOPERATIVES, new BigDecimal("25"))
        .containsEntry(SHARE_ENTERPRISES, new BigDecimal("25"))
        .containsEntry(STAR4_PLUS, new BigDecimal("2"))
        .containsEntry(SHARE_4, new BigDecimal("40"));
    assertThat(Values.items(COOPERATIVES, "33", null, Values.years(2070, 2070)).items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.kind()).isEqualTo("SUBJECT");
              assertThat(item.subjectId()).isEqualTo(cooperative.subjectId());
              assertThat(item.detail()).startsWith("COOPERATIVE");
            });
  }

  @Test
  void aPlaceWithNothingCountedHasZeroCountsAndNoRatios() {
    Map<String, BigDecimal> values =
        Values.ofProvince(
            "33",
            Values.years(2001, 2001),
            STAR3_PLUS,
            SHARE_4,
            "CRAFT_VILLAGES",
            "SHARE_CRAFT_VILLAGES_WITH_OCOP");
    assertThat(values).containsOnlyKeys(STAR3_PLUS);
    assertThat(values.get(STAR3_PLUS)).isEqualByComparingTo("0");
    assertThat(Values.national(Values.years(2001, 2001), STAR3_PLUS, SHARE_4))
        .containsOnlyKeys(STAR3_PLUS);
    assertThat(
            Values.ofCommune("33", "00000", Values.years(2001, 2001), STAR3_PLUS).get(STAR3_PLUS))
        .isEqualByComparingTo("0");
  }

  private static String communeOf(String province) {
    return Tables.strings(
            "select code from commune where province_code = ? order by code limit 1", province)
        .get(0);
  }
}
