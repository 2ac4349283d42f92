package vn.ocop.rating.paperwork;

/** What the council's result means for a dossier, as the minutes word it (kết luận). */
public enum Outcome {
  /** The score reaches a star class recognised at a higher level: send it up. */
  FORWARD("Đề nghị chuyển cấp trên đánh giá"),
  /** The star class is recognised at this council's level. */
  RECOGNISE("Đề nghị công nhận"),
  /** Below the lowest recognised star class, or refused. */
  NOT_RECOGNISED("Không đạt"),
  /** No result yet: not every member has scored. */
  PENDING("Chưa có kết quả");

  private final String wording;

  Outcome(String wording) {
    this.wording = wording;
  }

  public String wording() {
    return wording;
  }
}
