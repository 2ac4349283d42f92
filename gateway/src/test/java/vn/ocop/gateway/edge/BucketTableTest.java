package vn.ocop.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BucketTableTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void eachKeyHasItsOwnBucket() {
    BucketTable table = new BucketTable(1, 2, 100, 0);

    assertThat(table.take("a", 0).passed()).isTrue();
    assertThat(table.take("a", 0).passed()).isTrue();
    BucketTable.Outcome refused = table.take("a", 0);
    assertThat(refused.passed()).isFalse();
    assertThat(refused.waitNanos()).isEqualTo(SECOND);
    assertThat(refused.firstRefusal()).isTrue();
    assertThat(table.take("a", 0).firstRefusal()).isFalse();
    assertThat(table.take("b", 0).passed()).isTrue();
  }

  @Test
  void idleKeysAreDroppedAndComeBackWithAFullBucket() {
    BucketTable table = new BucketTable(1, 2, 100, 0);
    table.take("idle", 0);
    table.take("busy", 0);
    table.take("busy", 0);
    table.take("busy", SECOND);

    assertThat(table.sweep(SECOND)).isEqualTo(1);
    assertThat(table.size()).isEqualTo(1);
    assertThat(table.sweep(3 * SECOND)).isEqualTo(1);
    assertThat(table.size()).isZero();
  }

  @Test
  void beyondTheCapNewKeysShareOneOverflowBucketInsteadOfGrowingTheTable() {
    BucketTable table = new BucketTable(1, 2, 3, 0);
    for (String key : new String[] {"a", "b", "c"}) {
      table.take(key, 0);
      table.take(key, 0);
    }

    BucketTable.Outcome first = table.take("d", 0);
    BucketTable.Outcome second = table.take("e", 0);
    BucketTable.Outcome third = table.take("f", 0);

    assertThat(table.size()).isEqualTo(3);
    assertThat(first.overflowed()).isTrue();
    assertThat(first.passed()).isTrue();
    assertThat(second.passed()).isTrue();
    assertThat(third.passed()).isFalse();
  }

  @Test
  void aFullTableMakesRoomOnceItsIdleKeysHaveRefilled() {
    BucketTable table = new BucketTable(1, 2, 2, 0);
    table.take("a", 0);
    table.take("b", 0);

    BucketTable.Outcome later = table.take("c", 5 * SECOND);

    assertThat(later.overflowed()).isFalse();
    assertThat(later.passed()).isTrue();
    assertThat(table.size()).isEqualTo(1);
  }
}
