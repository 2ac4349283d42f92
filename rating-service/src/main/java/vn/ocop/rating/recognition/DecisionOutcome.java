package vn.ocop.rating.recognition;

import vn.ocop.rating.dossier.DossierStatus;

/** What a recognition decision decides: công nhận or không công nhận. */
public enum DecisionOutcome {
  /** Công nhận: the registry issues (or supersedes) the certificate. */
  RECOGNISED,
  /** Không công nhận: no certificate; a re-evaluation's certificate is revoked when it expires. */
  NOT_RECOGNISED;

  /** The dossier status the outcome leads to. */
  public DossierStatus dossierStatus() {
    return this == RECOGNISED ? DossierStatus.RECOGNISED : DossierStatus.NOT_RECOGNISED;
  }
}
