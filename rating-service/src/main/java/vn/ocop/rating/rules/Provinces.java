package vn.ocop.rating.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.rating.RatingConfig;

/**
 * The provinces of the current administrative map (34 from 1 July 2025), by code. Cycles and
 * councils are opened per province; a code outside this list is refused.
 */
@ApplicationScoped
public class Provinces {
  private final Map<String, String> names = new LinkedHashMap<>();

  Provinces(RatingConfig config, ObjectMapper mapper) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = loader.getResourceAsStream(config.provinces())) {
      if (in == null) {
        throw new IllegalStateException(config.provinces() + " is not on the classpath");
      }
      for (Province province : mapper.readValue(in, ProvinceFile.class).provinces()) {
        names.put(province.code(), province.name());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean exists(String code) {
    return names.containsKey(code);
  }

  public Optional<String> name(String code) {
    return Optional.ofNullable(names.get(code));
  }

  record Province(String code, String name) {}

  record ProvinceFile(String source, List<Province> provinces) {}
}
