package vn.ocop.gateway.auth;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/** RSA key encodings: PEM for storage, JWK members and the RFC 7638 thumbprint for the JWKS. */
final class RsaKeys {
  private static final int KEY_SIZE = 2048;

  private RsaKeys() {}

  static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_SIZE);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA key generation is not available", e);
    }
  }

  static String privatePem(PrivateKey key) {
    return pem("PRIVATE KEY", key.getEncoded());
  }

  static String publicPem(RSAPublicKey key) {
    return pem("PUBLIC KEY", key.getEncoded());
  }

  static PrivateKey readPrivate(String pem) {
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("stored private key cannot be read", e);
    }
  }

  static RSAPublicKey readPublic(String pem) {
    try {
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("stored public key cannot be read", e);
    }
  }

  /** The modulus ({@code n}) as a JWK member: unsigned big-endian, base64url. */
  static String modulus(RSAPublicKey key) {
    return base64Url(unsigned(key.getModulus()));
  }

  /** The public exponent ({@code e}) as a JWK member. */
  static String exponent(RSAPublicKey key) {
    return base64Url(unsigned(key.getPublicExponent()));
  }

  /** RFC 7638 JWK thumbprint (SHA-256), a stable key id derived from the key itself. */
  static String thumbprint(RSAPublicKey key) {
    String canonical =
        "{\"e\":\"" + exponent(key) + "\",\"kty\":\"RSA\",\"n\":\"" + modulus(key) + "\"}";
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return base64Url(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }

  private static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static byte[] der(String pem) {
    String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }
}
