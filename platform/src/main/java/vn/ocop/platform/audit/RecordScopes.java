package vn.ocop.platform.audit;

import java.util.Optional;

/**
 * A service's answer to "which province does this record belong to?", for the main record types
 * whose history province officers may read. Empty when the type is unknown to it or the record no
 * longer exists; the history then falls back to the province stored with the entries, and without
 * one is for national accounts only.
 */
@FunctionalInterface
public interface RecordScopes {
  Optional<String> provinceOf(String recordType, String recordId);
}
