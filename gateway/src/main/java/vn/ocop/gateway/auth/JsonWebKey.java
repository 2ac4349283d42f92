package vn.ocop.gateway.auth;

import java.security.interfaces.RSAPublicKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One public RSA key of a JWK Set (RFC 7517). */
@Schema(name = "JsonWebKey", description = "An RSA public key that verifies the gateway's tokens")
public record JsonWebKey(
    @Schema(example = "RSA") String kty,
    @Schema(description = "Key id: the kid header of the tokens it verifies") String kid,
    @Schema(example = "sig") String use,
    @Schema(example = "RS256") String alg,
    @Schema(description = "Modulus, base64url") String n,
    @Schema(description = "Public exponent, base64url", example = "AQAB") String e) {

  static JsonWebKey from(String kid, RSAPublicKey key) {
    return new JsonWebKey("RSA", kid, "sig", "RS256", RsaKeys.modulus(key), RsaKeys.exponent(key));
  }
}
