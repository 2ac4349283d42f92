package vn.ocop.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The result of walking a service's hash chain from its first entry: intact, or the first broken
 * link.
 */
@Schema(name = "ChainVerification")
public record ChainVerificationResponse(
    @Schema(example = "rating-service") String service,
    boolean intact,
    @Schema(description = "Chained entries read") long entriesChecked,
    @Schema(
            nullable = true,
            description = "The chain position of the last entry read; null for an empty chain")
        Long lastChainSeq,
    @Schema(
            nullable = true,
            description = "The stored hash of the last entry read; null for an empty chain")
        String headHash,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The first broken link; absent when the chain is intact")
        BrokenLink brokenLink,
    Instant verifiedAt) {

  /**
   * The first entry at which the chain does not hold.
   *
   * @param problem HASH_MISMATCH (the entry's content was altered: expected = hash recomputed from
   *     the stored row), PREV_HASH_MISMATCH (its link to the previous entry was altered) or
   *     MISSING_ENTRY (entries before it were deleted: expected = the hash of the last entry
   *     present, stored = the prev_hash this entry carries)
   */
  @Schema(name = "BrokenLink")
  public record BrokenLink(
      UUID entryId,
      long chainSeq,
      String recordType,
      String recordId,
      @Schema(enumeration = {"HASH_MISMATCH", "PREV_HASH_MISMATCH", "MISSING_ENTRY"})
          String problem,
      String expectedHash,
      String storedHash,
      String detail) {}
}
