package dev.rta.domain.pack;

import dev.rta.domain.Condition;
import java.util.Map;

/** A scoring rule: adds points to runtimes when it holds (ranking only). */
public record ScoreDef(String id, String source, Condition when, Map<String, Double> add) {
  public ScoreDef {
    add = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(add));
  }
}
