package vn.ocop.platform.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Deletes keys past their retention, in batches, every purge interval: expired rows are ignored by
 * the claim already, so this only keeps the table small.
 */
@ApplicationScoped
class IdempotencyPurge {
  private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);
  private static final int BATCH = 5_000;

  private final IdempotencyKeys keys;
  private final IdempotencyConfig config;
  private ScheduledExecutorService executor;

  IdempotencyPurge(IdempotencyKeys keys, IdempotencyConfig config) {
    this.keys = keys;
    this.config = config;
  }

  void onStart(@Observes StartupEvent event) {
    long interval = Math.max(1, config.purgeInterval().toMillis());
    executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "idempotency-purge");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(this::purgeQuietly, interval, interval, TimeUnit.MILLISECONDS);
  }

  void onStop(@Observes ShutdownEvent event) {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  /** Deletes every expired key; the number deleted. */
  int purge() {
    int total = 0;
    int deleted;
    do {
      deleted = QuarkusTransaction.requiringNew().call(() -> keys.purge(BATCH));
      total += deleted;
    } while (deleted == BATCH);
    return total;
  }

  private void purgeQuietly() {
    try {
      int deleted = purge();
      if (deleted > 0) {
        LOG.debugf("purged %d expired idempotency keys", deleted);
      }
    } catch (RuntimeException e) {
      // The database may be down for a moment; the next run deletes what this one could not.
      LOG.warnf("purge of expired idempotency keys failed: %s", e.getMessage());
    }
  }
}
