package vn.ocop.gateway.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response records of machine client administration. */
public final class ClientViews {
  private ClientViews() {}

  /** A new machine client. */
  @Schema(name = "CreateClientRequest", description = "A new machine client and its roles")
  public record Create(
      @Schema(example = "ntm-reporting", description = "3–100 of a-z 0-9 . _ -")
          @NotBlank
          @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,99}", message = "3–100 of a-z 0-9 . _ -")
          String clientId,
      @Schema(example = "Hệ thống báo cáo NTM trung ương") @NotBlank @Size(max = 200) String name,
      @Schema(example = "[\"national-officer\"]") @NotEmpty @Size(max = 2)
          List<@NotBlank String> roles,
      @Schema(description = "Only with province-officer", example = "66")
          @Pattern(regexp = "[0-9]{2}", message = "2 digits")
          String provinceCode) {}

  /** A machine client as an admin sees it; the secret only right after creation or rotation. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "MachineClient", description = "A machine client of the client credentials grant")
  public record View(
      @Schema(example = "ntm-reporting") String clientId,
      String name,
      @Schema(example = "[\"national-officer\"]") List<String> roles,
      String provinceCode,
      boolean enabled,
      OffsetDateTime createdAt,
      OffsetDateTime secretRotatedAt,
      @Schema(description = "Shown once, when created or rotated; store it in a secret manager")
          String clientSecret) {

    static View from(MachineClient client, String secret) {
      return new View(
          client.clientId,
          client.name,
          List.copyOf(client.roles),
          client.provinceCode,
          client.enabled,
          client.createdAt,
          client.secretRotatedAt,
          secret);
    }
  }

  /** An OAuth 2.0 error answer (RFC 6749 §5.2), what OAuth client libraries expect. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "OAuthError", description = "RFC 6749 §5.2 error response")
  public record OAuthError(
      @Schema(example = "invalid_client") String error,
      @Schema(name = "error_description", example = "Unknown client or wrong secret")
          @com.fasterxml.jackson.annotation.JsonProperty("error_description")
          String errorDescription) {}
}
