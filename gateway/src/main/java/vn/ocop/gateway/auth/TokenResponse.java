package vn.ocop.gateway.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An issued access token, in the shape of an OAuth 2.0 token response (RFC 6749 §5.1). */
@Schema(name = "TokenResponse", description = "A bearer access token (JWT, RS256)")
public record TokenResponse(
    @JsonProperty("access_token") @Schema(description = "The JWT to send as Authorization: Bearer")
        String accessToken,
    @JsonProperty("token_type") @Schema(example = "Bearer") String tokenType,
    @JsonProperty("expires_in")
        @Schema(description = "Seconds until the token expires", example = "900")
        long expiresIn) {

  static TokenResponse bearer(String token, long expiresInSeconds) {
    return new TokenResponse(token, "Bearer", expiresInSeconds);
  }
}
