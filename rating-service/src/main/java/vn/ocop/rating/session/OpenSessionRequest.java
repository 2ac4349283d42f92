package vn.ocop.rating.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "OpenSessionRequest",
    description = "Opens a session with the members present (điểm danh thành viên tham dự)")
public record OpenSessionRequest(
    @NotNull
        @Size(min = 1, max = 50)
        @Schema(required = true, description = "Usernames of the council's members present")
        List<@NotBlank String> presentMembers) {}
