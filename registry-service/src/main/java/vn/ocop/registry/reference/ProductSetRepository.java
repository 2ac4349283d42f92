package vn.ocop.registry.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ProductSetRepository implements PanacheRepositoryBase<ProductSet, Integer> {

  public List<ProductSet> inOrder() {
    return listAll(Sort.by("number"));
  }
}
