package vn.ocop.plan.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Today, for progress: how much of a target's window has elapsed is counted in Vietnamese calendar
 * days (Asia/Ho_Chi_Minh), not the server's. Tests replace this bean with one on a fixed clock.
 */
@ApplicationScoped
public class ProgressClock {
  private final Clock clock;

  @Inject
  ProgressClock(@ConfigProperty(name = "ocop.plan.time-zone") ZoneId zone) {
    this(Clock.system(zone));
  }

  public ProgressClock(Clock clock) {
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
