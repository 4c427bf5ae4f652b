package dev.rta.knowledge.internal;

import dev.rta.domain.Location;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Where each bound object, and each of its fields, was written. */
public final class Locations {
  private final Map<Object, Map<String, Location>> byObject = new IdentityHashMap<>();

  void put(Object owner, String field, Location location) {
    byObject.computeIfAbsent(owner, o -> new HashMap<>()).put(field, location);
  }

  /** The location of a field of an object, else of the object, else null. */
  public @Nullable Location of(Object owner, String field) {
    Map<String, Location> m = byObject.get(owner);
    if (m == null) {
      return null;
    }
    Location l = m.get(field);
    return l != null ? l : m.get("");
  }

  public @Nullable Location of(Object owner) {
    return of(owner, "");
  }
}
