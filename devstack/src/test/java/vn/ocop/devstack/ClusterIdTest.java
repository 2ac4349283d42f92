package vn.ocop.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusterIdTest {

  /** One id in 64 would start with '-' if nothing prevented it; 2,000 draws make that certain. */
  @Test
  void aClusterIdIsNeverReadAsACommandLineOption() {
    for (int i = 0; i < 2_000; i++) {
      assertThat(EmbeddedKafkaBroker.clusterId()).hasSize(22).doesNotStartWith("-");
    }
  }
}
