package vn.ocop.registry.transfer;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Limits of bulk imports ({@code ocop.registry.import.*}). */
@ConfigMapping(prefix = "ocop.registry.import")
public interface ImportConfig {

  /**
   * The largest file accepted. {@code quarkus.http.limits.max-body-size} must stay above it, so
   * that an upload over the limit is answered here, as problem+json, not by the HTTP layer.
   */
  @WithName("max-bytes")
  @WithDefault("20M")
  MemorySize maxBytes();

  /** The most data rows in one file. */
  @WithName("max-rows")
  @WithDefault("50000")
  int maxRows();

  /** The most row errors listed in a report; the totals always count all of them. */
  @WithName("max-reported-errors")
  @WithDefault("1000")
  int maxReportedErrors();

  /**
   * Seconds one import transaction may take; {@link ImportTransaction} reads it through its
   * {@code @TransactionConfiguration}.
   */
  @WithName("transaction-timeout")
  @WithDefault("600")
  int transactionTimeout();
}
