package vn.ocop.rating.paperwork;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.rating.council.CouncilRole;
import vn.ocop.rating.rules.EvaluationLevel;

/**
 * The minutes of a council session (biên bản họp hội đồng đánh giá, phân hạng sản phẩm OCOP): who
 * sat, who declared a conflict on which dossier, and each dossier's scores and conclusion.
 *
 * @param place null when not recorded: the document leaves a line to fill in
 * @param heldOn null when not recorded
 */
public record SessionMinutes(
    String councilName,
    EvaluationLevel level,
    String provinceName,
    LocalDate heldOn,
    String place,
    List<Attendee> present,
    List<Attendee> absent,
    List<Conflict> conflicts,
    List<DossierResult> dossiers) {

  public SessionMinutes {
    present = List.copyOf(present);
    absent = List.copyOf(absent);
    conflicts = List.copyOf(conflicts);
    dossiers = List.copyOf(dossiers);
  }

  public record Attendee(String name, CouncilRole role) {}

  /** A member's declared conflict of interest (xung đột lợi ích) on one dossier's product. */
  public record Conflict(String member, String productName, String reason) {}

  /**
   * One dossier's figures. Scores are absent (empty list, null figures) while the council is still
   * scoring, so the minutes never reveal a partial, blind result.
   *
   * @param missedMinimums the star-class minimums (tiêu chí bắt buộc) the product missed, which
   *     lowered {@code bandStar} to {@code finalStar}
   * @param rescores the rounds before the final one, whose totals spread too far (chấm lại)
   */
  public record DossierResult(
      String productName,
      String subjectName,
      String productSet,
      List<MemberScore> scores,
      BigDecimal mean,
      BigDecimal median,
      BigDecimal spread,
      Integer bandStar,
      Integer finalStar,
      List<String> missedMinimums,
      List<Rescore> rescores,
      Outcome outcome) {

    public DossierResult {
      scores = List.copyOf(scores);
      missedMinimums = List.copyOf(missedMinimums);
      rescores = List.copyOf(rescores);
    }

    /** How many rounds the council scored: every re-scored round, then the one that counts. */
    public int rounds() {
      return rescores.size() + 1;
    }
  }

  /**
   * A scoring round the council scored again because its totals spread too far.
   *
   * @param maxSpread the widest spread the council's regulation allowed
   */
  public record Rescore(int round, BigDecimal spread, BigDecimal maxSpread) {}

  public record MemberScore(String member, BigDecimal total) {}

  /** The chair, for the signature block; null if the council had none present. */
  public String chair() {
    return nameOf(CouncilRole.CHAIR);
  }

  public String secretary() {
    return nameOf(CouncilRole.SECRETARY);
  }

  private String nameOf(CouncilRole role) {
    return present.stream()
        .filter(attendee -> attendee.role() == role)
        .map(Attendee::name)
        .findFirst()
        .orElse(null);
  }
}
