package vn.ocop.plan.indicator;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The counting rule of an indicator in words, in Vietnamese and English, written from its measure
 * and filters: the sentence always says what the code computes, whatever the description says.
 */
public record IndicatorRule(String vi, String en) {

  public static IndicatorRule of(Indicator indicator) {
    String stars = stars(indicator);
    return switch (indicator.measure) {
      case CERTIFIED_PRODUCTS ->
          new IndicatorRule(
              "Số sản phẩm (không trùng lặp) có giấy chứng nhận OCOP "
                  + starsVi(indicator)
                  + kindsVi(indicator)
                  + groupsVi(indicator)
                  + " có ngày quyết định công nhận trong kỳ.",
              "Distinct products with an OCOP certificate of "
                  + stars
                  + kinds(indicator)
                  + groups(indicator)
                  + " whose recognition decision date falls in the period.");
      case NOMINATED_PRODUCTS ->
          new IndicatorRule(
              "Số sản phẩm (không trùng lặp) được đề xuất lên trung ương đánh giá 5 sao trong kỳ"
                  + groupsVi(indicator)
                  + ".",
              "Distinct products forwarded to the central level (nominated for 5★) in the period"
                  + groups(indicator)
                  + ", by the local date of the nomination event.");
      case PARTICIPATING_SUBJECTS ->
          new IndicatorRule(
              "Số chủ thể (không trùng lặp)"
                  + typesVi(indicator)
                  + " có sản phẩm được công nhận OCOP "
                  + starsVi(indicator)
                  + groupsVi(indicator)
                  + " trong kỳ.",
              "Distinct subjects"
                  + types(indicator)
                  + " with a product recognised at "
                  + stars
                  + groups(indicator)
                  + " in the period.");
      case NEW_SUBJECTS ->
          new IndicatorRule(
              "Số chủ thể" + typesVi(indicator) + " đăng ký mới trong kỳ.",
              "Subjects"
                  + types(indicator)
                  + " registered in the period (local date of the registration event).");
      case IDEAS_REGISTERED ->
          new IndicatorRule(
              "Số ý tưởng sản phẩm đăng ký trong kỳ"
                  + typesVi(indicator)
                  + groupsVi(indicator)
                  + ".",
              "Product ideas registered in the period"
                  + types(indicator)
                  + groups(indicator)
                  + ".");
      case BUSINESS_PLANS_APPROVED ->
          new IndicatorRule(
              "Số phương án, dự án sản xuất kinh doanh được phê duyệt trong kỳ"
                  + typesVi(indicator)
                  + groupsVi(indicator)
                  + ".",
              "Business plans approved in the period (date of the review)"
                  + types(indicator)
                  + groups(indicator)
                  + ".");
      case CERTIFICATES_BY_STATUS ->
          new IndicatorRule(
              "Số giấy chứng nhận (không trùng lặp) chuyển sang trạng thái "
                  + list(indicator.certificateStatuses)
                  + " trong kỳ"
                  + groupsVi(indicator)
                  + ".",
              "Distinct certificates"
                  + (indicator.minStarClass == null && indicator.maxStarClass == null
                      ? ""
                      : " of " + stars)
                  + " whose status changed to "
                  + list(indicator.certificateStatuses)
                  + " in the period"
                  + groups(indicator)
                  + ", by the local date of the change.");
      case PROMOTIONS ->
          new IndicatorRule(
              "Số hoạt động xúc tiến thương mại"
                  + (indicator.promotionKinds == null
                      ? ""
                      : " (" + list(indicator.promotionKinds) + ")")
                  + " bắt đầu trong kỳ.",
              "Trade-promotion activities"
                  + (indicator.promotionKinds == null
                      ? ""
                      : " of kind " + list(indicator.promotionKinds))
                  + " starting in the period.");
      case RATIO ->
          new IndicatorRule(
              indicator.numeratorCode
                  + " chia cho "
                  + indicator.denominatorCode
                  + ", tính theo phần trăm; không có giá trị khi mẫu số bằng 0 hoặc chưa có.",
              indicator.numeratorCode
                  + " divided by "
                  + indicator.denominatorCode
                  + ", in percent; no value when the denominator is 0 or missing.");
      case ENTERED ->
          new IndicatorRule(
              "Do tỉnh nhập (số liệu nhập tay): giá trị của năm gần nhất trong kỳ có số liệu; số của"
                  + " tỉnh là số toàn tỉnh, hoặc tổng các xã khi không có số toàn tỉnh.",
              "Entered by the province: the value of the latest year of the period that has one;"
                  + " the province's is its province-wide value, or the sum of its communes' when"
                  + " there is none.");
    };
  }

  private static String stars(Indicator indicator) {
    int min =
        indicator.minStarClass == null
            ? indicator.measure.defaultMinStarClass()
            : indicator.minStarClass;
    int max = indicator.maxStarClass == null ? 5 : indicator.maxStarClass;
    return min == max ? min + "★" : min + "★–" + max + "★";
  }

  private static String starsVi(Indicator indicator) {
    int min =
        indicator.minStarClass == null
            ? indicator.measure.defaultMinStarClass()
            : indicator.minStarClass;
    int max = indicator.maxStarClass == null ? 5 : indicator.maxStarClass;
    return min == max ? min + " sao" : "từ " + min + " đến " + max + " sao";
  }

  private static String kinds(Indicator indicator) {
    return indicator.dossierKinds == null
        ? ""
        : " from a dossier of kind " + list(indicator.dossierKinds);
  }

  private static String kindsVi(Indicator indicator) {
    return indicator.dossierKinds == null
        ? ""
        : " (loại hồ sơ " + list(indicator.dossierKinds) + ")";
  }

  private static String types(Indicator indicator) {
    return indicator.subjectTypes == null ? "" : " of type " + list(indicator.subjectTypes);
  }

  private static String typesVi(Indicator indicator) {
    return indicator.subjectTypes == null ? "" : " loại " + list(indicator.subjectTypes);
  }

  private static String groups(Indicator indicator) {
    return indicator.productGroups == null
        ? ""
        : " in product group " + list(indicator.productGroups);
  }

  private static String groupsVi(Indicator indicator) {
    return indicator.productGroups == null
        ? ""
        : " thuộc nhóm sản phẩm " + list(indicator.productGroups);
  }

  private static String list(Object[] values) {
    return values == null
        ? ""
        : Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(", "));
  }
}
