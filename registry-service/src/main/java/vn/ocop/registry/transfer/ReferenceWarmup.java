package vn.ocop.registry.transfer;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.ocop.registry.reference.AdminMaps;

/**
 * Loads the reference data an import checks rows against (both administrative maps, the product
 * sets) in the background once the service has started, so that the first import does not pay for
 * it (about a second for the 13,000 units) and startup does not wait for it either.
 */
@ApplicationScoped
class ReferenceWarmup {
  private static final Logger LOG = Logger.getLogger(ReferenceWarmup.class);

  void onStart(@Observes StartupEvent event, AdminMaps maps, ImportService imports) {
    Thread warmup =
        new Thread(
            () -> {
              try {
                long started = System.nanoTime();
                maps.mapVersions();
                imports.productSets();
                LOG.debugf(
                    "import reference data loaded in %d ms",
                    (System.nanoTime() - started) / 1_000_000);
              } catch (RuntimeException e) {
                // The first import loads it then: nothing is lost but time.
                LOG.warnf("loading the import reference data in advance failed: %s", e);
              }
            },
            "import-reference-warmup");
    warmup.setDaemon(true);
    warmup.start();
  }
}
