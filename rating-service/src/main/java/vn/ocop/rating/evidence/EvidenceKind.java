package vn.ocop.rating.evidence;

/** What an evidence file (tài liệu minh chứng) is. */
public enum EvidenceKind {
  /** Phiếu kết quả kiểm nghiệm. */
  TEST_REPORT,
  /** Giấy chứng nhận (food safety, VietGAP, trademark...). */
  CERTIFICATE,
  /** Hình ảnh sản phẩm, cơ sở sản xuất. */
  PHOTO,
  /** Hợp đồng (raw materials, sales, labour). */
  CONTRACT,
  /** Nhãn, bao bì. */
  LABEL,
  OTHER
}
