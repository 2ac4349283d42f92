package vn.ocop.rating.dossier;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of dossiers and their evidence ({@code ocop.rating.dossier.*}). */
@ConfigMapping(prefix = "ocop.rating.dossier")
public interface DossierConfig {

  /**
   * How many days before its certificate expires a product may be re-evaluated (đánh giá lại). The
   * registry reminds subjects 180, 90 and 30 days ahead; the window opens with the first reminder.
   */
  @WithDefault("180")
  int reEvaluationWindowDays();

  /** The largest evidence file taken, in bytes; a larger one is refused with 413. */
  @WithDefault("20971520")
  long evidenceMaxBytes();
}
