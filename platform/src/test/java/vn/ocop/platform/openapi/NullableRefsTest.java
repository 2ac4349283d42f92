package vn.ocop.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eclipse.microprofile.openapi.OASFactory.createComponents;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;

import java.util.List;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class NullableRefsTest {

  @Test
  void aNullableReferenceToAnEnumOrUuidGetsTheirTypeAndObjectsAreLeftAlone() {
    Schema status = createSchema().type(List.of(SchemaType.STRING)).enumeration(List.of("A", "B"));
    Schema uuid = createSchema().type(List.of(SchemaType.STRING)).format("uuid");
    Schema address = createSchema().type(List.of(SchemaType.OBJECT));
    Schema entry =
        createSchema()
            .type(List.of(SchemaType.OBJECT))
            .addProperty("fromStatus", nullableRefTo("Status"))
            .addProperty("decisionId", nullableRefTo("UUID"))
            .addProperty("address", nullableRefTo("Address"))
            .addProperty(
                "history",
                createSchema().type(List.of(SchemaType.ARRAY)).items(nullableRefTo("Status")))
            .addProperty("required", createSchema().addAllOf(createSchema().ref(ref("Status"))));
    Components components =
        createComponents()
            .addSchema("Status", status)
            .addSchema("UUID", uuid)
            .addSchema("Address", address)
            .addSchema("Entry", entry);

    NullableRefs.typeIn(components);

    assertThat(entry.getProperties().get("fromStatus").getType())
        .containsExactly(SchemaType.STRING, SchemaType.NULL);
    assertThat(entry.getProperties().get("decisionId").getType())
        .containsExactly(SchemaType.STRING, SchemaType.NULL);
    assertThat(entry.getProperties().get("history").getItems().getType())
        .containsExactly(SchemaType.STRING, SchemaType.NULL);
    assertThat(entry.getProperties().get("fromStatus").getAllOf())
        .singleElement()
        .extracting(Schema::getRef)
        .isEqualTo(ref("Status"));
    assertThat(entry.getProperties().get("address").getType()).containsExactly(SchemaType.NULL);
    assertThat(entry.getProperties().get("required").getType()).isNull();
    assertThat(status.getType()).containsExactly(SchemaType.STRING);
  }

  private static Schema nullableRefTo(String name) {
    return createSchema().type(List.of(SchemaType.NULL)).addAllOf(createSchema().ref(ref(name)));
  }

  private static String ref(String name) {
    return "#/components/schemas/" + name;
  }
}
