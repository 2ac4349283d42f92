package vn.ocop.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void burstPassesAtOnceThenTheNextWaitsForOneTokenAtTheRate() {
    TokenBucket bucket = new TokenBucket(2, 3, 0);

    assertThat(bucket.take(0)).isZero();
    assertThat(bucket.take(0)).isZero();
    assertThat(bucket.take(0)).isZero();
    assertThat(bucket.take(0)).isEqualTo(SECOND / 2);
    assertThat(bucket.take(SECOND / 4)).isEqualTo(SECOND / 4);
    assertThat(bucket.take(SECOND / 2)).isZero();
    assertThat(bucket.take(SECOND / 2)).isEqualTo(SECOND / 2);
  }

  @Test
  void aSlowRateMakesAWaitOfSeveralSeconds() {
    TokenBucket bucket = new TokenBucket(0.25, 1, 0);

    assertThat(bucket.take(0)).isZero();
    assertThat(bucket.take(0)).isEqualTo(4 * SECOND);
    assertThat(bucket.take(3 * SECOND)).isEqualTo(SECOND);
    assertThat(bucket.take(4 * SECOND)).isZero();
  }

  @Test
  void refillNeverExceedsTheBurst() {
    TokenBucket bucket = new TokenBucket(100, 2, 0);
    bucket.take(0);

    assertThat(bucket.isFull(3600 * SECOND)).isTrue();
    assertThat(bucket.take(3600 * SECOND)).isZero();
    assertThat(bucket.take(3600 * SECOND)).isZero();
    assertThat(bucket.take(3600 * SECOND)).isPositive();
  }

  @Test
  void aFloodIsReportedOnceUntilARequestPassesAgain() {
    TokenBucket bucket = new TokenBucket(1, 1, 0);
    bucket.take(0);

    assertThat(bucket.take(0)).isPositive();
    assertThat(bucket.startRefusing()).isTrue();
    assertThat(bucket.startRefusing()).isFalse();
    assertThat(bucket.take(SECOND)).isZero();
    assertThat(bucket.take(SECOND)).isPositive();
    assertThat(bucket.startRefusing()).isTrue();
  }

  @Test
  void aLimitWithoutRateOrBurstIsAConfigurationError() {
    assertThatThrownBy(() -> new TokenBucket(0, 10, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TokenBucket(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
