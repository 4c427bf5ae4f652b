package dev.rta.domain.pack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Cargo features of a library that select a runtime (feature → runtime id). */
public record LibraryFeatures(String crate, Map<String, String> features) {
  public LibraryFeatures {
    features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
  }
}
