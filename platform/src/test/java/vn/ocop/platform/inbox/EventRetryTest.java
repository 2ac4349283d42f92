package vn.ocop.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventRetryTest {
  private final List<Long> pauses = new ArrayList<>();
  private final AtomicInteger tries = new AtomicInteger();

  @Test
  void aDatabaseOutageIsWaitedOutHoweverLongItLastsAndTheEventIsApplied() {
    // 120 tries = two minutes of PostgreSQL down at one try a second: far past the 5 attempts.
    String applied =
        EventRetry.run(
            "rating.product-read-model",
            "event-1",
            () -> {
              if (tries.incrementAndGet() <= 120) {
                throw new IllegalStateException(
                    "could not commit",
                    new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
              }
              return "applied";
            },
            pauses::add);

    assertThat(applied).isEqualTo("applied");
    assertThat(tries).hasValue(121);
    assertThat(pauses).hasSize(120).containsOnly(EventRetry.OUTAGE_PAUSE_MILLIS);
  }

  @Test
  void anyOtherFailureIsGivenUpAfterFiveAttemptsForTheDeadLetterTopic() {
    assertThatThrownBy(
            () ->
                EventRetry.run(
                    "plan.product-facts",
                    "event-2",
                    () -> {
                      tries.incrementAndGet();
                      throw new IllegalStateException(
                          "duplicate key", new SQLException("duplicate key", "23505"));
                    },
                    pauses::add))
        .hasMessage("duplicate key");
    assertThat(tries).hasValue(EventRetry.ATTEMPTS);
    assertThat(pauses).containsExactly(100L, 400L, 900L, 1600L, 2500L);
  }

  @Test
  void outageTriesDoNotUseUpTheAttemptsOfOtherFailures() {
    assertThatThrownBy(
            () ->
                EventRetry.run(
                    "registry.certificate-issuer",
                    "event-3",
                    () -> {
                      int n = tries.incrementAndGet();
                      throw n % 2 == 0
                          ? new IllegalStateException("bug")
                          : new RuntimeException(new SQLException("shutting down", "57P01"));
                    },
                    pauses::add))
        .hasMessage("bug");
    // Five real failures, each after an outage try: ten tries in all.
    assertThat(tries).hasValue(10);
  }
}
