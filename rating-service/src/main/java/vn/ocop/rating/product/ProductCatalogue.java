package vn.ocop.rating.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.contracts.registry.ProductRegistered;
import vn.ocop.contracts.registry.SubjectRegistered;
import vn.ocop.platform.inbox.PoisonEventException;

/**
 * The read model of the registry's subjects and products: written only from consumed events, read
 * when a dossier is opened. Writes are upserts, so replaying the registry's topics from the start
 * rebuilds the same rows.
 */
@ApplicationScoped
public class ProductCatalogue {
  private final EntityManager entityManager;

  ProductCatalogue(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public Optional<ProductRef> product(UUID productId) {
    return Optional.ofNullable(entityManager.find(ProductRef.class, productId));
  }

  public Optional<SubjectRef> subject(UUID subjectId) {
    return Optional.ofNullable(entityManager.find(SubjectRef.class, subjectId));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void upsert(SubjectRegistered subject, Instant now) {
    entityManager
        .createNativeQuery(
            "insert into subject_ref (subject_id, name, subject_type, province_code, commune_code,"
                + " updated_at) values (?1, ?2, ?3, ?4, ?5, ?6)"
                + " on conflict (subject_id) do update set name = excluded.name,"
                + " subject_type = excluded.subject_type, province_code = excluded.province_code,"
                + " commune_code = excluded.commune_code, updated_at = excluded.updated_at")
        .setParameter(1, required(subject.subjectId(), "subjectId"))
        .setParameter(2, required(subject.name(), "name"))
        .setParameter(3, subject.subjectType())
        // Scope is the province on the current map; events before currentProvinceCode existed
        // were all on the current map.
        .setParameter(
            4,
            subject.currentProvinceCode() != null
                ? subject.currentProvinceCode()
                : subject.provinceCode())
        .setParameter(5, subject.communeCode())
        .setParameter(6, now)
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void upsert(ProductRegistered product, Instant now) {
    entityManager
        .createNativeQuery(
            "insert into product_ref (product_id, subject_id, name, product_set, product_set_name,"
                + " product_group, province_code, commune_code, status, updated_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
                + " on conflict (product_id) do update set subject_id = excluded.subject_id,"
                + " name = excluded.name, product_set = excluded.product_set,"
                + " product_set_name = excluded.product_set_name,"
                + " product_group = excluded.product_group,"
                + " province_code = excluded.province_code, commune_code = excluded.commune_code,"
                + " status = excluded.status, updated_at = excluded.updated_at")
        .setParameter(1, required(product.productId(), "productId"))
        .setParameter(2, required(product.subjectId(), "subjectId"))
        .setParameter(3, required(product.name(), "name"))
        .setParameter(4, product.productSet())
        .setParameter(5, product.productSetName())
        .setParameter(6, product.productGroup())
        .setParameter(
            7,
            required(
                product.currentProvinceCode() != null
                    ? product.currentProvinceCode()
                    : product.provinceCode(),
                "provinceCode"))
        .setParameter(8, product.communeCode())
        .setParameter(9, product.status())
        .setParameter(10, now)
        .executeUpdate();
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      // An event without a field the read model needs can never be applied: dead-letter it.
      throw new PoisonEventException("the event payload has no " + field, null);
    }
    return value;
  }
}
