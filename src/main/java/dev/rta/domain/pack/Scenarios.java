package dev.rta.domain.pack;

import java.util.List;

/** A profile's 适用场景: ✅ suitable, ⚠️ caution, ❌ unsuitable. */
public record Scenarios(List<ScenarioNote> suitable, List<ScenarioNote> caution, List<ScenarioNote> unsuitable) {
  public Scenarios {
    suitable = List.copyOf(suitable);
    caution = List.copyOf(caution);
    unsuitable = List.copyOf(unsuitable);
  }
}
