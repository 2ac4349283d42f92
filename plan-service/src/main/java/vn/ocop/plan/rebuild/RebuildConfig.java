package vn.ocop.plan.rebuild;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the facts rebuild ({@code OCOP_PLAN_REBUILD_*} in the environment). */
@ConfigMapping(prefix = "ocop.plan.rebuild")
public interface RebuildConfig {
  /** The longest a rebuild may run: its one transaction times out after it. */
  @WithDefault("PT15M")
  Duration timeout();

  /** Records applied between two flushes of the persistence context (keeps memory flat). */
  @WithDefault("500")
  int flushEvery();
}
