package vn.ocop.rating.cycle;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.platform.problem.ProblemException;

/**
 * One round of a province's annual OCOP cycle (chu trình OCOP thường niên). It freezes the rule set
 * in force on the day it opened; every dossier of the cycle is judged by that version.
 *
 * <p>A round walks the six {@link CycleStep}s in order, each with a planned window; the step
 * decides which records it takes (ideas in step 2, plans in step 3, dossiers in step 5, promotion
 * in step 6). A province migrating a running round opens it at a later step.
 */
@Entity
@Table(name = "cycle")
public class Cycle {
  @Id private UUID id;

  @Column(name = "province_code")
  private String provinceCode;

  private int year;

  private int round;

  @Column(name = "rule_set_version")
  private String ruleSetVersion;

  @Enumerated(EnumType.STRING)
  private CycleStatus status;

  @Enumerated(EnumType.STRING)
  private CycleStep step;

  @Column(name = "opened_on")
  private LocalDate openedOn;

  @Column(name = "opened_by")
  private String openedBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "step_changed_at")
  private Instant stepChangedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cycle_step_window", joinColumns = @JoinColumn(name = "cycle_id"))
  private List<StepWindow> schedule = new ArrayList<>();

  @Version private long version;

  protected Cycle() {}

  /** Opens a round under the rule set in force that day, at its first step or a later one. */
  public static Cycle open(
      String provinceCode,
      int year,
      int round,
      String ruleSetVersion,
      CycleStep startAt,
      List<StepWindow> schedule,
      LocalDate openedOn,
      String openedBy,
      Instant now) {
    Cycle cycle = new Cycle();
    cycle.id = UUID.randomUUID();
    cycle.provinceCode = provinceCode;
    cycle.year = year;
    cycle.round = round;
    cycle.ruleSetVersion = ruleSetVersion;
    cycle.status = CycleStatus.OPEN;
    cycle.step = startAt;
    cycle.schedule.addAll(schedule);
    cycle.openedOn = openedOn;
    cycle.openedBy = openedBy;
    cycle.createdAt = now;
    cycle.stepChangedAt = now;
    return cycle;
  }

  /**
   * Moves the round to the next step, or closes it after trade promotion.
   *
   * @throws ProblemException 409 CYCLE_STEP_TRANSITION_NOT_ALLOWED for any other move
   */
  public void advanceTo(CycleStep target, Instant now) {
    step = step.moveTo(target);
    stepChangedAt = now;
    if (step == CycleStep.CLOSED) {
      status = CycleStatus.CLOSED;
    }
  }

  /** Fails with 409 CYCLE_CLOSED once the round is over: its records are history then. */
  public void requireOpen() {
    if (status == CycleStatus.CLOSED) {
      throw ProblemException.conflict(
          "CYCLE_CLOSED", "Cycle " + id + " is closed; its records are history");
    }
  }

  /** Replaces the planned windows (an extended deadline, a moved fair season). */
  public void reschedule(List<StepWindow> windows) {
    requireOpen();
    schedule.clear();
    schedule.addAll(windows);
  }

  /**
   * Fails with 409 CYCLE_NOT_AT_STEP unless the round is at {@code expected}: each step takes its
   * own records.
   */
  public void requireAtStep(CycleStep expected, String what) {
    if (step != expected) {
      throw ProblemException.conflict(
          "CYCLE_NOT_AT_STEP",
          "Cycle " + id + " is at step " + step + "; " + what + " are taken at step " + expected);
    }
  }

  /**
   * Fails with 409 STEP_DEADLINE_PASSED when {@code today} is after the step's deadline. A round
   * without a window for the step (opened before schedules existed) has no deadline.
   */
  public void requireBeforeDeadline(CycleStep of, LocalDate today) {
    window(of)
        .filter(window -> today.isAfter(window.deadline()))
        .ifPresent(
            window -> {
              throw ProblemException.conflict(
                  "STEP_DEADLINE_PASSED",
                  "The deadline of step "
                      + of
                      + " in cycle "
                      + id
                      + " was "
                      + window.deadline()
                      + "; the province officer may extend it");
            });
  }

  public Optional<StepWindow> window(CycleStep of) {
    return schedule.stream().filter(window -> window.step() == of).findFirst();
  }

  /** The planned windows in step order. */
  public List<StepWindow> schedule() {
    return schedule.stream().sorted(Comparator.comparing(StepWindow::step)).toList();
  }

  public long version() {
    return version;
  }

  public Instant stepChangedAt() {
    return stepChangedAt;
  }

  /** Fails with 409 unless dossiers may be submitted to this cycle now. */
  public void requireAcceptsDossiers() {
    if (status != CycleStatus.OPEN || !step.acceptsDossiers()) {
      throw ProblemException.conflict(
          "CYCLE_NOT_ACCEPTING_DOSSIERS",
          "Cycle " + id + " is " + status + " at step " + step + " and takes no dossiers");
    }
  }

  public UUID id() {
    return id;
  }

  public String provinceCode() {
    return provinceCode;
  }

  public int year() {
    return year;
  }

  public int round() {
    return round;
  }

  public String ruleSetVersion() {
    return ruleSetVersion;
  }

  public CycleStatus status() {
    return status;
  }

  public CycleStep step() {
    return step;
  }

  public LocalDate openedOn() {
    return openedOn;
  }

  public String openedBy() {
    return openedBy;
  }
}
