package vn.ocop.registry.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.Problem;

/**
 * The problem+json answer of an all-or-nothing import with invalid rows: the fields of {@link
 * Problem} (its {@code errors} name each cell as {@code rows[7].subject_identifier}) and the whole
 * row report.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "ImportProblem",
    description =
        "RFC 9457 problem details of a rejected import (code IMPORT_ROWS_INVALID), with the row"
            + " report")
public record ImportProblem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    String requestId,
    List<FieldError> errors,
    ImportReport report) {}
