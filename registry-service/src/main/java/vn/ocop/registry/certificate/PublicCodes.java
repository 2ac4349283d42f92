package vn.ocop.registry.certificate;

import java.security.SecureRandom;

/**
 * Makes the public verification code printed on a certificate: 128 random bits in lower-case base32
 * (RFC 4648 alphabet, no padding), 26 characters. Unguessable, so the public verification page
 * cannot be used to enumerate certificates, and case-insensitive, so it can be typed from paper.
 */
public final class PublicCodes {
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private PublicCodes() {}

  public static String next() {
    byte[] bits = new byte[16];
    RANDOM.nextBytes(bits);
    return base32(bits);
  }

  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int buffered = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      buffered += 8;
      while (buffered >= 5) {
        out.append(ALPHABET[(buffer >> (buffered - 5)) & 31]);
        buffered -= 5;
      }
    }
    if (buffered > 0) {
      out.append(ALPHABET[(buffer << (5 - buffered)) & 31]);
    }
    return out.toString();
  }
}
