package vn.ocop.rating.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.ocop.platform.security.Caller;
import vn.ocop.rating.evidence.Evidence;
import vn.ocop.rating.evidence.EvidenceIndex;
import vn.ocop.rating.evidence.EvidenceResponse;

/** Compares a copied dossier with the one it was copied from. */
@ApplicationScoped
public class DossierChanges {
  private final DossierAccess access;
  private final DossierRepository dossiers;
  private final EvidenceIndex evidence;

  DossierChanges(DossierAccess access, DossierRepository dossiers, EvidenceIndex evidence) {
    this.access = access;
    this.dossiers = dossiers;
    this.evidence = evidence;
  }

  public DossierChangesResponse of(UUID id, Caller caller) {
    Dossier dossier = access.visible(id, caller);
    List<Evidence> now = evidence.of(dossier.id());
    Dossier previous =
        dossier.previousDossierId() == null ? null : dossiers.findById(dossier.previousDossierId());
    if (previous == null) {
      return new DossierChangesResponse(
          dossier.id(),
          null,
          now.stream().map(EvidenceResponse::from).toList(),
          List.of(),
          List.of(),
          0,
          List.of());
    }
    Map<String, Evidence> before = byIdentity(evidence.of(previous.id()));
    Map<String, Evidence> after = byIdentity(now);
    List<EvidenceResponse> added = new ArrayList<>();
    List<DossierChangesResponse.Replacement> replaced = new ArrayList<>();
    int unchanged = 0;
    for (Map.Entry<String, Evidence> entry : after.entrySet()) {
      Evidence old = before.get(entry.getKey());
      if (old == null) {
        added.add(EvidenceResponse.from(entry.getValue()));
      } else if (!old.checksum().equals(entry.getValue().checksum())) {
        replaced.add(
            new DossierChangesResponse.Replacement(
                EvidenceResponse.from(old), EvidenceResponse.from(entry.getValue())));
      } else {
        unchanged++;
      }
    }
    List<EvidenceResponse> removed =
        before.entrySet().stream()
            .filter(entry -> !after.containsKey(entry.getKey()))
            .map(entry -> EvidenceResponse.from(entry.getValue()))
            .toList();
    return new DossierChangesResponse(
        dossier.id(), previous.id(), added, removed, replaced, unchanged, cover(previous, dossier));
  }

  /**
   * Entries keyed by criteria and title, the identity officials recognise an item by. Two entries
   * with one identity in a dossier are told apart by their order.
   */
  static Map<String, Evidence> byIdentity(List<Evidence> items) {
    Map<String, Evidence> keyed = new LinkedHashMap<>();
    for (Evidence item : items) {
      String key = String.join(",", item.criteria()) + "|" + item.title().toLowerCase();
      String unique = key;
      for (int n = 2; keyed.containsKey(unique); n++) {
        unique = key + "#" + n;
      }
      keyed.put(unique, item);
    }
    return keyed;
  }

  private static List<DossierChangesResponse.FieldChange> cover(Dossier before, Dossier after) {
    List<DossierChangesResponse.FieldChange> changes = new ArrayList<>();
    add(changes, "coverNote", before.coverNote(), after.coverNote());
    add(changes, "contactName", before.contactName(), after.contactName());
    add(changes, "contactPhone", before.contactPhone(), after.contactPhone());
    return changes;
  }

  private static void add(
      List<DossierChangesResponse.FieldChange> changes, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      changes.add(new DossierChangesResponse.FieldChange(field, before, after));
    }
  }
}
