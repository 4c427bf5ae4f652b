package dev.rta.domain.pack;

import java.util.Locale;

/**
 * The parts of the document that vote, each a stage of the decision (decision D2). A pack gives each a precedence,
 * a hit policy and a weight in {@code pack.yaml}; YAML writes them as {@code final-matrix}, {@code checklist}, ….
 */
public enum StageId {
  FINAL_MATRIX,
  CHECKLIST,
  FLOWCHART,
  PERFORMANCE,
  SCENARIO,
  OPTION,
  DEFAULT;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return id();
  }
}
