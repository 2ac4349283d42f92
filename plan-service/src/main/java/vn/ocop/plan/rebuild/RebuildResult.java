package vn.ocop.plan.rebuild;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of a rebuild: what was replayed, topic by topic, and how long it took. */
@Schema(name = "RebuildResult")
public record RebuildResult(
    List<TopicReplay> topics,
    @Schema(description = "Records read over all topics", example = "48210") long events,
    @Schema(description = "Wall-clock time of the rebuild", example = "5230") long tookMs) {}
