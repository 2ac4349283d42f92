package vn.ocop.platform.problem;

/**
 * One broken rule of a request.
 *
 * @param field the JSON path of the field, e.g. {@code identifier} or {@code address.communeCode}
 * @param rule the rule's stable name, e.g. {@code NotBlank}, {@code Pattern}, {@code type}
 * @param message a human-readable explanation
 */
public record FieldError(String field, String rule, String message) {}
