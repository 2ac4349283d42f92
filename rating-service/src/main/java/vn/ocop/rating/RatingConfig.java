package vn.ocop.rating;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.ZoneId;

/** Settings of the rating service ({@code ocop.rating.*}). */
@ConfigMapping(prefix = "ocop.rating")
public interface RatingConfig {

  /** Classpath resource holding the versioned rule sets (bộ tiêu chí, quy trình). */
  @WithName("rule-sets")
  @WithDefault("rules/rule-sets.json")
  String ruleSets();

  /**
   * Classpath directory holding the evaluation sheets, one subdirectory per criteria version named
   * by the rule sets ({@code <dir>/<criteriaVersion>/index.json}).
   */
  @WithDefault("rules/criteria")
  String criteria();

  /** Classpath resource holding the provinces of the current administrative map. */
  @WithDefault("rules/provinces.json")
  String provinces();

  /**
   * The zone in which "today" is reckoned: decision dates and cycle opening dates are local dates
   * in Vietnam, whatever the server's zone.
   */
  @WithDefault("Asia/Ho_Chi_Minh")
  ZoneId zone();
}
