package vn.ocop.registry.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps {@link SearchCache} fresh from the registry's own events, on every instance (each its own
 * consumer group, from the latest offset: the cache starts empty, so older events concern nothing
 * it holds). Any certificate, product or subject event clears the whole cache, without reading it:
 * a new certificate can enter any query's results, and an event that changes nothing (a daily
 * expiry reminder) only costs a few recomputed pages.
 */
@ApplicationScoped
public class SearchCacheEvents {
  private final SearchCache cache;
  private final AtomicLong seen = new AtomicLong();

  SearchCacheEvents(SearchCache cache) {
    this.cache = cache;
  }

  @Incoming("search-cache")
  public void onEvent(ConsumerRecord<String, String> record) {
    cache.clear();
    seen.incrementAndGet();
  }

  /** How many events this instance has handled: lets a test know the consumer is assigned. */
  long eventsSeen() {
    return seen.get();
  }
}
