package vn.ocop.contracts.rating;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A lower level forwarded an evaluated product to the next level, as its rule set requires (e.g. 90
 * points or more go from the province to the centre). Topic {@code ocop.rating.dossier.v1}, key =
 * dossierId (the lower level's).
 *
 * @param nominatedDossierId the dossier opened at the next level
 */
public record DossierNominated(
    UUID dossierId,
    UUID nominatedDossierId,
    UUID productId,
    String provinceCode,
    String fromLevel,
    String toLevel,
    BigDecimal averageScore,
    int starClass) {}
