package vn.ocop.gateway.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.platform.problem.ProblemException;

/** A refresh token presented to be used (refresh) or revoked (logout). */
@Schema(name = "RefreshRequest", description = "The refresh token of a sign-in")
public record RefreshRequest(
    @JsonProperty("refresh_token")
        @Schema(
            required = true,
            maxLength = 200,
            example = "q3Vb0w2c9kJ5mR1sT8yZx4eW7hA6nP0dLf2gK9jC5uE")
        String refreshToken) {

  /**
   * The token, checked here rather than by Bean Validation so that a 400 names the field as the
   * client wrote it ({@code refresh_token}).
   */
  String token() {
    if (refreshToken == null || refreshToken.isBlank()) {
      throw ProblemException.invalidField("refresh_token", "NotBlank", "must not be blank");
    }
    if (refreshToken.length() > 200) {
      throw ProblemException.invalidField(
          "refresh_token", "Size", "size must be between 0 and 200");
    }
    return refreshToken;
  }
}
