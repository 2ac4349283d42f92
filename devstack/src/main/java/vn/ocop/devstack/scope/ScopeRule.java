package vn.ocop.devstack.scope;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who may call one operation, and on what record. The matrix derives every cell's expected answer
 * from it:
 *
 * <ul>
 *   <li>the public: 401, unless the operation is {@link #publicOperation public};
 *   <li>a role not {@link #allow allowed}: 403, on either side;
 *   <li>an allowed role on the own side (and admins, national officers): passes authorisation, i.e.
 *       any answer but 401, 403, 404 or 5xx (a 400 or 409 means the request got past the checks);
 *   <li>an allowed role on the foreign side: 404 when the call names a record of the own side
 *       ({@link #scoped}), else anything but 401, 403 or 5xx, and never the own side's marker.
 * </ul>
 *
 * {@link #expect} overrides a cell where the rule is finer than role and side (e.g. a council
 * member who is not on the dossier's council).
 */
public final class ScopeRule {
  private final String operationId;
  private final boolean publicOperation;
  private final Set<Actor> allowed;
  private boolean scoped;
  private boolean fresh;
  private Supplier<Call> call = Call::of;
  private final Map<String, Set<Integer>> overrides = new HashMap<>();

  private ScopeRule(String operationId, boolean publicOperation, Set<Actor> allowed) {
    this.operationId = operationId;
    this.publicOperation = publicOperation;
    this.allowed = allowed;
  }

  /** Anyone, including callers without a token. */
  public static ScopeRule publicOperation(String operationId) {
    return new ScopeRule(operationId, true, EnumSet.allOf(Actor.class));
  }

  /** Only these roles; every other role gets 403 and the public 401. */
  public static ScopeRule allow(String operationId, Actor... actors) {
    Set<Actor> allowed = EnumSet.noneOf(Actor.class);
    allowed.addAll(Arrays.asList(actors));
    allowed.remove(Actor.PUBLIC);
    return new ScopeRule(operationId, false, allowed);
  }

  /** The call names a record of the own side: foreign callers must get 404. */
  public ScopeRule scoped() {
    this.scoped = true;
    return this;
  }

  /** How to build the request; called once per operation (per cell when {@link #fresh}). */
  public ScopeRule call(Supplier<Call> call) {
    this.call = call;
    return this;
  }

  /** A new call for every cell, for operations that consume their record (delete, approve). */
  public ScopeRule fresh() {
    this.fresh = true;
    return this;
  }

  /** The exact statuses one cell must answer, instead of the rule's default. */
  public ScopeRule expect(Actor actor, Side side, Integer... statuses) {
    overrides.put(actor + "/" + side, Set.of(statuses));
    return this;
  }

  public String operationId() {
    return operationId;
  }

  boolean isPublic() {
    return publicOperation;
  }

  boolean allows(Actor actor) {
    return allowed.contains(actor);
  }

  boolean isScoped() {
    return scoped;
  }

  boolean isFresh() {
    return fresh;
  }

  Call newCall() {
    return call.get();
  }

  Set<Integer> override(Actor actor, Side side) {
    return overrides.get(actor + "/" + side);
  }
}
