package dev.rta.domain.analysis;

import java.util.List;

/** One crate on a dependency path, with the runtime-relevant features its parent enables on it. */
public record PathStep(String crate, List<String> features) {
  public PathStep {
    features = List.copyOf(features);
  }

  /** {@code sqlx[runtime-async-std]}. */
  public String display() {
    return features.isEmpty() ? crate : crate + "[" + String.join(",", features) + "]";
  }
}
