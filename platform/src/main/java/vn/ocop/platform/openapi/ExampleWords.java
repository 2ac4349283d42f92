package vn.ocop.platform.openapi;

import java.util.Map;

/**
 * Example values for string properties that carry no example of their own, chosen by the property's
 * name. SDK users read these examples as documentation, so a province code should look like "66"
 * and a reason like an official's words rather than the placeholder "string". Only used where the
 * schema has no example, default or enum; the pattern and length bounds still apply.
 */
final class ExampleWords {
  private static final String PROVINCE_CODE = "66";
  private static final String COMMUNE_CODE = "24121";
  private static final String OFFICER = "daklak.officer";

  private static final Map<String, String> BY_NAME =
      Map.ofEntries(
          Map.entry("provinceCode", PROVINCE_CODE),
          Map.entry("currentProvinceCode", PROVINCE_CODE),
          Map.entry("planProvinceCode", PROVINCE_CODE),
          Map.entry("communeCode", COMMUNE_CODE),
          Map.entry("districtCode", "643"),
          Map.entry("provinceName", "Đắk Lắk"),
          Map.entry("currentProvinceName", "Đắk Lắk"),
          Map.entry("communeName", "Phường Buôn Ma Thuột"),
          Map.entry("districtName", "Thành phố Buôn Ma Thuột"),
          Map.entry("mapVersion", "2025-07"),
          Map.entry("oldMap", "2025-03"),
          Map.entry("newMap", "2025-07"),
          Map.entry("oldCode", "67"),
          Map.entry("newCode", PROVINCE_CODE),
          Map.entry("oldName", "Đắk Nông"),
          Map.entry("newName", "Đắk Lắk"),
          Map.entry("fullName", "Nguyễn Thị Hoa"),
          Map.entry("contactName", "Nguyễn Thị Hoa"),
          Map.entry("representative", "Nguyễn Văn An"),
          Map.entry("subjectName", "HTX Nông nghiệp Cà phê Ea Tu"),
          Map.entry("productName", "Cà phê bột nguyên chất Ea Tu"),
          Map.entry("productSetName", "Cà phê, ca cao"),
          Map.entry("productGroupName", "Thực phẩm"),
          Map.entry("productGroupNameEn", "Food"),
          Map.entry("groupName", "Thực phẩm"),
          Map.entry("groupNameEn", "Food"),
          Map.entry("alternativeGroup", "Thực phẩm"),
          Map.entry("subjectType", "COOPERATIVE"),
          Map.entry("narrative", "Hợp tác xã đã hoàn thiện bao bì và truy xuất nguồn gốc"),
          Map.entry("capitalSources", "Vốn tự có 60%, vay ưu đãi 40%"),
          Map.entry("productionCapacity", "20 tấn cà phê bột mỗi năm"),
          Map.entry("targetMarket", "Siêu thị trong tỉnh và sàn thương mại điện tử"),
          Map.entry("expectedMarket", "Siêu thị trong tỉnh và sàn thương mại điện tử"),
          Map.entry("timeline", "Quý I–IV năm 2026"),
          Map.entry("rawMaterials", "Cà phê Robusta của các hộ thành viên"),
          Map.entry("address", "Thôn 3, phường Buôn Ma Thuột"),
          Map.entry("phone", "0912345678"),
          Map.entry("contactPhone", "0912345678"),
          Map.entry("email", "htx.eatu@example.vn"),
          Map.entry("url", "https://ocop.example.vn/"),
          Map.entry("identifier", "6001234567"),
          Map.entry("publicCode", "OCOP-66-2025-000123"),
          Map.entry("decisionNumber", "1234/QĐ-UBND"),
          Map.entry("statusDecisionNumber", "1576/QĐ-UBND"),
          Map.entry("minutesNumber", "15/BB-HĐ"),
          Map.entry("issuingBody", "UBND tỉnh Đắk Lắk"),
          Map.entry("issuingLevel", "PROVINCE"),
          Map.entry("ruleSetVersion", "QD148-2023+QD1489-2025"),
          Map.entry("criteriaVersion", "QD148-2023"),
          Map.entry("criterion", "A1a"),
          Map.entry("criterionCode", "A1a"),
          Map.entry("option", "A1a-3"),
          Map.entry("indicatorCode", "PRODUCTS_3STAR_PLUS"),
          Map.entry("numeratorCode", "PRODUCTS_5STAR"),
          Map.entry("denominatorCode", "PRODUCTS_3STAR_PLUS"),
          Map.entry("indicatorName", "Số sản phẩm đạt OCOP từ 3 sao trở lên"),
          Map.entry("comment", "Đề nghị bổ sung phiếu kiểm nghiệm"),
          Map.entry("coverNote", "Hồ sơ gồm phiếu kiểm nghiệm và ảnh sản phẩm"),
          Map.entry("finding", "Thành viên là người đại diện của chủ thể"),
          Map.entry("detectedConflict", "Thành viên là người đại diện của chủ thể"),
          Map.entry("provider", "Sở Công Thương tỉnh Đắk Lắk"),
          Map.entry("outcome", "RECOGNISED"),
          Map.entry("fileName", "kiem-nghiem-2025.pdf"),
          Map.entry("mediaType", "application/pdf"),
          Map.entry("member", "daklak.member1"),
          Map.entry("memberUsername", "daklak.member1"),
          Map.entry("username", OFFICER),
          Map.entry("actor", OFFICER),
          Map.entry("by", OFFICER),
          Map.entry("service", "registry"),
          Map.entry("recordType", "certificate"),
          Map.entry("operation", "UPDATE"),
          Map.entry("action", "UPDATE"),
          Map.entry("field", "contactName"),
          Map.entry("column", "subject_identifier"),
          Map.entry("rule", "NotBlank"),
          Map.entry("message", "must not be blank"),
          Map.entry("detail", "Product 3fa85f64-5717-4562-b3fc-2c963f66afa6 was not found"),
          Map.entry("oldValue", "Nguyễn Văn An"),
          Map.entry("newValue", "Nguyễn Thị Hoa"),
          Map.entry("sourceEventType", "vn.ocop.registry.certificate.issued.v1"),
          Map.entry("topic", "ocop.registry.certificate.v1"),
          Map.entry("requestId", "5b0e6c1e-3f51-4f7e-9d3c-2a7f0f3e8a11"),
          Map.entry("clientId", "ntm-reporting"),
          Map.entry("client_id", "ntm-reporting"),
          Map.entry("clientSecret", "the secret given once at registration"),
          Map.entry("client_secret", "the secret given once at registration"),
          Map.entry("grant_type", "password"),
          Map.entry("token_type", "Bearer"),
          Map.entry("kid", "ocop-2026-11"),
          Map.entry("kty", "RSA"),
          Map.entry("use", "sig"),
          Map.entry("alg", "RS256"),
          Map.entry("e", "AQAB"),
          Map.entry("reason", "Thiếu phiếu kết quả kiểm nghiệm sản phẩm"),
          Map.entry("checksum", "9f2c4d7a1b3e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5061728394a5b6c7d8e"),
          Map.entry("recordId", "3fa85f64-5717-4562-b3fc-2c963f66afa6"),
          Map.entry("access_token", "eyJhbGciOiJSUzI1NiIsImtpZCI6Im9jb3AtMjAyNi0xMSJ9.…"),
          Map.entry("refresh_token", "b3f1c2d4e5a6978812345678"));

