package vn.ocop.registry.expiry;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.time.RegistryClock;

/**
 * The daily expiry run, shortly after midnight in Việt Nam ({@code ocop.registry.expiry.cron}).
 * Every replica schedules it; the engine's lock lets one of them do the work.
 */
@ApplicationScoped
class ExpiryJob {
  static final String ENGINE = "expiry-engine";

  private final ExpiryEngine engine;
  private final RegistryClock clock;

  ExpiryJob(ExpiryEngine engine, RegistryClock clock) {
    this.engine = engine;
    this.clock = clock;
  }

  @Scheduled(
      identity = "certificate-expiry",
      cron = "{ocop.registry.expiry.cron}",
      timeZone = "{ocop.registry.time-zone}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void runToday() {
    engine.run(clock.today(), ENGINE);
  }
}
