package vn.ocop.registry.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
