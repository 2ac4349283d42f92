package vn.ocop.devstack.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The house shape of an error answer: RFC 9457 problem+json with {@code type}, {@code title},
 * {@code status} equal to the HTTP status and {@code detail}; on a validation failure, {@code
 * errors[]} of {@code {field, rule, message}}.
 */
public final class ProblemCheck {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemCheck() {}

  /** What is wrong with an OAuth 2.0 error answer (RFC 6749 §5.2); empty when it is valid. */
  public static List<String> oauthFindings(String contentType, String body) {
    List<String> findings = new ArrayList<>();
    JsonNode error;
    try {
      error = JSON.readTree(body);
    } catch (Exception e) {
      findings.add("OAuth error body is not JSON: " + e.getMessage());
      return findings;
    }
    if (error == null
        || !error.path("error").isTextual()
        || error.path("error").asText().isBlank()) {
      findings.add("OAuth error has no text 'error'");
    }
    return findings;
  }

  /** What is wrong with an error answer; empty when it is a valid problem. */
  public static List<String> findings(int status, String contentType, String body) {
    List<String> findings = new ArrayList<>();
    if (contentType == null || !contentType.startsWith("application/problem+json")) {
      findings.add("Content-Type is '" + contentType + "', not application/problem+json");
      return findings;
    }
    JsonNode problem;
    try {
      problem = JSON.readTree(body);
    } catch (Exception e) {
      findings.add("body is not JSON: " + e.getMessage());
      return findings;
    }
    if (problem == null || !problem.isObject()) {
      findings.add("body is not a JSON object");
      return findings;
    }
    for (String field : List.of("type", "title", "detail")) {
      if (!problem.path(field).isTextual() || problem.path(field).asText().isBlank()) {
        findings.add("no text '" + field + "'");
      }
    }
    if (!problem.path("status").isInt() || problem.path("status").asInt() != status) {
      findings.add("'status' is " + problem.get("status") + ", the HTTP status " + status);
    }
    JsonNode errors = problem.get("errors");
    if (errors != null) {
      if (!errors.isArray()) {
        findings.add("'errors' is not an array");
      } else {
        for (JsonNode error : errors) {
          for (String field : List.of("field", "rule", "message")) {
            if (!error.path(field).isTextual() || error.path(field).asText().isBlank()) {
              findings.add("an error has no text '" + field + "': " + error);
            }
          }
        }
      }
    }
    if ("VALIDATION_FAILED".equals(problem.path("code").asText())
        && (errors == null || !errors.isArray() || errors.isEmpty())) {
      findings.add("a validation failure names no field and rule in 'errors'");
    }
    return findings;
  }
}
