package vn.ocop.plan.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.plan.actual.ActualValues;
import vn.ocop.plan.actual.ActualValues.Window;
import vn.ocop.plan.actual.CountedItem;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.Indicators;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;

/** Reads actuals through {@link ActualValues}, as progress views and reports do. */
public final class Values {
  private Values() {}

  public static Window years(int from, int to) {
    return new Window(from, to);
  }

  public static Map<String, BigDecimal> ofProvince(
      String province, Window window, String... codes) {
    return call(() -> bean().ofProvince(province, lookUp(codes), window));
  }

  public static Map<String, BigDecimal> national(Window window, String... codes) {
    return call(() -> bean().national(lookUp(codes), window));
  }

  public static Map<String, BigDecimal> ofCommune(
      String province, String commune, Window window, String... codes) {
    return call(() -> bean().ofCommune(province, commune, lookUp(codes), window));
  }

  public static Map<String, Map<String, BigDecimal>> byCommune(
      String province, Window window, String... codes) {
    return call(() -> bean().byCommune(province, lookUp(codes), window));
  }

  public static ActualValues.ProvincesAndCountry byProvinceAndCountry(
      List<Indicator> indicators, Window window) {
    return call(() -> bean().byProvinceAndCountry(indicators, window));
  }

  public static Map<String, BigDecimal> national(List<Indicator> indicators, Window window) {
    return call(() -> bean().national(indicators, window));
  }

  public static Map<Integer, Map<String, BigDecimal>> byYear(
      String province, Window window, String... codes) {
    return call(() -> bean().byYear(province, lookUp(codes), window));
  }

  /** Every indicator of the catalogue, by province. */
  public static Map<String, Map<String, BigDecimal>> allByProvince(Window window) {
    return call(() -> bean().byProvince(catalogue().all(), window));
  }

  public static Map<String, Map<String, BigDecimal>> byProvince(Window window, String... codes) {
    return call(() -> bean().byProvince(lookUp(codes), window));
  }

  public static Page<CountedItem> items(
      String code, String province, String commune, Window window) {
    return call(
        () ->
            bean()
                .items(Indicator.findById(code), province, commune, window, new PageQuery(1, 200)));
  }

  /** One indicator's value in a province and window; null when it has none. */
  public static BigDecimal value(String province, Window window, String code) {
    return ofProvince(province, window, code).get(code);
  }

  /** The value as an int (for counts). */
  public static int count(String province, Window window, String code) {
    BigDecimal value = value(province, window, code);
    if (value == null) {
      throw new AssertionError(code + " has no value in " + province + " " + window);
    }
    return value.intValueExact();
  }

  /** Values with every BigDecimal compared by value (2.50 = 2.5). */
  public static Map<String, BigDecimal> normalized(Map<String, BigDecimal> values) {
    Map<String, BigDecimal> normalized = new HashMap<>();
    values.forEach(
        (code, value) -> {
          BigDecimal stripped = value.stripTrailingZeros();
          normalized.put(code, stripped.scale() < 0 ? stripped.setScale(0) : stripped);
        });
    return normalized;
  }

  /** The whole catalogue, read in its own transaction (so that a measured call does not). */
  public static List<Indicator> catalogueAll() {
    return call(() -> catalogue().all());
  }

  public static List<Indicator> indicators(String... codes) {
    return call(() -> lookUp(codes));
  }

  public static Map<String, Map<String, BigDecimal>> byProvince(
      List<Indicator> indicators, Window window) {
    return call(() -> bean().byProvince(indicators, window));
  }

  public static Map<Integer, Map<String, BigDecimal>> byYear(
      String province, List<Indicator> indicators, Window window) {
    return call(() -> bean().byYear(province, indicators, window));
  }

  private static List<Indicator> lookUp(String... codes) {
    return Arrays.stream(codes)
        .map(
            code ->
                catalogue()
                    .find(code)
                    .orElseThrow(() -> new AssertionError("no indicator " + code)))
        .toList();
  }

  private static ActualValues bean() {
    return Arc.container().instance(ActualValues.class).get();
  }

  private static Indicators catalogue() {
    return Arc.container().instance(Indicators.class).get();
  }

  private static <T> T call(java.util.concurrent.Callable<T> work) {
    return QuarkusTransaction.requiringNew().call(work);
  }
}
