package vn.ocop.rating.paperwork;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.ocop.rating.council.CouncilRole;
import vn.ocop.rating.rules.EvaluationLevel;

/**
 * How Vietnamese administrative documents write dates, scores and titles: "ngày 05 tháng 11 năm
 * 2026", a decimal comma (90,75), "4 sao". Stars are spelt out because the embedded font has no ★.
 */
public final class VietnameseText {
  public static final String NATION = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnameseText() {}

  /** "ngày 05 tháng 11 năm 2026", or a blank to fill in by hand when the date is unknown. */
  public static String longDate(LocalDate date) {
    if (date == null) {
      return "ngày …… tháng …… năm ……";
    }
    return String.format(
        "ngày %02d tháng %02d năm %d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  /** "20/11/2029", as in table cells. */
  public static String shortDate(LocalDate date) {
    return date == null ? "" : SHORT_DATE.format(date);
  }

  /** Two decimals with a decimal comma: 90,75; empty for no score. */
  public static String score(BigDecimal score) {
    if (score == null) {
      return "";
    }
    return score.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
  }

  public static String stars(Integer stars) {
    return stars == null ? "" : stars + " sao";
  }

  public static String role(CouncilRole role) {
    return switch (role) {
      case CHAIR -> "Chủ tịch hội đồng";
      case VICE_CHAIR -> "Phó Chủ tịch hội đồng";
      case SECRETARY -> "Thư ký hội đồng";
      case MEMBER -> "Thành viên";
    };
  }

  /**
   * The kind of a declared conflict of interest, as the minutes word it; the kind arrives as the
   * stored name so that this package does not depend on the conflict feature's classes.
   */
  public static String conflictKind(String kind) {
    if (kind == null) {
      return "xung đột lợi ích";
    }
    return switch (kind) {
      case "SAME_SUBJECT" -> "thuộc chủ thể có sản phẩm";
      case "RELATIVE" -> "người thân của chủ thể";
      case "EMPLOYER" -> "làm việc cho hoặc đại diện chủ thể";
      default -> "lý do khác";
    };
  }

  public static String level(EvaluationLevel level) {
    return switch (level) {
      case DISTRICT -> "cấp huyện";
      case PROVINCE -> "cấp tỉnh";
      case CENTRAL -> "cấp trung ương";
    };
  }
}
