package vn.ocop.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses the NUL character (U+0000) in every text of a JSON body. PostgreSQL cannot store it in a
 * text column, so without this a "\u0000" anywhere in a body became a 500 at the INSERT; now it is
 * a 400 naming the field, with the rule {@code NoNul}, before anything is written.
 */
@Singleton
public class NulFreeText implements ObjectMapperCustomizer {
  static final String RULE = "NoNul";
  static final String MESSAGE = "Text must not contain the NUL character (U+0000)";

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(
        new SimpleModule("nul-free-text").addDeserializer(String.class, new Text()));
  }

  /** The standard String reading, then the check. */
  static final class Text extends StdScalarDeserializer<String> {
    Text() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String value = StringDeserializer.instance.deserialize(parser, context);
      if (value != null && value.indexOf('\0') >= 0) {
        throw new NulInText(parser);
      }
      return value;
    }
  }

  /** Carries the field's path as Jackson adds it while unwinding, like any mapping error. */
  static final class NulInText extends JsonMappingException {
    NulInText(JsonParser parser) {
      super(parser, MESSAGE);
    }
  }
}
