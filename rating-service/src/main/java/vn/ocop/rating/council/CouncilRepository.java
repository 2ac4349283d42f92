package vn.ocop.rating.council;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CouncilRepository implements PanacheRepositoryBase<Council, UUID> {}
