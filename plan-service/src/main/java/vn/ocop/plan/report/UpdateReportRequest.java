package vn.ocop.plan.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Replaces what the province writes in a report: the narrative and the comments of its figures. The
 * figures themselves come from the actuals and are never typed.
 */
@Schema(name = "UpdateReportRequest")
public record UpdateReportRequest(
    @Schema(
            description = "The report's version as read (field version of the report)",
            example = "0")
        @NotNull
        @PositiveOrZero
        Long version,
    @Schema(description = "The narrative; absent or null clears it") @Size(max = MAX_NARRATIVE)
        String narrative,
    @Schema(description = "A comment per figure; figures not listed have no comment")
        @Size(max = 500)
        List<@Valid @NotNull FigureComment> comments) {

  static final int MAX_NARRATIVE = 20_000;

  /** The province's comment on one figure (giải trình). */
  @Schema(name = "FigureComment")
  public record FigureComment(
      @Schema(description = "An indicator of the report's figures", example = "PRODUCTS_3STAR_PLUS")
          @NotBlank
          @Size(max = 50)
          String indicatorCode,
      @Schema(
              description = "The comment; blank for none",
              example = "Đợt đánh giá thứ hai dời sang tháng 12.")
          @Size(max = 2000)
          String comment) {}
}
