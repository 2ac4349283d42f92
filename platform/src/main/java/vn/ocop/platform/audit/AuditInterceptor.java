package vn.ocop.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Interceptor;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.type.Type;

/**
 * Captures every insert, update and delete Hibernate makes, of every entity not excluded by {@code
 * ocop.audit.excluded-record-types}, and writes them to the audit trail in the same transaction,
 * just before it commits. Nothing is written for a transaction that rolls back: its entries are
 * only held in the transaction until then.
 *
 * <p>Writes that bypass Hibernate (native SQL, COPY) are not seen here; the code doing them calls
 * {@link Audit} where they are user actions.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AuditInterceptor implements Interceptor, Serializable {
  private static final long serialVersionUID = 1L;

  /** The transaction's pending entries, a resource of the JTA transaction. */
  private static final Object PENDING = new Object();

  private final transient TransactionSynchronizationRegistry transactions;
  private final transient AuditActors actors;
  private final transient AuditWriter writer;
  private final transient AuditConfigView config;
  private final transient EntityStates states;

  AuditInterceptor(
      TransactionSynchronizationRegistry transactions,
      AuditActors actors,
      AuditWriter writer,
      AuditConfig config,
      ObjectMapper mapper,
      Instance<SessionFactory> sessionFactory) {
    this.transactions = transactions;
    this.actors = actors;
    this.writer = writer;
    this.config = AuditConfigView.of(config);
    this.states =
        new EntityStates(
            mapper,
            config.redactedProperties(),
            () -> sessionFactory.get().unwrap(SessionFactoryImplementor.class));
  }

  @Override
  public boolean onPersist(
      Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
    PendingEntry entry = capture(entity, id, AuditAction.CREATE);
    if (entry != null) {
      entry.stateAtFlush(propertyNames, state, types);
    }
    return false;
  }

  @Override
  public boolean onFlushDirty(
      Object entity,
      Object id,
      Object[] currentState,
      Object[] previousState,
      String[] propertyNames,
      Type[] types) {
    if (!config.audited(EntityStates.recordType(entity))) {
      return false;
    }
    ObjectNode[] change = states.changed(propertyNames, previousState, currentState, types);
    if (change[1].isEmpty()) {
      return false;
    }
    PendingEntry entry = capture(entity, id, AuditAction.UPDATE);
    if (entry != null) {
      entry.before = change[0];
      entry.after = change[1];
      ObjectNode current = states.full(propertyNames, currentState, types);
      entry.provinceCode = config.province(current);
    }
    return false;
  }

  @Override
  public void onRemove(
      Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
    PendingEntry entry = capture(entity, id, AuditAction.DELETE);
    if (entry != null) {
      ObjectNode full = states.full(propertyNames, state, types);
      entry.before = full;
      entry.provinceCode = config.province(full);
    }
  }

  @Override
  public void onCollectionUpdate(Object collection, Object key) {
    collectionChanged(collection, key, true, true);
  }

  @Override
  public void onCollectionRecreate(Object collection, Object key) {
    collectionChanged(collection, key, false, true);
  }

  @Override
  public void onCollectionRemove(Object collection, Object key) {
    collectionChanged(collection, key, true, false);
  }

  @Override
  public void postFlush(Iterator<Object> entities) {
    List<PendingEntry> pending = pending(false);
    if (pending != null) {
      for (PendingEntry entry : pending) {
        entry.resolve(states, config);
        // A later flush changing the same collection makes an entry of its own.
        entry.collectionProperty = null;
      }
    }
  }

  @Override
  public void beforeTransactionCompletion(Transaction transaction) {
    List<PendingEntry> pending = pending(false);
    if (pending == null || pending.isEmpty()) {
      return;
    }
    List<AuditEntry> entries = new ArrayList<>(pending.size());
    for (PendingEntry entry : pending) {
      entry.resolve(states, config);
      entries.add(entry.toEntry(states, config.service()));
    }
    pending.clear();
    writer.write(entries, config);
  }

  /**
   * A change of a collection of an entity that is neither created nor deleted in this transaction:
   * an update of the owner naming the collection, its elements before and after. A replaced
   * collection (removed, then recreated) makes one entry.
   */
  private void collectionChanged(
      Object collection, Object key, boolean hadBefore, boolean hasAfter) {
    if (!(collection instanceof PersistentCollection<?> persistent)) {
      return;
    }
    Object owner = persistent.getOwner();
    if (owner == null || !config.audited(EntityStates.recordType(owner))) {
      return;
    }
    List<PendingEntry> pending = pending(true);
    if (pending == null) {
      return;
    }
    for (PendingEntry entry : pending) {
      // A created record's entry reads its collections at the flush; a deleted one's has them.
      if (entry.entity == owner
          && (entry.action == AuditAction.DELETE
              || (entry.action == AuditAction.CREATE && entry.unresolved()))) {
        return;
      }
    }
    String role = persistent.getRole();
    String property = role.substring(role.lastIndexOf('.') + 1);
    Type elementType =
        states.factory().getMappingMetamodel().getCollectionDescriptor(role).getElementType();
    JsonNode before = null;
    if (hadBefore) {
      Serializable snapshot = persistent.getStoredSnapshot();
      before =
          states.redacted(property)
              ? EntityStates.REDACTED
              : states.collection(elements(snapshot, collection), elementType);
    }
    JsonNode after =
        !hasAfter
            ? null
            : states.redacted(property)
                ? EntityStates.REDACTED
                : states.collection(collection, elementType);
    PendingEntry merged = collectionEntry(pending, owner, property);
    if (merged == null) {
      merged = capture(owner, key, AuditAction.UPDATE);
      if (merged == null) {
        return;
      }
      merged.collectionProperty = property;
      merged.before = JsonNodeFactory.instance.objectNode();
      merged.after = JsonNodeFactory.instance.objectNode();
    }
    if (before != null) {
      ((ObjectNode) merged.before).set(property, before);
    }
    if (after != null) {
      ((ObjectNode) merged.after).set(property, after);
    }
    if (merged.before.has(property)
        && merged.after.has(property)
        && merged.before.get(property).equals(merged.after.get(property))) {
      pending.remove(merged);
    }
  }

  /** The entry of this owner's collection made in the current flush, if any. */
  private static PendingEntry collectionEntry(
      List<PendingEntry> pending, Object owner, String property) {
    for (PendingEntry entry : pending) {
      if (entry.entity == owner && property.equals(entry.collectionProperty)) {
        return entry;
      }
    }
    return null;
  }

  /** The elements of a stored snapshot: a set's snapshot is a map of its elements to themselves. */
  private static Object elements(Serializable snapshot, Object collection) {
    if (snapshot instanceof Map<?, ?> map && collection instanceof Set<?>) {
      return List.copyOf((Collection<?>) map.values());
    }
    return snapshot;
  }

  private PendingEntry capture(Object entity, Object id, AuditAction action) {
    String recordType = EntityStates.recordType(entity);
    if (!config.audited(recordType)) {
      return null;
    }
    List<PendingEntry> pending = pending(true);
    if (pending == null) {
      return null;
    }
    PendingEntry entry =
        new PendingEntry(
            entity,
            id,
            recordType,
            action,
            actors.current(),
            Instant.now().truncatedTo(ChronoUnit.MICROS));
    pending.add(entry);
    return entry;
  }

  /** The pending entries of the current transaction; null outside of one. */
  @SuppressWarnings("unchecked")
  private List<PendingEntry> pending(boolean create) {
    if (transactions.getTransactionKey() == null) {
      return null;
    }
    List<PendingEntry> pending = (List<PendingEntry>) transactions.getResource(PENDING);
    if (pending == null && create) {
      pending = new ArrayList<>();
      transactions.putResource(PENDING, pending);
    }
    return pending;
  }
}
