package vn.ocop.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.hibernate.type.Type;
import org.junit.jupiter.api.Test;

class EntityStatesTest {
  private final EntityStates states =
      new EntityStates(
          new ObjectMapper(),
          List.of("password", "secret", "private", "token", " HASH "),
          () -> {
            throw new IllegalStateException("not needed for basic values");
          });

  private static final String[] NAMES = {
    "username", "passwordHash", "privateKeyPem", "refreshTokenId", "clientSecret", "total"
  };

  /** Basic values: no association, embeddable or collection type. */
  private static final Type[] TYPES = new Type[NAMES.length];

  @Test
  void secretsAreStoredAsRedactedWhateverTheirCase() {
    ObjectNode full =
        states.full(
            NAMES,
            new Object[] {
              "officer.66",
              "$2a$11$abc",
              "-----BEGIN",
              UUID.randomUUID(),
              "s3cr3t",
              new BigDecimal("80.50")
            },
            TYPES);
    assertThat(full.get("username").asText()).isEqualTo("officer.66");
    assertThat(full.get("passwordHash").asText()).isEqualTo("[redacted]");
    assertThat(full.get("privateKeyPem").asText()).isEqualTo("[redacted]");
    assertThat(full.get("refreshTokenId").asText()).isEqualTo("[redacted]");
    assertThat(full.get("clientSecret").asText()).isEqualTo("[redacted]");
    assertThat(full.get("total").decimalValue()).isEqualByComparingTo("80.50");
    assertThat(full.toString()).doesNotContain("$2a$11$abc", "s3cr3t", "BEGIN");
  }

  @Test
  void anUpdateKeepsOnlyTheChangedPropertiesAndStillRedacts() {
    Object[] before = {"officer.66", "$2a$old", "k", null, "s", new BigDecimal("80.50")};
    Object[] after = {"officer.66", "$2a$new", "k", null, "s", new BigDecimal("81.00")};
    ObjectNode[] change = states.changed(NAMES, before, after, TYPES);
    assertThat(change[0].properties()).hasSize(2);
    assertThat(change[0].get("passwordHash").asText()).isEqualTo("[redacted]");
    assertThat(change[1].get("passwordHash").asText()).isEqualTo("[redacted]");
    assertThat(change[0].get("total").decimalValue()).isEqualByComparingTo("80.50");
    assertThat(change[1].get("total").decimalValue()).isEqualByComparingTo("81.00");
  }

  @Test
  void recordIdsAreTextForSimpleIds() {
    UUID id = UUID.randomUUID();
    assertThat(states.recordId(id)).isEqualTo(id.toString());
    assertThat(states.recordId(42L)).isEqualTo("42");
    assertThat(states.recordId(new Key("66", 2026)))
        .isEqualTo("{\"province\":\"66\",\"year\":2026}");
  }

  record Key(String province, int year) {}
}
