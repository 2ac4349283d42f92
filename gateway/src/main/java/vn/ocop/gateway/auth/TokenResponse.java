package vn.ocop.gateway.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Issued tokens, in the shape of an OAuth 2.0 token response (RFC 6749 §5.1). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "TokenResponse",
    description = "A bearer access token (JWT, RS256), and a refresh token after a sign-in")
public record TokenResponse(
    @JsonProperty("access_token") @Schema(description = "The JWT to send as Authorization: Bearer")
        String accessToken,
    @JsonProperty("token_type") @Schema(example = "Bearer") String tokenType,
    @JsonProperty("expires_in")
        @Schema(description = "Seconds until the access token expires", example = "900")
        long expiresIn,
    @JsonProperty("refresh_token")
        @Schema(
            description =
                "Opaque, one-time: POST it to /auth/refresh for a new pair. Absent for machine"
                    + " clients")
        String refreshToken,
    @JsonProperty("refresh_expires_in")
        @Schema(
            description = "Seconds until the sign-in ends (refreshing does not extend it)",
            example = "43200")
        Long refreshExpiresIn) {

  public static TokenResponse bearer(String token, long expiresInSeconds) {
    return new TokenResponse(token, "Bearer", expiresInSeconds, null, null);
  }

  static TokenResponse withRefresh(
      String token, long expiresInSeconds, String refreshToken, long refreshExpiresInSeconds) {
    return new TokenResponse(
        token, "Bearer", expiresInSeconds, refreshToken, refreshExpiresInSeconds);
  }
}
