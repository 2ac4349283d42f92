package vn.ocop.plan.report;

/** The period of the year a progress report covers. */
public enum ReportPeriod {
  /** Báo cáo 6 tháng đầu năm: the figures of the year so far; it does not close the year. */
  H1("Báo cáo 6 tháng"),
  /** Báo cáo năm: its approval makes the year's figures final (the year is locked). */
  FY("Báo cáo năm");

  private final String nameVi;

  ReportPeriod(String nameVi) {
    this.nameVi = nameVi;
  }

  public String nameVi() {
    return nameVi;
  }

  /** Whether approving a report of this period locks the province's year. */
  public boolean locksYear() {
    return this == FY;
  }
}
