package vn.ocop.rating.criteria;

/**
 * How an irregularity of the source transcription was resolved for this sheet, kept with the sheet
 * so that officials can see where the data departs from the text as transcribed.
 *
 * @param code the criterion, option or section code it affects
 * @param source what the source says
 * @param applied what the sheet uses instead
 * @param provisional true when the resolution rests on analogy with other sheets rather than on the
 *     text, and must be checked against the gazetted annex
 */
public record Correction(
    String id,
    String kind,
    Integer sourceLine,
    String code,
    String source,
    String applied,
    String reason,
    boolean provisional) {}
