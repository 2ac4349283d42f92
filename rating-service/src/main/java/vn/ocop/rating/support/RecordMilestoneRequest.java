package vn.ocop.rating.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone the subject reached in carrying out its plan. */
@Schema(name = "RecordMilestoneRequest", description = "A progress milestone of an approved plan")
public record RecordMilestoneRequest(
    @NotBlank @Size(max = 300) @Schema(example = "Lắp đặt xong máy rang", required = true)
        String title,
    @NotNull @Schema(description = "Local date", example = "2026-10-01", required = true)
        LocalDate reachedOn,
    @Size(max = 2000) String note) {}
