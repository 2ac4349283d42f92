package vn.ocop.plan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.plan.actual.ActualValues.Window;
import vn.ocop.plan.indicator.Computation;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.provinceplan.EffectiveTarget;
import vn.ocop.plan.provinceplan.PlanTarget.Accumulation;
import vn.ocop.plan.target.TargetKind;

/** How targets in force become progress lines: windows, roll-up of plans, lines without target. */
class ProgressLinesTest {
  static final Indicator PRODUCTS = indicator("PRODUCTS_3STAR_PLUS", IndicatorUnit.COUNT);
  static final Indicator FIVE_STAR = indicator("PRODUCTS_5STAR", IndicatorUnit.COUNT);
  static final Indicator SHARE = indicator("SHARE_4STAR_PLUS", IndicatorUnit.PERCENT);
  static final Indicator IDEAS = indicator("IDEAS", IndicatorUnit.COUNT);
  static final List<Indicator> CATALOGUE = List.of(PRODUCTS, FIVE_STAR, SHARE, IDEAS);
  static final LocalDate TODAY = LocalDate.of(2023, 7, 2);

  static final UUID PHU_YEN = UUID.randomUUID();
  static final UUID DAK_LAK = UUID.randomUUID();

  @Test
  void countTargetsOfThePlansOfAMergedProvinceAddUpPerWindowAndKind() {
    List<EffectiveTarget> targets =
        List.of(
            target(PHU_YEN, "54", PRODUCTS, 2023, Accumulation.PER_YEAR, TargetKind.AT_LEAST, 10),
            target(DAK_LAK, "66", PRODUCTS, 2023, Accumulation.PER_YEAR, TargetKind.AT_LEAST, 20),
            target(
                PHU_YEN, "54", PRODUCTS, null, Accumulation.CUMULATIVE, TargetKind.AT_LEAST, 120),
            target(
                DAK_LAK, "66", PRODUCTS, null, Accumulation.CUMULATIVE, TargetKind.AT_LEAST, 250),
            target(DAK_LAK, "66", FIVE_STAR, 2023, Accumulation.PER_YEAR, TargetKind.AT_MOST, 3),
            target(PHU_YEN, "54", FIVE_STAR, 2023, Accumulation.PER_YEAR, TargetKind.AT_LEAST, 1));
    List<Window> asked = new ArrayList<>();

    List<ProgressLine> lines =
        ProgressLines.build(
            targets,
            CATALOGUE,
            2023,
            TODAY,
            window -> {
              asked.add(window);
              return Map.of(
                  "PRODUCTS_3STAR_PLUS",
                  BigDecimal.valueOf(window.fromYear() == 2023 ? 12 : 150),
                  "PRODUCTS_5STAR",
                  BigDecimal.ONE,
                  "IDEAS",
                  BigDecimal.ZERO);
            },
            true);

    assertThat(lines)
        .extracting(
            line ->
                line.indicatorCode()
                    + " "
                    + line.accumulation()
                    + " "
                    + line.targetYear()
                    + " "
                    + line.fromYear()
                    + "-"
                    + line.toYear()
                    + " due "
                    + line.dueYear()
                    + " "
                    + line.kind()
                    + " "
                    + line.target()
                    + " "
                    + line.actual()
                    + " "
                    + line.status()
                    + " "
                    + line.sources().size())
        .containsExactly(
            "PRODUCTS_3STAR_PLUS PER_YEAR 2023 2023-2023 due 2023 AT_LEAST 30 12 AT_RISK 2",
            "PRODUCTS_3STAR_PLUS CUMULATIVE null 2021-2023 due 2025 AT_LEAST 370 150 AT_RISK 2",
            "PRODUCTS_5STAR PER_YEAR 2023 2023-2023 due 2023 AT_LEAST 1 1 MET 1",
            "PRODUCTS_5STAR PER_YEAR 2023 2023-2023 due 2023 AT_MOST 3 1 ON_TRACK 1",
            "IDEAS null null 2023-2023 due null null null 0 NO_TARGET 0");
    ProgressLine perYear = lines.get(0);
    assertThat(perYear.sources())
        .extracting(s -> s.planProvinceCode() + ":" + s.target())
        .containsExactlyInAnyOrder("54:10", "66:20");
    assertThat(perYear.percentOfTarget()).isEqualByComparingTo("40.0");
    assertThat(perYear.expected()).isEqualByComparingTo("15.0");
    assertThat(asked).contains(new Window(2023, 2023), new Window(2021, 2023));
  }

  @Test
  void percentTargetsKeepALinePerPlanAndAnIndicatorWithoutActualOrTargetHasNoLine() {
    List<EffectiveTarget> targets =
        List.of(
            target(PHU_YEN, "54", SHARE, 2023, Accumulation.PER_YEAR, TargetKind.AT_LEAST, 30),
            target(DAK_LAK, "66", SHARE, 2023, Accumulation.PER_YEAR, TargetKind.AT_LEAST, 40));

    List<ProgressLine> lines =
        ProgressLines.build(
            targets,
            CATALOGUE,
            2023,
            TODAY,
            window -> Map.of("SHARE_4STAR_PLUS", new BigDecimal("35.5")),
            true);

    assertThat(lines)
        .extracting(
            l ->
                l.indicatorCode()
                    + " "
                    + l.target()
                    + " "
                    + l.status()
                    + " "
                    + l.sources().get(0).planProvinceCode())
        .containsExactlyInAnyOrder("SHARE_4STAR_PLUS 30 MET 54", "SHARE_4STAR_PLUS 40 AT_RISK 66");
  }

  @Test
  void aCumulativeTargetOfAYearCountsFromThePlansStart() {
    List<ProgressLine> lines =
        ProgressLines.build(
            List.of(
                target(
                    DAK_LAK,
                    "66",
                    PRODUCTS,
                    2023,
                    Accumulation.CUMULATIVE,
                    TargetKind.AT_LEAST,
                    90)),
            CATALOGUE,
            2023,
            LocalDate.of(2024, 1, 1),
            window ->
                Map.of(
                    "PRODUCTS_3STAR_PLUS",
                    BigDecimal.valueOf(window.toYear() - window.fromYear() + 1L)),
            false);

    assertThat(lines).hasSize(1);
    ProgressLine line = lines.get(0);
    assertThat(line.fromYear()).isEqualTo(2021);
    assertThat(line.toYear()).isEqualTo(2023);
    assertThat(line.dueYear()).isEqualTo(2023);
    assertThat(line.actual()).isEqualByComparingTo("3");
    assertThat(line.status()).isEqualTo(ProgressStatus.NOT_MET);
  }

  static EffectiveTarget target(
      UUID plan,
      String planProvince,
      Indicator indicator,
      Integer year,
      Accumulation accumulation,
      TargetKind kind,
      long value) {
    return new EffectiveTarget(
        plan,
        plan,
        1,
        "2025-03",
        planProvince,
        "66",
        2021,
        2025,
        indicator.code,
        null,
        year,
        accumulation,
        kind,
        BigDecimal.valueOf(value));
  }

  static Indicator indicator(String code, IndicatorUnit unit) {
    Indicator indicator = new Indicator();
    indicator.code = code;
    indicator.nameVi = code;
    indicator.unit = unit;
    indicator.computation = Computation.EVENT;
    return indicator;
  }
}
