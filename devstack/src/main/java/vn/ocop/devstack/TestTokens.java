package vn.ocop.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Signed JWTs for the tests of one service, shaped like the gateway's (RS256, {@code groups},
 * {@code province}, {@code subject_id}). The key pair is made per test JVM: no key is committed.
 * {@link DevStackTestResource} points the service at {@link #publicKeyLocation()}.
 */
public final class TestTokens {
  public static final String ISSUER = "https://ocop.local/gateway";

  /** The audience the services require ({@code mp.jwt.verify.audiences}). */
  public static final String AUDIENCE = "ocop-api";

  private static final KeyPair KEYS = generate();
  private static Path publicKeyFile;

  private TestTokens() {}

  /**
   * A {@code file:} location of the PEM public key, for {@code mp.jwt.verify.publickey.location}.
   */
  public static synchronized String publicKeyLocation() {
    if (publicKeyFile == null) {
      try {
        Path file = Files.createTempFile("ocop-test-jwt-", ".pem");
        file.toFile().deleteOnExit();
        String pem =
            "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(KEYS.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        publicKeyFile = file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return "file:" + publicKeyFile;
  }

  public static String admin(String username) {
    return token(username, Set.of("admin"), Map.of());
  }

  public static String nationalOfficer(String username) {
    return token(username, Set.of("national-officer"), Map.of());
  }

  public static String provinceOfficer(String username, String provinceCode) {
    return token(username, Set.of("province-officer"), Map.of("province", provinceCode));
  }

  public static String councilMember(String username, String provinceCode) {
    return token(username, Set.of("council-member"), Map.of("province", provinceCode));
  }

  public static String subjectMember(String username, String provinceCode, UUID subjectId) {
    return token(
        username,
        Set.of("subject-member"),
        Map.of("province", provinceCode, "subject_id", subjectId.toString()));
  }

  /** A token valid for 10 minutes with the given roles and extra claims. */
  public static String token(String username, Set<String> roles, Map<String, Object> claims) {
    Instant now = Instant.now();
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("iss", ISSUER);
    payload.put("aud", AUDIENCE);
    payload.put("sub", username);
    payload.put("upn", username);
    payload.put("groups", roles);
    payload.put("iat", now.getEpochSecond());
    payload.put("exp", now.plusSeconds(600).getEpochSecond());
    payload.put("jti", UUID.randomUUID().toString());
    payload.putAll(claims);
    return sign(payload);
  }

  /** Signs any claims, for tests of expired or otherwise odd tokens. */
  public static String sign(Map<String, Object> payload) {
    return sign(Map.of("alg", "RS256", "typ", "JWT"), payload);
  }

  /**
   * Signs any claims under any header with the test key (RS256 whatever the header says), for tests
   * of tokens with an unknown kid or a lying {@code alg}.
   */
  public static String sign(Map<String, Object> header, Map<String, Object> payload) {
    String head = base64(json(header));
    String body = base64(json(payload));
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(KEYS.getPrivate());
      signature.update((head + "." + body).getBytes(StandardCharsets.US_ASCII));
      return head
          + "."
          + body
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The test public key, e.g. to forge an HS256 token keyed with it. */
  public static java.security.PublicKey publicKey() {
    return KEYS.getPublic();
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String json(Object value) {
    if (value instanceof Map<?, ?> map) {
      StringBuilder out = new StringBuilder("{");
      map.forEach(
          (k, v) -> {
            if (out.length() > 1) {
              out.append(',');
            }
            out.append(json(k.toString())).append(':').append(json(v));
          });
      return out.append('}').toString();
    }
    if (value instanceof Collection<?> items) {
      StringBuilder out = new StringBuilder("[");
      for (Object item : items) {
        if (out.length() > 1) {
          out.append(',');
        }
        out.append(json(item));
      }
      return out.append(']').toString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    String text = value.toString().replace("\\", "\\\\").replace("\"", "\\\"");
    return "\"" + text + "\"";
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
