package vn.ocop.gateway.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The repository of local accounts, keyed by username. */
@ApplicationScoped
public class Accounts implements PanacheRepositoryBase<Account, String> {}
