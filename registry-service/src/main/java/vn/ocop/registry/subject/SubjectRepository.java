package vn.ocop.registry.subject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class SubjectRepository implements PanacheRepositoryBase<Subject, UUID> {

  boolean identifierTaken(IdentifierKind kind, String identifier) {
    return identifier != null
        && count("identifierKind = ?1 and identifier = ?2", kind, identifier) > 0;
  }

  /** Whether another subject than {@code self} has that identifier. */
  boolean identifierTaken(IdentifierKind kind, String identifier, UUID self) {
    return identifier != null
        && count("identifierKind = ?1 and identifier = ?2 and id <> ?3", kind, identifier, self)
            > 0;
  }
}
