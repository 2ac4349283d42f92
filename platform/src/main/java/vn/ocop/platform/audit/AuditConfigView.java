package vn.ocop.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/** The audit settings as the capture needs them, read once. */
record AuditConfigView(
    boolean enabled,
    String service,
    Set<String> excluded,
    Set<String> chained,
    List<String> provinceProperties) {

  static AuditConfigView of(AuditConfig config) {
    return new AuditConfigView(
        config.enabled(),
        config.service(),
        config.excludedRecordTypes().orElse(Set.of()),
        config.chainedRecordTypes().orElse(Set.of()),
        config.provinceProperties());
  }

  boolean audited(String recordType) {
    return enabled && !excluded.contains(recordType);
  }

  boolean chained(String recordType) {
    return chained.contains(recordType);
  }

  /** The record's province code from the first province property present in its JSON. */
  String province(JsonNode... states) {
    for (JsonNode state : states) {
      if (state == null) {
        continue;
      }
      for (String property : provinceProperties) {
        JsonNode value = state.get(property);
        if (value != null && value.isTextual()) {
          return value.asText();
        }
      }
    }
    return null;
  }
}
