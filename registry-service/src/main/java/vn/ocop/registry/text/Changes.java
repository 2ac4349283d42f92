package vn.ocop.registry.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the names of the fields that differ between two states of a record, for its events. */
public final class Changes {
  private final List<String> names = new ArrayList<>();

  public Changes field(String name, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      names.add(name);
    }
    return this;
  }

  public List<String> names() {
    return List.copyOf(names);
  }
}
