package vn.ocop.registry.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicCodesTest {

  /** RFC 4648 test vectors, lower case and without padding. */
  @ParameterizedTest(name = "base32({0}) = {1}")
  @CsvSource({
    "f, my",
    "fo, mzxq",
    "foo, mzxw6",
    "foob, mzxw6yq",
    "fooba, mzxw6ytb",
    "foobar, mzxw6ytboi"
  })
  void base32FollowsRfc4648(String input, String expected) {
    assertThat(PublicCodes.base32(input.getBytes(StandardCharsets.US_ASCII))).isEqualTo(expected);
  }

  @Test
  void codesCarry128RandomBitsIn26Characters() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = PublicCodes.next();
      assertThat(code).matches("[a-z2-7]{26}");
      codes.add(code);
    }
    assertThat(codes).hasSize(10_000);
  }
}
