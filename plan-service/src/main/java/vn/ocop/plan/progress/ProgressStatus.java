package vn.ocop.plan.progress;

/**
 * Where a target stands (tình trạng thực hiện); the rule is in
 * docs/decisions/0006-plan-progress-status.md.
 */
public enum ProgressStatus {
  /** Reached (Đạt): an AT_LEAST target reached, or an AT_MOST one kept to its window's end. */
  MET("Đạt"),
  /** On track (Đúng tiến độ): at or above the pro-rata share of the target for the time elapsed. */
  ON_TRACK("Đúng tiến độ"),
  /** At risk (Có nguy cơ không đạt): behind the pro-rata share, the window still open. */
  AT_RISK("Có nguy cơ không đạt"),
  /** Not met (Không đạt): the window is over without reaching it, or an AT_MOST count exceeded. */
  NOT_MET("Không đạt"),
  /** No target is set: only the actual is shown. */
  NO_TARGET("Chưa đặt mục tiêu"),
  /** A target, but nothing to compute the actual from (a manual indicator nobody entered). */
  NO_DATA("Chưa có số liệu");

  private final String labelVi;

  ProgressStatus(String labelVi) {
    this.labelVi = labelVi;
  }

  /** The label officials read in exports. */
  public String labelVi() {
    return labelVi;
  }
}
