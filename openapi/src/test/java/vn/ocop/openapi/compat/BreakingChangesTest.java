package vn.ocop.openapi.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The checker on a small document (src/test/resources/compat/items.yaml): each test changes one
 * thing in a copy and looks at what the checker says about it.
 */
class BreakingChangesTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String ITEMS = "/paths/~1items";
  private static final String ITEM = "/paths/~1items~1{id}";
  private static final String SCHEMAS = "/components/schemas";

  @Test
  void sameDocumentBreaksNothing() {
    assertThat(breaks(released())).isEmpty();
  }

  @Nested
  class Breaking {

    @Test
    void removedOperation() {
      ObjectNode current = released();
      object(current, ITEM).remove("delete");

      assertThat(breaks(current))
          .containsExactly("DELETE /items/{id} (deleteItem): operation removed");
    }

    @Test
    void removedResponseField() {
      ObjectNode current = released();
      object(current, SCHEMAS + "/Item/properties").remove("priceVnd");

      assertThat(breaks(current))
          .contains(
              "GET /items/{id} (getItem): response 200 (application/json): field priceVnd removed",
              "POST /items (createItem): response 201 (application/json): field priceVnd removed",
              "GET /items (listItems): response 200 (application/json)[]: field priceVnd removed");
    }

    @Test
    void removedRequestField() {
      ObjectNode current = released();
      object(current, SCHEMAS + "/NewItem/properties").remove("note");

      assertThat(breaks(current))
          .containsExactly(
              "POST /items (createItem): request body (application/json): field note removed");
    }

    @Test
    void removedParameter() {
      ObjectNode current = released();
      ((ArrayNode) current.at(ITEMS + "/get/parameters")).remove(1);

      assertThat(breaks(current))
          .containsExactly("GET /items (listItems): query parameter page removed");
    }

    @Test
    void requestFieldNarrowedFromStringToInteger() {
      ObjectNode current = released();
      object(current, SCHEMAS + "/NewItem/properties/note").put("type", "integer");

      assertThat(breaks(current))
          .containsExactly(
              "POST /items (createItem): request body (application/json).note: type changed from"
                  + " string to integer");
    }

    @Test
    void responseFieldChangedType() {
      ObjectNode current = released();
      object(current, SCHEMAS + "/Item/properties/priceVnd").put("type", "string");

      assertThat(breaks(current))
          .contains(
              "GET /items/{id} (getItem): response 200 (application/json).priceVnd: type changed"
                  + " from integer to string");
    }

    @Test
    void enumValueRemovedFromARequest() {
      ObjectNode current = released();
      ((ArrayNode) current.at(SCHEMAS + "/Kind/enum")).remove(2);

      assertThat(breaks(current))
          .containsExactlyInAnyOrder(
              "GET /items (listItems): query parameter kind: enum values no longer accepted: [HERB]",
              "POST /items (createItem): request body (application/json).kind: enum values no longer"
                  + " accepted: [HERB]");
    }

    @Test
    void enumValueAddedToAResponse() {
      ObjectNode current = released();
      ((ArrayNode) current.at(SCHEMAS + "/Status/enum")).add("SUSPENDED");

      assertThat(breaks(current))
          .contains(
              "GET /items/{id} (getItem): response 200 (application/json).status: new enum values a"
                  + " client does not know: [SUSPENDED]");
    }

    @Test
    void newRequiredRequestField() {
      ObjectNode current = released();
      object(current, SCHEMAS + "/NewItem/properties").putObject("origin").put("type", "string");
      ((ArrayNode) current.at(SCHEMAS + "/NewItem/required")).add("origin");

      assertThat(breaks(current))
          .containsExactly(
              "POST /items (createItem): request body (application/json): new required field origin");
    }

    @Test
    void optionalRequestFieldBecameRequired() {
      ObjectNode current = released();
      ((ArrayNode) current.at(SCHEMAS + "/NewItem/required")).add("kind");

      assertThat(breaks(current))
          .containsExactly(
              "POST /items (createItem): request body (application/json): field became required:"
                  + " kind");
    }

    @Test
    void newRequiredParameter() {
      ObjectNode current = released();
      ObjectNode province = ((ArrayNode) current.at(ITEMS + "/get/parameters")).addObject();
      province.put("name", "province").put("in", "query").put("required", true);
      province.putObject("schema").put("type", "string");

      assertThat(breaks(current))
          .containsExactly("GET /items (listItems): new required query parameter province");
    }

    @Test
    void optionalParameterBecameRequired() {
      ObjectNode current = released();
      object(current, ITEMS + "/get/parameters/1").put("required", true);

      assertThat(breaks(current))
          .containsExactly("GET /items (listItems): query parameter page became required");
    }

    @Test
    void narrowedRequestConstraints() {
      ObjectNode current = released();
      object(current, SCHEMAS + "/NewItem/properties/name").put("maxLength", 20);
      object(current, ITEMS + "/get/parameters/1/schema").put("minimum", 2);

      assertThat(breaks(current))
          .containsExactlyInAnyOrder(
              "POST /items (createItem): request body (application/json).name: maxLength narrowed"
                  + " from 100 to 20",
              "GET /items (listItems): query parameter page: minimum raised from 1 to 2");
    }

    @Test
    void responseFieldThatMayNowBeAbsentOrNull() {
      ObjectNode base = released();
      object(base, SCHEMAS + "/Item").putArray("required").add("id").add("name");
      ObjectNode current = base.deepCopy();
      ((ArrayNode) current.at(SCHEMAS + "/Item/required")).remove(1);
      object(current, SCHEMAS + "/Item/properties/priceVnd").put("nullable", true);

      assertThat(breaks(base, current))
          .contains(
              "GET /items/{id} (getItem): response 200 (application/json): field name is no longer"
                  + " always present",
              "GET /items/{id} (getItem): response 200 (application/json).priceVnd: may now be null");
    }

    @Test
    void requestFieldThatNoLongerAcceptsNull() {
      ObjectNode base = released();
      object(base, SCHEMAS + "/NewItem/properties/note").put("nullable", true);
      ObjectNode current = released();

      assertThat(breaks(base, current))
          .containsExactly(
              "POST /items (createItem): request body (application/json).note: null no longer"
                  + " accepted");
    }

    @Test
    void renamedOperationId() {
      ObjectNode current = released();
      object(current, ITEM + "/get").put("operationId", "readItem");

      assertThat(breaks(current))
          .containsExactly(
              "GET /items/{id} (getItem): operationId renamed to readItem (the SDK method is"
                  + " renamed)");
    }

    @Test
    void removedSuccessResponseOrMediaType() {
      ObjectNode current = released();
      object(current, ITEM + "/delete/responses").remove("204");
      object(current, ITEM + "/delete/responses").putObject("202").put("description", "Accepted");
      object(current, ITEMS + "/post/responses/201/content")
          .set(
              "application/xml",
              object(current, ITEMS + "/post/responses/201/content/application~1json"));
      object(current, ITEMS + "/post/responses/201/content").remove("application/json");

      assertThat(breaks(current))
          .containsExactlyInAnyOrder(
              "DELETE /items/{id} (deleteItem): response 204 removed",
              "POST /items (createItem): response 201: media type application/json removed");
    }
  }

  @Nested
  class NotBreaking {

    @Test
    void addedOperationsFieldsAndOptionalInputs() {
      ObjectNode current = released();
      object(current, ITEM).set("put", object(current, ITEMS + "/post").deepCopy());
      object(current, ITEM + "/put").put("operationId", "replaceItem");
      object(current, SCHEMAS + "/Item/properties").putObject("createdAt").put("type", "string");
      object(current, SCHEMAS + "/NewItem/properties").putObject("origin").put("type", "string");
      ObjectNode sort = ((ArrayNode) current.at(ITEMS + "/get/parameters")).addObject();
      sort.put("name", "order").put("in", "query").putObject("schema").put("type", "string");
      object(current, SCHEMAS + "/NewItem/properties/name").put("maxLength", 200);
      ((ArrayNode) current.at(SCHEMAS + "/Kind/enum")).add("CRAFT");

      assertThat(breaks(current)).isEmpty();
    }

    @Test
    void enumValueRemovedFromAResponse() {
      ObjectNode current = released();
      ((ArrayNode) current.at(SCHEMAS + "/Status/enum")).remove(1);

      assertThat(breaks(current)).isEmpty();
    }

    @Test
    void addedErrorResponsesExamplesAndDescriptions() {
      ObjectNode current = released();
      for (String operation : List.of(ITEMS + "/get", ITEMS + "/post", ITEM + "/get")) {
        ObjectNode responses = object(current, operation + "/responses");
        for (String status : List.of("400", "401", "403", "404", "415")) {
          responses.set(status, problem(status));
        }
        object(current, operation).put("description", "Longer words (từ ngữ dài hơn)");
      }
      object(current, ITEM + "/get/responses/200/content/application~1json")
          .putObject("examples")
          .putObject("one")
          .putObject("value")
          .put("id", "x1")
          .put("name", "Cà phê");
      object(current, ITEMS + "/post/requestBody/content/application~1json")
          .putObject("example")
          .put("name", "Cà phê");
      object(current, SCHEMAS + "/Item/properties/name")
          .put("example", "Cà phê")
          .put("description", "Name (tên)");
      object(current, ITEMS + "/post/responses/400").put("description", "Invalid input (dữ liệu)");

      assertThat(breaks(current)).isEmpty();
    }

    @Test
    void removedErrorResponse() {
      ObjectNode current = released();
      object(current, ITEMS + "/post/responses").remove("400");

      assertThat(breaks(current)).isEmpty();
    }
  }

  @Nested
  class Release {

    @Test
    void breakingChangeWithoutBumpIsRefusedWithTheListOfBreaks() {
      ObjectNode current = released();
      object(current, ITEM).remove("delete");
      object(current, SCHEMAS + "/NewItem/properties").remove("note");

      assertThat(ReleaseCheck.refusal("items.yaml", text(released()), text(current)))
          .hasValueSatisfying(
              message ->
                  assertThat(message)
                      .startsWith("items.yaml breaks clients of the released 0.1.0 in 2 place(s)")
                      .contains("bump info.version to 0.2.0")
                      .contains("\n  - DELETE /items/{id} (deleteItem): operation removed")
                      .contains(
                          "\n  - POST /items (createItem): request body (application/json): field"
                              + " note removed"));
    }

    @Test
    void breakingChangeWithPatchBumpIsRefused() {
      ObjectNode current = released();
      object(current, ITEM).remove("delete");
      object(current, "/info").put("version", "0.1.1");

      assertThat(ReleaseCheck.refusal("items.yaml", text(released()), text(current))).isPresent();
    }

    @Test
    void breakingChangeWithMinorBumpBelowOneIsAccepted() {
      ObjectNode current = released();
      object(current, ITEM).remove("delete");
      object(current, "/info").put("version", "0.2.0");

      assertThat(ReleaseCheck.refusal("items.yaml", text(released()), text(current))).isEmpty();
    }

    @Test
    void breakingChangeWithMinorBumpFromOneIsRefusedAndMajorBumpAccepted() {
      ObjectNode base = released();
      object(base, "/info").put("version", "1.4.2");
      ObjectNode current = base.deepCopy();
      object(current, ITEM).remove("delete");
      object(current, "/info").put("version", "1.5.0");
      ObjectNode major = current.deepCopy();
      object(major, "/info").put("version", "2.0.0");

      assertThat(ReleaseCheck.refusal("items.yaml", text(base), text(current)))
          .hasValueSatisfying(message -> assertThat(message).contains("to 2.0.0"));
      assertThat(ReleaseCheck.refusal("items.yaml", text(base), text(major))).isEmpty();
    }

    @Test
    void compatibleChangeNeedsNoBump() {
      ObjectNode current = released();
      object(current, SCHEMAS + "/Item/properties").putObject("createdAt").put("type", "string");

      assertThat(ReleaseCheck.refusal("items.yaml", text(released()), text(current))).isEmpty();
    }

    @Test
    void versionGoingBackwardsIsRefused() {
      ObjectNode base = released();
      object(base, "/info").put("version", "0.3.0");

      assertThat(ReleaseCheck.refusal("items.yaml", text(base), text(released())))
          .hasValue("items.yaml: info.version 0.1.0 is older than the released 0.3.0");
    }
  }

  private static List<String> breaks(ObjectNode current) {
    return breaks(released(), current);
  }

  private static List<String> breaks(ObjectNode base, ObjectNode current) {
    return BreakingChanges.between(text(base), text(current));
  }

  private static ObjectNode problem(String status) {
    ObjectNode response = YAML.createObjectNode().put("description", "Problem " + status);
    ObjectNode media = response.putObject("content").putObject("application/problem+json");
    media.putObject("schema").put("$ref", "#/components/schemas/Problem");
    media.putObject("example").put("status", Integer.parseInt(status)).put("code", "X_" + status);
    return response;
  }

  private static ObjectNode released() {
    try (InputStream in = BreakingChangesTest.class.getResourceAsStream("/compat/items.yaml")) {
      return (ObjectNode) YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode object(JsonNode document, String pointer) {
    JsonNode node = document.at(JsonPointer.compile(pointer));
    assertThat(node.isObject()).as("fixture has an object at %s", pointer).isTrue();
    return (ObjectNode) node;
  }

  private static String text(JsonNode document) {
    try {
      return YAML.writeValueAsString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
