package vn.ocop.registry.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.platform.problem.ProblemException;

class CertificateStatusTest {
  /**
   * The whole transition table, row = from, column = to: {@code x} allowed, {@code .} refused.
   * Every one of the 36 pairs is listed, so a change to the state machine must change this table.
   */
  private static final String TABLE =
      """
                  ISSUED EXPIRING EXPIRED SUPERSEDED SUSPENDED REVOKED
      ISSUED        .       x        x        x          x        x
      EXPIRING      .       .        x        x          x        x
      EXPIRED       .       .        .        .          .        x
      SUPERSEDED    .       .        .        .          .        .
      SUSPENDED     x       x        x        x          .        x
      REVOKED       x       x        x        .          .        .
      """;

  @Test
  void certificateIsIssuedInTheIssuedStatus() {
    assertThat(CertificateStatus.initial()).isEqualTo(CertificateStatus.ISSUED);
  }

  @Test
  void theTableCoversEveryPairOfStatuses() {
    List<String> pairs = table().map(a -> a.get()[0] + ">" + a.get()[1]).toList();
    assertThat(pairs).hasSize(36).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
  @MethodSource("table")
  void transitionTableIsEnforced(CertificateStatus from, CertificateStatus to, boolean allowed) {
    assertThat(from.canBecome(to)).isEqualTo(allowed);
    assertThat(from.allowedNext().contains(to)).isEqualTo(allowed);
    if (allowed) {
      assertThat(from.transitionTo(to)).isEqualTo(to);
    } else {
      assertThatThrownBy(() -> from.transitionTo(to))
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.code()).isEqualTo("CERTIFICATE_TRANSITION_NOT_ALLOWED");
                assertThat(e.getMessage()).contains(from.name()).contains(to.name());
              });
    }
  }

  @Test
  void noStatusChangesToItselfAndSupersededIsFinal() {
    for (CertificateStatus status : CertificateStatus.values()) {
      assertThat(status.allowedNext()).isNotNull().doesNotContain(status);
    }
    assertThat(CertificateStatus.SUPERSEDED.allowedNext()).isEmpty();
  }

  @Test
  void aNewCertificateReplacesOneInForceOrSuspended() {
    assertThat(CertificateStatus.supersedable())
        .containsExactlyInAnyOrder(
            CertificateStatus.ISSUED, CertificateStatus.EXPIRING, CertificateStatus.SUSPENDED);
  }

  @Test
  void onlyIssuedAndExpiringAreInForce() {
    assertThat(Arrays.stream(CertificateStatus.values()).filter(CertificateStatus::inForce))
        .containsExactly(CertificateStatus.ISSUED, CertificateStatus.EXPIRING);
  }

  /** valid_to is the last day in force; EXPIRING from 180 days before it. */
  @ParameterizedTest(name = "valid to 2028-09-15, on {0}: {1}")
  @CsvSource({
    "2026-11-23, ISSUED",
    "2028-03-18, ISSUED",
    "2028-03-19, EXPIRING",
    "2028-09-14, EXPIRING",
    "2028-09-15, EXPIRING",
    "2028-09-16, EXPIRED",
    "2031-01-01, EXPIRED"
  })
  void statusByDate(LocalDate today, CertificateStatus expected) {
    LocalDate validTo = LocalDate.of(2028, 9, 15);
    assertThat(validTo.minusDays(180)).isEqualTo(LocalDate.of(2028, 3, 19));
    assertThat(CertificateStatus.byDate(validTo, today)).isEqualTo(expected);
  }

  static Stream<Arguments> table() {
    List<String> lines = TABLE.strip().lines().map(String::strip).toList();
    List<CertificateStatus> columns =
        Arrays.stream(lines.get(0).split("\\s+")).map(CertificateStatus::valueOf).toList();
    List<Arguments> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\\s+");
      assertThat(cells).hasSize(columns.size() + 1);
      CertificateStatus from = CertificateStatus.valueOf(cells[0]);
      for (int i = 0; i < columns.size(); i++) {
        rows.add(Arguments.of(from, columns.get(i), cells[i + 1].equals("x")));
      }
    }
    return rows.stream();
  }
}
