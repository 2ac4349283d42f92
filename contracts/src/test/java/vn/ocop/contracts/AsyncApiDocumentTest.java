package vn.ocop.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.rating.CycleOpened;
import vn.ocop.contracts.rating.EvaluationCompleted;
import vn.ocop.contracts.rating.RecognitionDecided;
import vn.ocop.contracts.registry.CertificateExpiryReminder;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.contracts.registry.CertificateStatusChanged;
import vn.ocop.contracts.registry.ProductRegistered;
import vn.ocop.contracts.registry.ProductState;
import vn.ocop.contracts.registry.ProductUpdated;
import vn.ocop.contracts.registry.SubjectRegistered;
import vn.ocop.contracts.registry.SubjectState;
import vn.ocop.contracts.registry.SubjectUpdated;

/**
 * The AsyncAPI document (docs/events/asyncapi.yaml, generated from these records) must say what the
 * records say: a record changed without regenerating the document fails here.
 */
class AsyncApiDocumentTest {
  private static final List<Class<?>> PAYLOADS =
      List.of(
          SubjectRegistered.class,
          SubjectUpdated.class,
          SubjectState.class,
          ProductRegistered.class,
          ProductUpdated.class,
          ProductState.class,
          CertificateIssued.class,
          CertificateStatusChanged.class,
          CertificateExpiryReminder.class,
          CycleOpened.class,
          EvaluationCompleted.class,
          RecognitionDecided.class);

  private static JsonNode document() throws IOException {
    return new ObjectMapper(new YAMLFactory())
        .readTree(Path.of("..", "docs", "events", "asyncapi.yaml").toFile());
  }

  @Test
  void everyPayloadRecordIsDocumentedFieldForField() throws IOException {
    JsonNode schemas = document().path("components").path("schemas");
    for (Class<?> payload : PAYLOADS) {
      JsonNode schema = schemas.path(payload.getSimpleName());
      assertThat(schema.isMissingNode()).as(payload.getSimpleName() + " documented").isFalse();
      List<String> documented = new ArrayList<>();
      schema.path("properties").fieldNames().forEachRemaining(documented::add);
      List<String> declared = new ArrayList<>();
      for (RecordComponent component : payload.getRecordComponents()) {
        declared.add(component.getName());
      }
      assertThat(documented).as(payload.getSimpleName() + " fields").isEqualTo(declared);
    }
  }

  @Test
  void everyEventTypeIsAMessageOnATopicThatExists() throws IOException, IllegalAccessException {
    JsonNode doc = document();
    Set<String> messageNames = new TreeSet<>();
    doc.path("components")
        .path("messages")
        .forEach(message -> messageNames.add(message.path("name").asText()));
    assertThat(messageNames).isEqualTo(constants(EventTypes.class));

    Set<String> addresses = new TreeSet<>();
    for (Iterator<JsonNode> it = doc.path("channels").elements(); it.hasNext(); ) {
      addresses.add(it.next().path("address").asText());
    }
    assertThat(constants(Topics.class)).containsAll(addresses);
  }

  private static Set<String> constants(Class<?> holder) throws IllegalAccessException {
    Set<String> values = new TreeSet<>();
    for (Field field : holder.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        values.add((String) field.get(null));
      }
    }
    return values;
  }
}
