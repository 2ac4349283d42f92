package vn.ocop.gateway.auth;

import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JWK Set of the gateway's active public keys. */
@Schema(name = "JsonWebKeySet", description = "JWK Set (RFC 7517) of the active signing keys")
public record JsonWebKeySet(List<JsonWebKey> keys) {

  static JsonWebKeySet from(Map<String, RSAPublicKey> keys) {
    return new JsonWebKeySet(
        keys.entrySet().stream().map(k -> JsonWebKey.from(k.getKey(), k.getValue())).toList());
  }
}
