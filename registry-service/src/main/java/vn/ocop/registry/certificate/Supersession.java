package vn.ocop.registry.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which certificate of a product replaces which (re-recognition, upgrade, or a re-evaluation that
 * may lower the star class): a product holds at most one certificate in force, the one of its
 * latest decision. A certificate is superseded by the first later certificate of the product that
 * was decided while it was still valid (on or before its valid_to); a certificate whose validity
 * had ended before the next decision simply expired. Revoked and already superseded certificates
 * stay as they are.
 *
 * <p>Pure, so that the bulk import, which writes historical certificates without going through
 * {@link CertificateService}, sets the same statuses: pass all certificates of one product (those
 * already stored and those of the file) with the status their dates or the file give, and mark the
 * returned ones SUPERSEDED with {@code superseded_by}.
 */
public final class Supersession {

  /**
   * A certificate of the product as far as superseding is concerned.
   *
   * @param status its status before superseding is applied (for an import: from the file, or {@link
   *     CertificateStatus#byDate})
   */
  public record Held(
      UUID id, LocalDate decisionDate, LocalDate validTo, CertificateStatus status) {}

  private Supersession() {}

  /**
   * The supersessions among the certificates of one product.
   *
   * @param certificates of one product; equal decision dates keep the given order (the later in the
   *     list is the newer)
   * @return superseded certificate id → the certificate that superseded it, oldest first
   */
  public static Map<UUID, UUID> of(List<Held> certificates) {
    List<Held> chronological = new ArrayList<>(certificates);
    chronological.sort(Comparator.comparing(Held::decisionDate));
    Map<UUID, UUID> superseded = new LinkedHashMap<>();
    for (int i = 0; i < chronological.size(); i++) {
      Held older = chronological.get(i);
      if (!replaceable(older.status())) {
        continue;
      }
      for (int j = i + 1; j < chronological.size(); j++) {
        Held newer = chronological.get(j);
        if (!newer.decisionDate().isAfter(older.validTo())) {
          superseded.put(older.id(), newer.id());
          break;
        }
      }
    }
    return superseded;
  }

  /**
   * Whether a certificate in this status can still be replaced: in force, suspended, or expired by
   * its dates (historical records only; a stored EXPIRED certificate never changes to SUPERSEDED).
   */
  private static boolean replaceable(CertificateStatus status) {
    return status.canBecome(CertificateStatus.SUPERSEDED) || status == CertificateStatus.EXPIRED;
  }
}
