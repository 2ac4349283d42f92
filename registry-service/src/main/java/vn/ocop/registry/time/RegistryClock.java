package vn.ocop.registry.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The registry's clock. Validity dates are Vietnamese calendar days, so "today" is taken in the
 * configured zone (Asia/Ho_Chi_Minh), not in the server's.
 */
@ApplicationScoped
public class RegistryClock {
  private final Clock clock;

  RegistryClock(
      @ConfigProperty(name = "ocop.registry.time-zone", defaultValue = "Asia/Ho_Chi_Minh")
          String zone) {
    this.clock = Clock.system(ZoneId.of(zone));
  }

  @Produces
  @Singleton
  Clock clock() {
    return clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
