package vn.ocop.rating.communereview;

/** The commune chairman's opinion on sending a dossier up to the province. */
public enum ChairmanOpinion {
  /** Đề nghị chuyển hồ sơ lên cấp tỉnh. */
  FORWARD,
  /** Không đề nghị chuyển; the reason is required. */
  NOT_FORWARD
}
