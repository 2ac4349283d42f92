package vn.ocop.rating.rules;

/**
 * A level of government that evaluates and recognises OCOP products (cấp đánh giá, phân hạng). The
 * district level (cấp huyện) exists only in rule sets before the 2025 reform of local government.
 */
public enum EvaluationLevel {
  /** Cấp huyện: abolished from 1 July 2025. */
  DISTRICT,
  /** Cấp tỉnh: the provincial People's Committee (UBND tỉnh). */
  PROVINCE,
  /** Trung ương: the Ministry of Agriculture (and Environment, from 2025). */
  CENTRAL
}
