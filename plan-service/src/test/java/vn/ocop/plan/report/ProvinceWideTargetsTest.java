package vn.ocop.plan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.provinceplan.EffectiveTarget;
import vn.ocop.plan.provinceplan.PlanTarget.Accumulation;
import vn.ocop.plan.target.TargetKind;

/** Which of the targets in force a report shows for an indicator. */
class ProvinceWideTargetsTest {
  static final Map<String, IndicatorUnit> UNITS =
      Map.of("COUNTED", IndicatorUnit.COUNT, "SHARE", IndicatorUnit.PERCENT);

  @Test
  void aTargetOfTheYearWinsOverOneForTheWholePeriod() {
    var chosen =
        ProvinceWideTargets.choose(
            List.of(
                target("2025-07", "66", 2026, 2030, "COUNTED", null, 250),
                target("2025-07", "66", 2026, 2030, "COUNTED", 2026, 50)),
            UNITS);

    assertThat(chosen.get("COUNTED").value()).isEqualByComparingTo("50");
    assertThat(chosen.get("COUNTED").year()).isEqualTo(2026);
    assertThat(chosen.get("COUNTED").accumulation()).isEqualTo(Accumulation.PER_YEAR);
  }

  @Test
  void communeTargetsAreNotTheProvincesTarget() {
    EffectiveTarget ofCommune =
        new EffectiveTarget(
            UUID.randomUUID(),
            UUID.randomUUID(),
            1,
            "2025-07",
            "66",
            "66",
            2026,
            2030,
            "COUNTED",
            "24121",
            2026,
            Accumulation.PER_YEAR,
            TargetKind.AT_LEAST,
            BigDecimal.TEN);

    assertThat(ProvinceWideTargets.choose(List.of(ofCommune), UNITS)).isEmpty();
  }

  @Test
  void aPlanOnTheCurrentMapWinsOverPreMergerPlans() {
    var chosen =
        ProvinceWideTargets.choose(
            List.of(
                target("2025-03", "54", 2021, 2025, "COUNTED", 2025, 20),
                target("2025-07", "66", 2025, 2025, "COUNTED", 2025, 70)),
            UNITS);

    assertThat(chosen.get("COUNTED").value()).isEqualByComparingTo("70");
  }

  @Test
  void anAnnualPlanDetailsAFiveYearOne() {
    var chosen =
        ProvinceWideTargets.choose(
            List.of(
                target("2025-07", "66", 2026, 2030, "COUNTED", 2027, 40),
                target("2025-07", "66", 2027, 2027, "COUNTED", 2027, 45)),
            UNITS);

    assertThat(chosen.get("COUNTED").value()).isEqualByComparingTo("45");
    assertThat(chosen.get("COUNTED").periodStart()).isEqualTo(2027);
  }

  @Test
  void countTargetsOfMergedProvincesAddUpAndTheirPeriodsSpanBoth() {
    var chosen =
        ProvinceWideTargets.choose(
            List.of(
                target("2025-03", "54", 2021, 2025, "COUNTED", null, 100),
                target("2025-03", "66", 2020, 2025, "COUNTED", null, 150)),
            UNITS);

    assertThat(chosen.get("COUNTED").value()).isEqualByComparingTo("250");
    assertThat(chosen.get("COUNTED").periodStart()).isEqualTo(2020);
    assertThat(chosen.get("COUNTED").periodEnd()).isEqualTo(2025);
  }

  @Test
  void aShareTargetOfMergedProvincesIsTheStrictest() {
    var chosen =
        ProvinceWideTargets.choose(
            List.of(
                target("2025-03", "54", 2021, 2025, "SHARE", 2025, 30),
                target("2025-03", "66", 2021, 2025, "SHARE", 2025, 40)),
            UNITS);

    assertThat(chosen.get("SHARE").value()).isEqualByComparingTo("40");
  }

  @Test
  void mergedProvincesDisagreeingOnTheKindOfTargetGiveNone() {
    EffectiveTarget atMost =
        new EffectiveTarget(
            UUID.randomUUID(),
            UUID.randomUUID(),
            1,
            "2025-03",
            "54",
            "66",
            2021,
            2025,
            "COUNTED",
            null,
            2025,
            Accumulation.PER_YEAR,
            TargetKind.AT_MOST,
            BigDecimal.ONE);

    var chosen =
        ProvinceWideTargets.choose(
            List.of(atMost, target("2025-03", "66", 2021, 2025, "COUNTED", 2025, 10)), UNITS);

    assertThat(chosen).doesNotContainKey("COUNTED");
  }

  private static EffectiveTarget target(
      String map, String planProvince, int start, int end, String code, Integer year, long value) {
    return new EffectiveTarget(
        UUID.randomUUID(),
        UUID.randomUUID(),
        1,
        map,
        planProvince,
        "66",
        start,
        end,
        code,
        null,
        year,
        year == null ? Accumulation.CUMULATIVE : Accumulation.PER_YEAR,
        TargetKind.AT_LEAST,
        BigDecimal.valueOf(value));
  }
}
