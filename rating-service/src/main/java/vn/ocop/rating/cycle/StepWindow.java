package vn.ocop.rating.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** The planned window of one step of a round: when it opens and its last day (hạn chót). */
@Embeddable
public class StepWindow {
  @Enumerated(EnumType.STRING)
  private CycleStep step;

  @Column(name = "opens_on")
  private LocalDate opensOn;

  private LocalDate deadline;

  protected StepWindow() {}

  public StepWindow(CycleStep step, LocalDate opensOn, LocalDate deadline) {
    this.step = step;
    this.opensOn = opensOn;
    this.deadline = deadline;
  }

  public CycleStep step() {
    return step;
  }

  public LocalDate opensOn() {
    return opensOn;
  }

  public LocalDate deadline() {
    return deadline;
  }
}
