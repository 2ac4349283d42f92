package vn.ocop.contracts.registry;

import java.util.List;
import java.util.UUID;

/**
 * A subject's record changed. Topic {@code ocop.registry.subject.v1}, key = subjectId, type {@code
 * vn.ocop.subject.updated.v1}.
 *
 * @param before the record before the change
 * @param after the record after it
 * @param changedFields the names of the fields of {@link SubjectState} that differ
 */
public record SubjectUpdated(
    UUID subjectId, SubjectState before, SubjectState after, List<String> changedFields) {}
