package vn.ocop.plan.rebuild;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a rebuild read from one topic. */
@Schema(name = "TopicReplay")
public record TopicReplay(
    @Schema(example = "ocop.registry.certificate.v1") String topic,
    @Schema(description = "Records read, from the beginning to the end offsets taken at the start")
        long events,
    @Schema(description = "Records whose effect ran") long applied,
    @Schema(description = "Records whose event id was applied before (redeliveries)")
        long duplicates,
    @Schema(description = "Records of types the service keeps no facts of") long skipped,
    @Schema(
            description =
                "Records that can never be applied (they were dead-lettered when first consumed)")
        long deadLettered) {}
