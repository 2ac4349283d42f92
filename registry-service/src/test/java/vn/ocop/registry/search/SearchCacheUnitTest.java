package vn.ocop.registry.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;

class SearchCacheUnitTest {
  private static final SearchCache.Key KEY =
      new SearchCache.Key(
          new SearchFilters(
              List.of("ca", "phe"), "2025-07", null, null, null, null, SearchFilters.IN_FORCE),
          1,
          20,
          LocalDate.of(2026, 11, 24));

  private final AtomicInteger computed = new AtomicInteger();

  private static SearchCache cache(Duration maxAge, int maxEntries) {
    return new SearchCache(
        () ->
            new SearchConfig.Cache() {
              @Override
              public int maxEntries() {
                return maxEntries;
              }

              @Override
              public Duration maxAge() {
                return maxAge;
              }
            });
  }

  private Page<CertifiedProductResponse> page() {
    computed.incrementAndGet();
    return Page.of(List.of(), computed.get(), new PageQuery(1, 20));
  }

  @Test
  void anEqualSearchIsServedFromMemoryAndAClearForgetsIt() {
    SearchCache cache = cache(Duration.ofMinutes(1), 100);
    Page<CertifiedProductResponse> first = cache.get(KEY, this::page);
    SearchCache.Key equal =
        new SearchCache.Key(
            new SearchFilters(
                List.of("ca", "phe"), "2025-07", null, null, null, null, SearchFilters.IN_FORCE),
            1,
            20,
            LocalDate.of(2026, 11, 24));
    assertThat(cache.get(equal, this::page)).isSameAs(first);
    assertThat(computed).hasValue(1);

    cache.clear();
    assertThat(cache.get(KEY, this::page)).isNotSameAs(first);
    assertThat(computed).hasValue(2);
    // Another day is another page: statuses are computed for the day.
    cache.get(new SearchCache.Key(KEY.filters(), 1, 20, KEY.day().plusDays(1)), this::page);
    assertThat(computed).hasValue(3);
  }

  @Test
  void aPageComputedWhileAClearHappenedIsNotKept() {
    SearchCache cache = cache(Duration.ofMinutes(1), 100);
    cache.get(
        KEY,
        () -> {
          // The event arrives while this search reads the database: its page may be stale.
          cache.clear();
          return page();
        });
    assertThat(cache.size()).isZero();
    cache.get(KEY, this::page);
    assertThat(computed).hasValue(2);
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void concurrentSearchesOfOnePageShareOneComputation() throws Exception {
    SearchCache cache = cache(Duration.ofMinutes(1), 100);
    CountDownLatch computing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Future<Page<CertifiedProductResponse>> first =
          pool.submit(
              () ->
                  cache.get(
                      KEY,
                      () -> {
                        computing.countDown();
                        await(release);
                        return page();
                      }));
      assertThat(computing.await(5, TimeUnit.SECONDS)).isTrue();
      List<Future<Page<CertifiedProductResponse>>> others = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        others.add(pool.submit(() -> cache.get(KEY, this::page)));
      }
      // The three wait for the first one's page: none computes its own.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (cache.shared() < 3 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(cache.shared()).isEqualTo(3);
      release.countDown();
      Page<CertifiedProductResponse> page = first.get(5, TimeUnit.SECONDS);
      for (Future<Page<CertifiedProductResponse>> other : others) {
        assertThat(other.get(5, TimeUnit.SECONDS)).isSameAs(page);
      }
      assertThat(computed).hasValue(1);
      assertThat(cache.misses()).isEqualTo(1);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedComputationFailsItsWaitersAndIsNotKept() {
    SearchCache cache = cache(Duration.ofMinutes(1), 100);
    assertThatThrownBy(
            () ->
                cache.get(
                    KEY,
                    () -> {
                      throw new IllegalStateException("public search failed");
                    }))
        .hasMessage("public search failed");
    assertThat(cache.size()).isZero();
    cache.get(KEY, this::page);
    assertThat(computed).hasValue(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void maxAgeZeroTurnsTheCacheOffAndTheBoundHolds() {
    SearchCache off = cache(Duration.ZERO, 100);
    off.get(KEY, this::page);
    off.get(KEY, this::page);
    assertThat(computed).hasValue(2);
    assertThat(off.size()).isZero();

    SearchCache small = cache(Duration.ofMinutes(1), 2);
    for (int page = 1; page <= 5; page++) {
      small.get(new SearchCache.Key(KEY.filters(), page, 20, KEY.day()), this::page);
      assertThat(small.size()).isLessThanOrEqualTo(2);
    }
  }
}
