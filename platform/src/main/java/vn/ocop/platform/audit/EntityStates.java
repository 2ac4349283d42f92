package vn.ocop.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.type.CollectionType;
import org.hibernate.type.ComponentType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;

/**
 * Turns Hibernate's entity states (property names, values and types) into the JSON of an entry:
 * associations as the associated record's id, embeddables as objects, collections as arrays (only
 * when already loaded: auditing never loads data), binary values as their size, and every property
 * whose name matches a redaction word as {@code "[redacted]"}.
 */
final class EntityStates {
  static final TextNode REDACTED = TextNode.valueOf("[redacted]");
  static final TextNode NOT_LOADED = TextNode.valueOf("[not loaded]");

  private final ObjectMapper mapper;
  private final List<String> redactionWords;
  private final Supplier<SessionFactoryImplementor> factory;

  EntityStates(
      ObjectMapper mapper,
      List<String> redactionWords,
      Supplier<SessionFactoryImplementor> factory) {
    this.mapper = mapper;
    this.redactionWords =
        redactionWords.stream()
            .map(String::strip)
            .filter(word -> !word.isEmpty())
            .map(word -> word.toLowerCase(Locale.ROOT))
            .toList();
    this.factory = factory;
  }

  boolean redacted(String property) {
    String name = property.toLowerCase(Locale.ROOT);
    return redactionWords.stream().anyMatch(name::contains);
  }

  /** Every property of a created or deleted record. */
  ObjectNode full(String[] names, Object[] state, Type[] types) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < names.length; i++) {
      node.set(names[i], redacted(names[i]) ? REDACTED : value(state[i], types[i]));
    }
    return node;
  }

  /**
   * The properties an update changed, as {before, after}; collections are left to the collection
   * callbacks. Empty when nothing but collections changed.
   */
  ObjectNode[] changed(String[] names, Object[] previous, Object[] current, Type[] types) {
    ObjectNode before = JsonNodeFactory.instance.objectNode();
    ObjectNode after = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < names.length; i++) {
      if (types[i] != null && types[i].isCollectionType()) {
        continue;
      }
      JsonNode old = previous == null ? NullNode.instance : value(previous[i], types[i]);
      JsonNode now = value(current[i], types[i]);
      if (previous != null && Objects.equals(old, now)) {
        continue;
      }
      boolean hidden = redacted(names[i]);
      before.set(names[i], previous == null ? null : hidden ? REDACTED : old);
      after.set(names[i], hidden ? REDACTED : now);
    }
    return new ObjectNode[] {previous == null ? null : before, after};
  }

  /** A collection's elements as an array, or "[not loaded]". */
  JsonNode collection(Object elements, Type elementType) {
    if (elements == null) {
      return NullNode.instance;
    }
    if (!Hibernate.isInitialized(elements)) {
      return NOT_LOADED;
    }
    if (elements instanceof Map<?, ?> map) {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      map.forEach((key, value) -> node.set(String.valueOf(key), value(value, elementType)));
      return node;
    }
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    if (elements instanceof Collection<?> items) {
      for (Object item : items) {
        array.add(value(item, elementType));
      }
    }
    return array;
  }

  JsonNode value(Object value, Type type) {
    if (value == null) {
      return NullNode.instance;
    }
    if (type instanceof EntityType) {
      return TextNode.valueOf(recordId(identifier(value)));
    }
    if (type instanceof CollectionType collectionType) {
      return collection(value, collectionType.getElementType(factory.get()));
    }
    if (type instanceof ComponentType component) {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      String[] names = component.getPropertyNames();
      Object[] values = component.getPropertyValues(value);
      Type[] types = component.getSubtypes();
      for (int i = 0; i < names.length; i++) {
        node.set(names[i], redacted(names[i]) ? REDACTED : value(values[i], types[i]));
      }
      return node;
    }
    if (value instanceof byte[] bytes) {
      return TextNode.valueOf("[" + bytes.length + " bytes]");
    }
    try {
      return mapper.valueToTree(value);
    } catch (IllegalArgumentException e) {
      return TextNode.valueOf(value.toString());
    }
  }

  SessionFactoryImplementor factory() {
    return factory.get();
  }

  Object identifier(Object entity) {
    return factory.get().getPersistenceUnitUtil().getIdentifier(entity);
  }

  /** A record id as text: plain for simple ids, JSON for composite ones. */
  String recordId(Object id) {
    if (id == null) {
      return null;
    }
    if (id instanceof UUID || id instanceof CharSequence || id instanceof Number) {
      return id.toString();
    }
    try {
      return mapper.writeValueAsString(id);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return id.toString();
    }
  }

  static String recordType(Object entity) {
    return Hibernate.getClassLazy(entity).getSimpleName();
  }
}