  /** Words for a property of one schema, where the name alone is ambiguous. */
  private static final Map<String, String> BY_OWNER =
      Map.ofEntries(
          Map.entry("Council.name", "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Đắk Lắk"),
          Map.entry(
              "CouncilLeniency.name", "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Đắk Lắk"),
          Map.entry(
              "CouncilLeniencySummary.name",
              "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Đắk Lắk"),
          Map.entry("CouncilMember.title", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
          Map.entry("CouncilSession.place", "Hội trường Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk"),
          Map.entry("MachineClient.name", "Hệ thống báo cáo NTM trung ương"),
          Map.entry("MapInfo.name", "Bản đồ hành chính 34 tỉnh, thành phố"),
          Map.entry("MapInfo.version", "2025-07"),
          Map.entry("ProgressSeriesIndicator.name", "Số sản phẩm đạt OCOP từ 3 sao trở lên"),
          Map.entry("ProgressSeriesIndicator.code", "PRODUCTS_3STAR_PLUS"),
          Map.entry("Indicator.description", "Products rated 3 stars or more, by certificate"),
          Map.entry(
              "Indicator.descriptionVi",
              "Số sản phẩm đạt OCOP từ 3 sao trở lên, theo giấy chứng nhận"),
          Map.entry(
              "CreateIndicatorRequest.description",
              "Products rated 3 stars or more, by certificate"),
          Map.entry(
              "CreateIndicatorRequest.descriptionVi",
              "Số sản phẩm đạt OCOP từ 3 sao trở lên, theo giấy chứng nhận"),
          Map.entry("CriteriaSheetPart.title", "Sản phẩm và sức mạnh cộng đồng"),
          Map.entry("CriteriaSheetSection.title", "Tổ chức sản xuất"),
          Map.entry("CriteriaSheetSection.description", "Nguồn nguyên liệu và tổ chức sản xuất"),
          Map.entry("CriteriaSheetCriterion.title", "Nguồn nguyên liệu"),
          Map.entry("CriteriaSheetCriterion.heading", "Nguồn nguyên liệu"),
          Map.entry(
              "CriteriaSheetCriterion.description",
              "Tỷ lệ nguyên liệu được sản xuất tại địa phương"),
          Map.entry("ProductIdea.description", "Cà phê Robusta rang mộc, xay mịn"),
          Map.entry(
              "BusinessPlan.summary",
              "Mở rộng xưởng rang xay, đạt chứng nhận VietGAP cho 20 ha cà phê"),
          Map.entry("Plan.title", "Kế hoạch thực hiện Chương trình OCOP tỉnh Đắk Lắk 2021–2025"),
          Map.entry(
              "PlanSummary.title", "Kế hoạch thực hiện Chương trình OCOP tỉnh Đắk Lắk 2021–2025"),
          Map.entry(
              "PlanVersion.title", "Kế hoạch thực hiện Chương trình OCOP tỉnh Đắk Lắk 2021–2025"),
          Map.entry(
              "UpdatePlanRequest.title",
              "Kế hoạch thực hiện Chương trình OCOP tỉnh Đắk Lắk 2021–2025"),
          Map.entry("PlanMilestone.title", "Hoàn thiện bao bì, nhãn mác"),
          Map.entry("PlanMilestone.note", "Đã hoàn thiện bao bì theo góp ý của hội đồng"),
          Map.entry("RecordMilestoneRequest.note", "Đã hoàn thiện bao bì theo góp ý của hội đồng"),
          Map.entry("PlanSupport.note", "Thiết kế bộ nhận diện và bao bì"),
          Map.entry("PromotionActivity.title", "Hội chợ OCOP tỉnh Đắk Lắk 2026"),
          Map.entry("PromotionActivity.place", "Quảng trường 10/3, Buôn Ma Thuột"),
          Map.entry("ConflictDeclaration.note", "Là anh ruột của giám đốc hợp tác xã"),
          Map.entry("PlanTarget.note", "Theo nghị quyết của HĐND tỉnh"),
          Map.entry("PlanTargetRequest.note", "Theo nghị quyết của HĐND tỉnh"),
          Map.entry("PlanTargetValue.note", "Theo nghị quyết của HĐND tỉnh"),
          Map.entry(
              "RuleSet.title",
              "Quyết định 148/QĐ-TTg (2023), sửa đổi bởi Quyết định 1489/QĐ-TTg (2025)"),
          Map.entry("Indicator.ruleVi", "Đếm giấy chứng nhận hạng 3 sao trở lên còn hiệu lực"),
          Map.entry("Indicator.ruleEn", "Counts valid certificates rated 3 stars or more"),
          Map.entry("EnteredValue.note", "Số liệu theo báo cáo của Sở Công Thương"),
          Map.entry("DeclarePlanReadyRequest.note", "Đã hoàn thiện bao bì và có phiếu kiểm nghiệm"),
          Map.entry("ReviseBusinessPlanRequest.note", "Bổ sung phương án tiêu thụ theo góp ý"),
          Map.entry("RoutingHistoryEntry.note", "Chuyển hội đồng cấp tỉnh đánh giá"),
          Map.entry("Problem.code", "NOT_FOUND"),
          Map.entry("Problem.title", "Not Found"));

  private ExampleWords() {}

  /**
   * An example for a string property of that name in the schema {@code owner} (may be null), or
   * null when no word fits.
   */
  static String forProperty(String owner, String name) {
    if (name == null) {
      return null;
    }
    String word = owner == null ? null : BY_OWNER.get(owner + "." + name);
    if (word != null) {
      return word;
    }
    word = BY_NAME.get(name);
    if (word != null) {
      return word;
    }
    if (name.endsWith("By")) {
      return OFFICER;
    }
    if (name.endsWith("Reason")) {
      return "Thiếu phiếu kết quả kiểm nghiệm sản phẩm";
    }
    if (name.endsWith("Hash") || name.equals("hash") || name.equals("sha256")) {
      return "9f2c4d7a1b3e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5061728394a5b6c7d8e";
    }
    if (name.endsWith("ProvinceCode")) {
      return PROVINCE_CODE;
    }
    return null;
  }
}
