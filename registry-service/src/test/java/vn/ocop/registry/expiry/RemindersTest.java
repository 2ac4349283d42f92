package vn.ocop.registry.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemindersTest {
  private static final LocalDate VALID_TO = LocalDate.of(2028, 9, 15);

  /**
   * The most urgent threshold due: days left → reminder; none before 180 days or after valid_to.
   */
  @ParameterizedTest(name = "{0} days left: {1}")
  @CsvSource({
    "181, -1",
    "180, 180",
    "91, 180",
    "90, 90",
    "31, 90",
    "30, 30",
    "20, 30",
    "0, 30",
    "-1, -1"
  })
  void theMostUrgentDueReminder(int daysLeft, int expected) {
    LocalDate asOf = VALID_TO.minusDays(daysLeft);
    assertThat(Reminders.due(VALID_TO, asOf).orElse(-1)).isEqualTo(expected);
  }

  @Test
  void aReminderIsLateWhenRecordedAfterItsDueDate() {
    assertThat(Reminders.late(VALID_TO, 30, VALID_TO.minusDays(30))).isFalse();
    assertThat(Reminders.late(VALID_TO, 30, VALID_TO.minusDays(20))).isTrue();
    assertThat(Reminders.late(VALID_TO, 180, VALID_TO.minusDays(180))).isFalse();
  }

  @Test
  void theSqlRestatesTheThresholdsMostUrgentFirst() {
    assertThat(Reminders.dueSql("c.valid_to"))
        .isEqualTo(
            "case when c.valid_to - cast(:asOf as date) <= 30 then 30"
                + " when c.valid_to - cast(:asOf as date) <= 90 then 90"
                + " when c.valid_to - cast(:asOf as date) <= 180 then 180 end");
  }
}
