package vn.ocop.rating.cycle;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * The province's usual calendar of the six steps ({@code ocop.rating.calendar.*}), used when a
 * round is opened without its own schedule. Each value is {@code MM-dd/MM-dd} within the round's
 * year (an end before the start runs into the next year). The defaults follow Quảng Ninh's practice
 * for steps 1-3 (promotion in months 3-4, ideas 4-6, plans 6-8) and spread the rest over the year.
 */
@ConfigMapping(prefix = "ocop.rating.calendar")
public interface CycleCalendarConfig {
  @WithDefault("03-01/04-30")
  String promotion();

  @WithName("idea-registration")
  @WithDefault("04-01/06-30")
  String ideaRegistration();

  @WithName("business-plans")
  @WithDefault("06-01/08-31")
  String businessPlans();

  @WithDefault("08-01/10-31")
  String implementation();

  @WithDefault("10-01/11-30")
  String evaluation();

  @WithName("trade-promotion")
  @WithDefault("11-01/12-31")
  String tradePromotion();
}
