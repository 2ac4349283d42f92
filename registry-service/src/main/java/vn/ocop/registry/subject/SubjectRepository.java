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
}
