package vn.ocop.plan.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.platform.inbox.InboundEvent;

/** Keeps the product facts, in the applying transaction; the consumer checked the payload. */
@ApplicationScoped
public class ProductFacts {

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(InboundEvent<?> event, java.util.UUID productId, ProductFact.State state) {
    ProductFact fact = ProductFact.findById(productId);
    if (fact != null) {
      fact.takeState(state, event.time(), event.id());
      return;
    }
    fact = ProductFact.of(productId);
    fact.takeState(state, event.time(), event.id());
    fact.persist();
  }
}
