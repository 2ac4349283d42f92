package vn.ocop.registry.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Settings of the public search ({@code ocop.registry.search.*}). */
@ConfigMapping(prefix = "ocop.registry.search")
public interface SearchConfig {

  Cache cache();

  /** The in-memory pages of results, by filters, page and day. */
  interface Cache {
    /**
     * How many pages are kept. Public searches repeat (a few hundred common queries make most of a
     * day's traffic); a page is a few KB.
     */
    @WithName("max-entries")
    @WithDefault("5000")
    int maxEntries();

    /**
     * How long a page is served without asking the database again. Any certificate, product or
     * subject event clears every page as soon as it arrives; this only bounds the staleness when an
     * event does not arrive (the broker down, say). 0 turns the cache off.
     */
    @WithName("max-age")
    @WithDefault("30s")
    Duration maxAge();
  }
}
