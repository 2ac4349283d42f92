package vn.ocop.plan.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import vn.ocop.contracts.rating.DossierNominated;
import vn.ocop.plan.fact.FactPlace;
import vn.ocop.platform.inbox.InboundEvent;

/** Keeps nomination facts, in the applying transaction. */
@ApplicationScoped
public class NominationFacts {

  /** Records the forwarding of a dossier once; a re-published event changes nothing. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(InboundEvent<DossierNominated> event, FactPlace place, LocalDate on) {
    DossierNominated nominated = event.data();
    if (NominationFact.findById(nominated.dossierId()) != null) {
      return;
    }
    NominationFact fact = new NominationFact();
    fact.dossierId = nominated.dossierId();
    fact.nominatedDossierId = nominated.nominatedDossierId();
    fact.productId = nominated.productId();
    fact.provinceCode = place.provinceCode();
    fact.reportedProvinceCode = place.reportedProvinceCode();
    fact.fromLevel = nominated.fromLevel();
    fact.toLevel = nominated.toLevel();
    fact.averageScore = nominated.averageScore();
    fact.starClass = nominated.starClass() == 0 ? null : (short) nominated.starClass();
    fact.nominatedOn = on;
    fact.year = (short) on.getYear();
    fact.sourceEventId = event.id();
    fact.persist();
  }
}
