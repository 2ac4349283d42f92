package vn.ocop.rating.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.ocop.platform.problem.ProblemException;

/**
 * One round of a province's annual OCOP cycle (chu trình OCOP thường niên). It freezes the rule set
 * in force on the day it opened; every dossier of the cycle is judged by that version.
 *
 * <p>The walking skeleton opens a cycle directly at the {@link CycleStep#EVALUATION} step: the
 * earlier steps (promotion, idea registration, business plans, implementation) are modelled as the
 * {@link CycleStep} enum but not yet walked through.
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

  @Version private long version;

  protected Cycle() {}

  /** Opens a round under the rule set in force that day, ready to take dossiers. */
  public static Cycle open(
      String provinceCode,
      int year,
      int round,
      String ruleSetVersion,
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
    cycle.step = CycleStep.EVALUATION;
    cycle.openedOn = openedOn;
    cycle.openedBy = openedBy;
    cycle.createdAt = now;
    return cycle;
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
