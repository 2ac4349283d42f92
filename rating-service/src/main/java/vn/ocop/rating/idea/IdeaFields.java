package vn.ocop.rating.idea;

/** What a subject writes on its product-idea form, first and on each revision. */
public record IdeaFields(
    String productName,
    int productSet,
    String description,
    String rawMaterials,
    String expectedMarket,
    String communeCode) {}
