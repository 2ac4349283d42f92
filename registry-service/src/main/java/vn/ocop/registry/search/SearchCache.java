package vn.ocop.registry.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import vn.ocop.platform.paging.Page;

/**
 * Pages of public search results held in memory. A search matches words by substring over the whole
 * register and looks up each match's newest certificate, which costs tens of milliseconds on
 * national data, while the public asks the same few hundred queries over and over; so a page is
 * computed once and served until something changes.
 *
 * <p>What changes a page is any certificate, product or subject anywhere (a new certificate can
 * enter any query's results), so every such event clears the whole cache ({@link
 * SearchCacheEvents}). The day is part of the key, as statuses are computed for the day of the
 * search. A search that raced with a clear (read before the event, stored after it) would put a
 * stale page back: every clear bumps a generation, and a page is stored only if the generation it
 * was computed in is still current. Concurrent searches of one page share its computation.
 */
@ApplicationScoped
class SearchCache {
  /** What identifies a page: filters are a record of values, so equal searches are equal keys. */
  record Key(SearchFilters filters, int page, int pageSize, LocalDate day) {}

  private record Entry(Page<CertifiedProductResponse> page, long freshUntilNanos) {}

  private final SearchConfig.Cache config;
  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
  private final Map<Key, CompletableFuture<Page<CertifiedProductResponse>>> loading =
      new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private final AtomicLong shared = new AtomicLong();

  SearchCache(SearchConfig config) {
    this.config = config.cache();
  }

  /** The page of this key, from memory while fresh, else computed (and kept). */
  Page<CertifiedProductResponse> get(Key key, Supplier<Page<CertifiedProductResponse>> compute) {
    long maxAge = config.maxAge().toNanos();
    if (maxAge <= 0) {
      return compute.get();
    }
    long now = System.nanoTime();
    Entry entry = entries.get(key);
    if (entry != null && entry.freshUntilNanos() - now > 0) {
      hits.incrementAndGet();
      return entry.page();
    }
    CompletableFuture<Page<CertifiedProductResponse>> mine = new CompletableFuture<>();
    CompletableFuture<Page<CertifiedProductResponse>> running = loading.putIfAbsent(key, mine);
    if (running != null) {
      // The same page is being computed for someone else: wait for it rather than run the same
      // query again (after a clear, a popular query arrives many times before its first answer).
      shared.incrementAndGet();
      return await(running);
    }
    misses.incrementAndGet();
    try {
      long startedIn = generation.get();
      Page<CertifiedProductResponse> page = compute.get();
      if (generation.get() == startedIn) {
        if (entries.size() >= config.maxEntries()) {
          // A safety net against a flood of distinct queries, not a policy: start again.
          entries.clear();
        }
        // Up to a fifth earlier, so that pages computed together do not all expire together.
        long age = maxAge - ThreadLocalRandom.current().nextLong(maxAge / 5 + 1);
        entries.put(key, new Entry(page, now + age));
        // A clear between the check above and the put must not be lost.
        if (generation.get() != startedIn) {
          entries.remove(key);
        }
      }
      mine.complete(page);
      return page;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      loading.remove(key, mine);
    }
  }

  private static <T> T await(CompletableFuture<T> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Forgets every page: something a search can show has changed. */
  void clear() {
    generation.incrementAndGet();
    entries.clear();
  }

  int size() {
    return entries.size();
  }

  long hits() {
    return hits.get();
  }

  long misses() {
    return misses.get();
  }

  /** Searches that waited for the same page being computed for another. */
  long shared() {
    return shared.get();
  }
}
